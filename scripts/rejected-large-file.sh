#!/usr/bin/env bash
# A large school-stats file whose last row is wrong, imported through the API of a server started with
# -Xmx512m on a fresh embedded database: the file is refused, the database file keeps its size (±1%),
# and the server's peak heap while it checks the file is printed (sampled with jstat every 250 ms).
# Loopback only; everything lives in a temporary directory removed at the end.
#
#   scripts/rejected-large-file.sh [target-megabytes]     (default 195; the upload limit is 200 MB)
#
# Needs the built jar (./mvnw -DskipTests package) and a JDK (jstat).
set -euo pipefail

target_mb=${1:-195}
jar=target/junheng.jar
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 2; }
port=18089
password=large-file-admin-1
work=$(mktemp -d)
server=
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# a national-scale year of schools, repeated for earlier years until the file is large enough
java -jar "$jar" generate --kind national --out "$work/gen" >/dev/null 2>&1
file="$work/school-stats.csv"
head -n 1 "$work/gen/school-stats.csv" > "$file"
year=2025
while [ "$(stat -c %s "$file")" -lt $((target_mb * 1000 * 1000)) ]; do
  tail -n +2 "$work/gen/school-stats.csv" | sed "s/^2025,/$year,/" >> "$file"
  year=$((year - 1))
done
head -c $((target_mb * 1000 * 1000)) "$file" | head -n -1 > "$file.cut"
# the last row: a school type that does not exist
tail -n 1 "$file.cut" | awk -F, -v OFS=, '{ $6 = "castle"; print }' > "$work/last"
head -n -1 "$file.cut" > "$file"; cat "$work/last" >> "$file"
rows=$(($(wc -l < "$file") - 1))
echo "file: $(($(stat -c %s "$file") / 1000 / 1000)) MB, $rows rows, the last one wrong"

JUNHENG_DATA="$work/data" JUNHENG_ADMIN_PASSWORD=$password java -Xmx512m -jar "$jar" --server.port=$port \
  --junheng.demo.load-on-first-start=false > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null || { echo "the server did not start" >&2; tail -20 "$work/server.log" >&2; exit 1; }
db="$work/data/junheng.mv.db"
before=$(stat -c %s "$db")

jstat -gc "$server" 250 > "$work/heap" &
sampler=$!
start=$(date +%s.%N)
status=$(curl -s -o "$work/answer.json" -w '%{http_code}' -u "admin:$password" -F type=school-stats \
  -F "file=@$file;filename=large.csv" "http://127.0.0.1:$port/api/v1/imports")
seconds=$(echo "$(date +%s.%N) - $start" | bc)
sleep 1
kill "$sampler"; wait "$sampler" 2>/dev/null || true
after=$(stat -c %s "$db")

# jstat -gc columns: S0C S1C S0U S1U EC EU OC OU ... (KB); heap used = S0U + S1U + EU + OU
peak=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > max) max = used } END { printf "%d", max / 1024 }' "$work/heap")
errors=$(sed -n 's/.*"errorCount":\([0-9]*\).*/\1/p' "$work/answer.json")
rss=$(ps -o rss= -p "$server" | awk '{ printf "%d", $1 / 1024 }')
printf 'answer %s in %.1f s, %s error(s); database file %d → %d bytes (%+.2f%%); peak heap %d MB (-Xmx512m), RSS after %d MB\n' \
  "$status" "$seconds" "${errors:-?}" "$before" "$after" "$(echo "($after - $before) * 100 / $before" | bc -l)" "$peak" "$rss"
if [ "$status" = 422 ] && [ "$errors" = 1 ] && [ "$(echo "($after - $before) * 100 <= $before" | bc)" = 1 ]; then
  exit 0
fi
exit 1
