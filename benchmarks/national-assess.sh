#!/usr/bin/env bash
# Junheng's `assess` and the plain-Python reference on the same national file, one after the other, and
# Junheng's figures checked against the reference's; Junheng started as `java -jar` (a second JVM, see
# docs/operations.md), as `java -jar` in one JVM (-Djunheng.fast-start=false) and by the launcher bin/junheng.
# Usage (after ./mvnw -q package -DskipTests):
#   benchmarks/national-assess.sh [RUNS] [WORKDIR]
set -euo pipefail
runs=${1:-3}
work=${2:-$(mktemp -d)}
here=$(cd "$(dirname "$0")/.." && pwd)
jar=$here/target/junheng.jar
[ -f "$work/school-stats.csv" ] || java -jar "$jar" generate --kind national --out "$work" >/dev/null
size=$(stat -c %s "$work/school-stats.csv")
echo "input: $work/school-stats.csv, $((size / 1000000)) MB, $(($(wc -l < "$work/school-stats.csv") - 1)) rows"
# the first runs unpack the jar and record its class-data archive: done before the timed runs
JAVA_OPTS=-Xmx1g "$here/bin/junheng" assess --input "$work/school-stats.csv" --schools none --out /dev/null 2>/dev/null
java -Xmx1g -jar "$jar" assess --input "$work/school-stats.csv" --schools none --out /dev/null 2>/dev/null
for run in $(seq "$runs"); do
  for launch in "java -jar" "one JVM" "bin/junheng"; do
    for schools in all none; do
      case $launch in
        "java -jar") set -- java -Xmx1g -jar "$jar" ;;
        "one JVM") set -- java -Xmx1g -Djunheng.fast-start=false -jar "$jar" ;;
        *) set -- env JAVA_OPTS=-Xmx1g "$here/bin/junheng" ;;
      esac
      /usr/bin/time -f "%e %U %M" -o "$work/time" "$@" assess --input "$work/school-stats.csv" \
        --schools $schools --out "$work/junheng-$schools.json" 2> "$work/log" >/dev/null
      read -r wall user rss < "$work/time"
      printf 'run %s  %-11s --schools %-4s: %s s wall, %s s user CPU, %s MB peak RSS, %s MB written; %s\n' "$run" "$launch" \
        "$schools" "$wall" "$user" "$((rss / 1024))" "$(( $(stat -c %s "$work/junheng-$schools.json") / 1000000 ))" \
        "$(grep -o 'read .*ms' "$work/log")"
    done
  done
  /usr/bin/time -f "%e %U %M" -o "$work/time" python3 "$here/benchmarks/reference_assess.py" "$work/school-stats.csv" \
    --out "$work/reference.json"
  read -r wall user rss < "$work/time"
  echo "run $run  python reference:       ${wall} s wall, ${user} s user CPU, $((rss / 1024)) MB peak RSS"
done
python3 "$here/benchmarks/reference_assess.py" "$work/school-stats.csv" --compare "$work/junheng-none.json"
sha256sum "$work/junheng-all.json"
