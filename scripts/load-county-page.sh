#!/usr/bin/env bash
# Measures how fast the server renders a county page: signs in, warms up, then requests the page
# one after another and prints the median, 95th and 99th percentile and the slowest response.
#
#   scripts/load-county-page.sh [base-url] [county] [requests] [user] [password]
#
# Start the server with the demo data first, e.g.
#   JUNHENG_DATA=/tmp/junheng-load JUNHENG_ADMIN_PASSWORD=load-admin-pass1 java -jar target/junheng.jar
set -euo pipefail

base=${1:-http://localhost:8080}
county=${2:-990303}
requests=${3:-200}
user=${4:-admin}
password=${5:-${JUNHENG_ADMIN_PASSWORD:-}}
warmup=50

jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

. "$(dirname "$0")/sign-in.sh"
sign_in "$base" "$user" "$password" "$jar"

page="$base/counties/$county"
code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$page")
[ "$code" = 200 ] || { echo "GET $page answered $code" >&2; exit 1; }
bytes=$(curl -s -b "$jar" "$page" | wc -c)

for _ in $(seq 1 "$warmup"); do curl -s -o /dev/null -b "$jar" "$page"; done

times=$(for _ in $(seq 1 "$requests"); do
  curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "$page"
done | sort -n)

pick() { # the p-th percentile (nearest rank) of the sorted times, in ms
  echo "$times" | awk -v p="$1" -v n="$requests" 'NR == (int(p * n / 100 + 0.999999) < 1 ? 1 : int(p * n / 100 + 0.999999)) { printf "%.1f", $1 * 1000 }'
}
echo "GET $page: $requests requests after $warmup warm-up, page of $bytes bytes"
echo "p50 $(pick 50) ms  p95 $(pick 95) ms  p99 $(pick 99) ms  max $(echo "$times" | tail -1 | awk '{ printf "%.1f", $1 * 1000 }') ms"
