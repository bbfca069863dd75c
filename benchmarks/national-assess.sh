#!/usr/bin/env bash
# Junheng's `assess` and the plain-Python reference on the same national file, one after the other, and
# Junheng's figures checked against the reference's. Usage (after ./mvnw -q package -DskipTests):
#   benchmarks/national-assess.sh [RUNS] [WORKDIR]
set -euo pipefail
runs=${1:-3}
work=${2:-$(mktemp -d)}
here=$(cd "$(dirname "$0")/.." && pwd)
jar=$here/target/junheng.jar
[ -f "$work/school-stats.csv" ] || java -jar "$jar" generate --kind national --out "$work" >/dev/null
size=$(stat -c %s "$work/school-stats.csv")
echo "input: $work/school-stats.csv, $((size / 1000000)) MB, $(($(wc -l < "$work/school-stats.csv") - 1)) rows"
for run in $(seq "$runs"); do
  for schools in all none; do
    /usr/bin/time -f "%e %U %M" -o "$work/time" java -Xmx1g -jar "$jar" assess --input "$work/school-stats.csv" \
      --schools $schools --out "$work/junheng-$schools.json" 2> "$work/log" >/dev/null
    read -r wall user rss < "$work/time"
    echo "run $run  junheng --schools $schools: ${wall} s wall, ${user} s user CPU, $((rss / 1024)) MB peak RSS," \
      "$(( $(stat -c %s "$work/junheng-$schools.json") / 1000000 )) MB written; $(grep -o 'read .*ms' "$work/log")"
  done
  /usr/bin/time -f "%e %U %M" -o "$work/time" python3 "$here/benchmarks/reference_assess.py" "$work/school-stats.csv" \
    --out "$work/reference.json"
  read -r wall user rss < "$work/time"
  echo "run $run  python reference:       ${wall} s wall, ${user} s user CPU, $((rss / 1024)) MB peak RSS"
done
python3 "$here/benchmarks/reference_assess.py" "$work/school-stats.csv" --compare "$work/junheng-none.json"
sha256sum "$work/junheng-all.json"
