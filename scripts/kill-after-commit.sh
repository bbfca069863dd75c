#!/usr/bin/env bash
# Kill -9 just after an import's commit, then restart: every county's kept assessment and trend must
# equal a fresh computation. The server is started on a fresh embedded database with the demo province;
# the latest year's school statistics of every county (or of one) are imported again with fewer
# students, and the server is killed the moment the import is answered 200 — before its
# re-assessment, which runs after the commit, can end.
# After the restart every county and year of the kept results is compared with the assessment made
# afresh from the data (verdict; each indicator's county value, coefficient and pass; each stage's
# composite coefficient; compliant and assessed school counts). Loopback only; all in a temporary
# directory removed at the end.
#
#   scripts/kill-after-commit.sh [county]        (default: every county of the demo)
#
# Needs the built jar (./mvnw -DskipTests package) and python3.
set -euo pipefail

county=${1:-}
jar=$(cd "$(dirname "$0")/.." && pwd)/target/junheng.jar
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 2; }
port=18091
password=kill-admin-pass-1
base="http://127.0.0.1:$port"
work=$(mktemp -d)
server=
cleanup() {
  if [ -n "$server" ]; then kill -9 "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

start_server() {
  JUNHENG_DATA="$work/data" JUNHENG_ADMIN_PASSWORD=$password java -jar "$jar" --server.port=$port > "$work/server-$1.log" 2>&1 &
  server=$!
  for _ in $(seq 1 180); do
    [ "$(curl -s "$base/actuator/health" | sed -n 's/.*"status":"\([A-Z_]*\)".*/\1/p')" = UP ] && return 0
    sleep 1
  done
  echo "the server did not start" >&2; tail -20 "$work/server-$1.log" >&2; exit 1
}

start_server 1
java -jar "$jar" generate --kind demo --out "$work/demo" >/dev/null 2>&1
python3 - "$work/demo/school-stats.csv" "$county" "$work/import.csv" <<'PY'
import csv, sys
source, county, target = sys.argv[1:]
with open(source, newline='', encoding='utf-8-sig') as f:
    rows = list(csv.reader(f))
header = rows[0]
at = {name: i for i, name in enumerate(header)}
ours = lambda r: not county or r[at['county_code']] == county
latest = max(int(r[at['year']]) for r in rows[1:] if ours(r))
out = [header]
for r in rows[1:]:
    if ours(r) and int(r[at['year']]) == latest:
        for stage in ('primary', 'junior'):
            value = r[at['students_' + stage]]
            if value and int(value) > 0:
                r[at['students_' + stage]] = str(max(1, int(value) * 7 // 10))
        out.append(r)
with open(target, 'w', newline='', encoding='utf-8') as f:
    csv.writer(f).writerows(out)
print(f"import: {len(out) - 1} schools of {county or 'every county'} in {latest}, 30% fewer students", file=sys.stderr)
PY

# the import's audit entry is written in its transaction: the moment it can be read, the import has
# committed — the server is killed then, while the re-assessment that follows the commit runs
run=$(date +%s%N)
curl -s -o "$work/answer.json" -u "admin:$password" -F type=school-stats \
  -F "file=@$work/import.csv;filename=fewer-students-$run.csv" "$base/api/v1/imports" &
upload=$!
for _ in $(seq 1 6000); do
  curl -s -u "admin:$password" "$base/api/v1/audit?size=5" | grep -q "fewer-students-$run" && break
done
kill -9 "$server"; wait "$server" 2>/dev/null || true
server=
wait "$upload" || true
echo "import committed; server killed (-9) at once"

# what the kill left: kept results older than the data they were computed from
unzip -p "$jar" "$(unzip -Z1 "$jar" | grep 'BOOT-INF/lib/h2-.*\.jar')" > "$work/h2.jar"
stale=$(java -cp "$work/h2.jar" org.h2.tools.Shell -url "jdbc:h2:file:$work/data/junheng;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" -user sa \
  -password "$(cat "$work/data/db-password")" -sql "SELECT COUNT(*) FROM assessment_county c JOIN data_version d \
  ON d.county_code = c.county_code AND d.stat_year = c.stat_year WHERE c.data_version < d.version" | sed -n 2p | tr -d ' ')
echo "after the kill: $stale kept county results older than their data"


start_server 2
sleep 2
curl -s -u "admin:$password" "$base/api/v1/audit?size=5" | grep -q "fewer-students-$run" \
  || { echo "the import answered as committed is not in the database after the restart" >&2; exit 1; }
echo "after the restart: the committed import is there"
echo "on restart: $(grep -c 'older than its data: made again' "$work/server-2.log" || true) kept results found stale and made again"

python3 - "$base" "$password" <<'PY'
import base64, json, math, sys, urllib.request
base, password = sys.argv[1:]
auth = 'Basic ' + base64.b64encode(f'admin:{password}'.encode()).decode()
def get(path):
    with urllib.request.urlopen(urllib.request.Request(base + path, headers={'Authorization': auth})) as r:
        return json.load(r)
def same(a, b):
    if a is None or b is None:
        return a is b
    if isinstance(a, float) or isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)
    return a == b
years = set()
kept = {}
counties = {c['countyCode'] for c in get('/api/v1/assessments')['counties']}
for county in sorted(counties):
    for p in get(f'/api/v1/assessments/trend?county={county}'):
        years.add(p['year'])
        kept[(county, p['year'], p['stage'], p['indicator'])] = p
checked = differences = 0
for year in sorted(years):
    for c in get(f'/api/v1/assessments?year={year}')['counties']:
        for s in c['stages']:
            rows = [(i['code'], i['countyValue'], i['cv'], i['cvPass']) for i in s['indicators']]
            if s.get('compositePass') is not None:
                rows.append(('composite', None, s['compositeCv'], s['compositePass']))
            for code, value, cv, passed in rows:
                checked += 1
                k = kept.pop((c['countyCode'], year, s['stage'], code), None)
                fresh = (value, cv, passed, s['compliantSchools'], s['schoolCount'], c['verdict'])
                stored = None if k is None else (k['countyValue'], k['cv'], k['cvPass'], k['compliantSchools'],
                                                 k['schoolCount'], k['verdict'])
                if stored is None or not all(same(a, b) for a, b in zip(fresh, stored)):
                    differences += 1
                    print(f"  {c['countyCode']} {year} {s['stage']} {code}: kept {stored}, fresh {fresh}")
print(f"{len(counties)} counties, {len(years)} years: {checked} indicators compared, {differences} differ, "
      f"{len(kept)} kept with no fresh counterpart")
sys.exit(1 if differences or kept else 0)
PY
