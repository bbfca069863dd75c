#!/usr/bin/env bash
# Sends imports at once and checks that every answer told the truth: each is 200 (stored) or 429
# (turned away, with Retry-After, nothing stored), never 500, and the schools stored are exactly those
# of the files answered 200. Loopback only; the counties are new ones of city 4409, removed by nothing
# (use a throwaway data directory).
#
#   scripts/load-concurrent-imports.sh [base-url] [imports] [user] [password]
#
# Start the server first, e.g.
#   JUNHENG_DATA=/tmp/junheng-load JUNHENG_ADMIN_PASSWORD=load-admin-pass1 java -jar target/junheng.jar
set -euo pipefail

base=${1:-http://localhost:8080}
imports=${2:-20}
user=${3:-admin}
password=${4:-${JUNHENG_ADMIN_PASSWORD:-}}
case "$base" in
  http://localhost:*|http://127.0.0.1:*) ;;
  *) echo "loopback only: $base" >&2; exit 2 ;;
esac
[ "$imports" -ge 1 ] && [ "$imports" -le 99 ] || { echo "1 to 99 imports" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
header="year,county_code,county_name,school_code,school_name,school_type,location,longitude,latitude,students_primary,students_junior,students_senior,classes_primary,classes_junior,oversize_classes_primary,oversize_classes_junior,teachers_primary,teachers_junior,qualified_teachers_primary,qualified_teachers_junior,backbone_teachers_primary,backbone_teachers_junior,pe_art_teachers_primary,pe_art_teachers_junior,certified_teachers,teaching_area,sports_area,equipment_value,multimedia_classrooms,music_rooms,art_rooms,music_room_min_area,art_room_min_area"
run=$(date +%s)
for i in $(seq 1 "$imports"); do
  county=$(printf '4409%02d' "$i")
  {
    echo "$header"
    for s in 1 2; do
      echo "2025,$county,压测县$i,2$county$(printf '%03d' "$s"),压测第${s}中学,junior,urban,,,0,900,0,0,18,0,2,0,70,0,65,0,10,0,9,68,5200,8000,3000000,20,2,2,100,100"
    done
  } > "$work/$county.csv"
done

start=$(date +%s.%N)
for i in $(seq 1 "$imports"); do
  county=$(printf '4409%02d' "$i")
  curl -s -o "$work/$county.body" -D "$work/$county.headers" -w '%{http_code}' -u "$user:$password" \
    -F type=school-stats -F "file=@$work/$county.csv;filename=load-$run-$county.csv" "$base/api/v1/imports" \
    > "$work/$county.status" &
done
wait
seconds=$(echo "$(date +%s.%N) - $start" | bc)

ok=0; busy=0; wrong=0
for i in $(seq 1 "$imports"); do
  county=$(printf '4409%02d' "$i")
  status=$(cat "$work/$county.status")
  schools=$(curl -s -u "$user:$password" "$base/api/v1/schools?county=$county" | sed -n 's/.*"totalElements":\([0-9]*\).*/\1/p')
  case "$status" in
    200) ok=$((ok + 1)); [ "$schools" = 2 ] || { echo "$county: answered 200, $schools schools stored"; wrong=$((wrong + 1)); } ;;
    429) busy=$((busy + 1))
         grep -qi '^retry-after: [0-9]' "$work/$county.headers" || { echo "$county: 429 without Retry-After"; wrong=$((wrong + 1)); } ;;
    *)   echo "$county: answered $status"; wrong=$((wrong + 1)) ;;
  esac
done
printf 'imports %d in %.1f s: %d stored (200), %d turned away (429), %d untrue answers\n' "$imports" "$seconds" "$ok" "$busy" "$wrong"
[ "$wrong" = 0 ]
