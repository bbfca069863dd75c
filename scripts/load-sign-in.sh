#!/usr/bin/env bash
# Measures what authentication costs an API client: the same read with HTTP Basic (a BCrypt check
# per request) and with a personal API token, then the token client's latency while 50 clients send
# an unknown user name (which the sign-in throttle turns away after the free failures of the source).
#
#   scripts/load-sign-in.sh [base-url] [admin-password]
#
# Needs wrk (Debian package wrk). Start the server first, e.g.
#   JUNHENG_DATA=/tmp/junheng-load JUNHENG_ADMIN_PASSWORD=maple-river-quietly-2031 java -jar target/junheng.jar
set -euo pipefail

base=${1:-http://localhost:8080}
password=${2:-${JUNHENG_ADMIN_PASSWORD:-}}
path=/api/v1/regions

secret=$(curl -sf -u "admin:$password" -H 'Content-Type: application/json' "$base/api/v1/tokens" \
  -d '{"name":"load-sign-in","days":1}' | sed -n 's/.*"secret":"\([^"]*\)".*/\1/p')
[ -n "$secret" ] || { echo "could not make a token (is the password right?)" >&2; exit 1; }
basic=$(printf 'admin:%s' "$password" | base64 -w0)
unknown=$(printf 'nobody-here:wrong-guess-1' | base64 -w0)

echo "== HTTP Basic, 8 connections, 15 s"
wrk -t2 -c8 -d15s --latency -H "Authorization: Basic $basic" "$base$path" | grep -E 'Requests/sec|50%|99%|Non-2xx'
echo "== token, 8 connections, 15 s"
wrk -t2 -c8 -d15s --latency -H "Authorization: Bearer $secret" "$base$path" | grep -E 'Requests/sec|50%|99%|Non-2xx'
echo "== token, 2 connections, 10 s, quiet"
wrk -t1 -c2 -d10s --latency -H "Authorization: Bearer $secret" "$base$path" | grep -E 'Requests/sec|50%|99%'
echo "== token, 2 connections, 15 s, while 50 connections send an unknown user name"
flood=$(mktemp)
wrk -t2 -c50 -d25s -H "Authorization: Basic $unknown" "$base$path" > "$flood" &
sleep 3
wrk -t1 -c2 -d15s --latency -H "Authorization: Bearer $secret" "$base$path" | grep -E 'Requests/sec|50%|99%'
wait
echo "== the flood"
grep -E 'Requests/sec|Non-2xx' "$flood"
rm -f "$flood"
