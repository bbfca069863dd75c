#!/usr/bin/env bash
# Many signed-in clients at once on the county page and the assessment API: ApacheBench (ab) with 50
# concurrent clients — the page with one signed-in session, the API with a personal API token made for
# the run — a warm-up run first, then a measured run of each.
# Prints requests per second, median / 95th / 99th percentile and failures. Loopback only; bounded in
# time (at most 120 s a run).
#
#   scripts/load-pages.sh [base-url] [county] [seconds] [clients] [user] [password]
#
# Start the server with the demo data first, e.g.
#   JUNHENG_DATA=/tmp/junheng-load JUNHENG_ADMIN_PASSWORD=load-admin-pass1 java -jar target/junheng.jar
# Needs ab (Debian: apache2-utils).
set -euo pipefail

base=${1:-http://127.0.0.1:8080}
county=${2:-990303}
seconds=${3:-30}
warmup=${WARMUP:-30}
clients=${4:-50}
user=${5:-admin}
password=${6:-${JUNHENG_ADMIN_PASSWORD:-}}
case "$base" in
  http://localhost:*|http://127.0.0.1:*) ;;
  *) echo "loopback only: $base" >&2; exit 2 ;;
esac
[ "$seconds" -ge 1 ] && [ "$seconds" -le 120 ] || { echo "1 to 120 seconds a run" >&2; exit 2; }
[ "$clients" -ge 1 ] && [ "$clients" -le 200 ] || { echo "1 to 200 clients" >&2; exit 2; }
command -v ab >/dev/null || { echo "needs ab (apache2-utils)" >&2; exit 2; }

jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
. "$(dirname "$0")/sign-in.sh"
sign_in "$base" "$user" "$password" "$jar"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")
secret=$(curl -sf -u "$user:$password" -H 'Content-Type: application/json' "$base/api/v1/tokens" \
  -d '{"name":"load-pages","days":1}' | sed -n 's/.*"secret":"\([^"]*\)".*/\1/p')
[ -n "$secret" ] || { echo "could not make a token" >&2; exit 1; }

run() {
  local name=$1 url=$2 credential=$3 out
  ab -q -t "$warmup" -n 10000000 -c "$clients" -H "$credential" "$url" >/dev/null 2>&1 || true
  out=$(ab -q -t "$seconds" -n 10000000 -c "$clients" -H "$credential" "$url" 2>&1)
  printf '%-22s %8s req/s  p50 %5s ms  p95 %5s ms  p99 %5s ms  %s requests, %s failed, %s not 2xx, %s bytes each\n' "$name" \
    "$(sed -n 's/^Requests per second: *\([0-9.]*\).*/\1/p' <<< "$out")" \
    "$(awk '$1 == "50%" { print $2 }' <<< "$out")" "$(awk '$1 == "95%" { print $2 }' <<< "$out")" \
    "$(awk '$1 == "99%" { print $2 }' <<< "$out")" "$(sed -n 's/^Complete requests: *//p' <<< "$out")" \
    "$(sed -n 's/^Failed requests: *//p' <<< "$out")" "$( (sed -n 's/^Non-2xx responses: *//p' <<< "$out"; echo 0) | head -1)" \
    "$(sed -n 's/^Document Length: *\([0-9]*\).*/\1/p' <<< "$out")"
}

echo "$clients clients, ${seconds} s a run after ${warmup} s of warm-up, county $county"
run "county page" "$base/counties/$county" "Cookie: JSESSIONID=$session"
run "assessment API" "$base/api/v1/assessments?county=$county" "Authorization: Bearer $secret"
