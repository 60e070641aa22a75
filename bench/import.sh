#!/usr/bin/env bash
# The import scenario of ../shared/bench.md: N employees (default 100,000) from CSV, all
# validated and audited, uploaded over HTTP into the demo agency of a fresh PostgreSQL
# database, against the baseline of the same rows `\copy`-ed into an unconstrained table.
# Usage: bench/import.sh [JAR] [EMPLOYEES] [PORT]   (defaults: target/kinerja.jar, 100000, 18091)
# The province's top leader is placed under the demo agency's (the only change to the file).
# Creates (and at the end drops) the database kinerja_bench_import on 127.0.0.1:5432
# (KINERJA_BENCH_DB names another, so that runs side by side do not share one).
set -euo pipefail
jar=${1:-target/kinerja.jar} employees=${2:-100000} port=${3:-18091}
db=${KINERJA_BENCH_DB:-kinerja_bench_import} pg=(-h 127.0.0.1 -U postgres)
work=$(mktemp -d)
dropdb "${pg[@]}" --if-exists "$db"; createdb "${pg[@]}" "$db"
java -Xmx1g -jar "$jar" generate --employees "$employees" --seed 42 --out "$work" >/dev/null
KINERJA_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" KINERJA_DB_USER=postgres KINERJA_DEMO=true \
  SERVER_PORT=$port java -Xmx1g -jar "$jar" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$work"; dropdb "${pg[@]}" --if-exists "$db"' EXIT
for _ in $(seq 1 3000); do curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health" && break; sleep 0.2; done  # 10 min at most: start-up is slow on a busy machine
base="http://127.0.0.1:$port"
token=$(curl -sf -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"kinerja-demo"}' | python3 -c 'import sys,json;print(json.load(sys.stdin)["access_token"])')
upload() { # upload kind file label; prints seconds, fails unless 200
  curl -s -o "$work/$3.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $token" \
    -F "file=@$2;type=text/csv" "$base/api/v1/imports/$1" | { read -r code secs
    [ "$code" = 200 ] || { echo "import of $1 answered $code: $(head -c 500 "$work/$3.json")" >&2; exit 1; }
    echo "$secs"; }
}
# The demo agency has its top leader already: the province's top leader reports to it.
head=$(psql "${pg[@]}" -d "$db" -qAt -c "SELECT e.nip FROM employee e JOIN assignment a ON a.employee_id = e.id
  AND a.kind = 'DEFINITIF' AND a.end_date IS NULL JOIN job_position p ON p.id = a.position_id
  WHERE p.reports_to_id IS NULL LIMIT 1")
python3 - "$work/employees.csv" "$head" <<'PY'
import csv, sys
path, head = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
col = rows[0].index("nip_atasan")
for row in rows[1:]:
    if not row[col]:
        row[col] = head
with open(path, "w", encoding="utf-8", newline="") as f:
    csv.writer(f, lineterminator="\n").writerows(rows)
PY
units=$(upload units "$work/units.csv" units)
people=$(upload employees "$work/employees.csv" first)
again=$(upload employees "$work/employees.csv" again)
grep -o 'Imported .* employee rows.*' "$work/app.log" || true
echo "app:  units $units s; $employees employees $people s ($(cat "$work/first.json")); same file again $again s ($(cat "$work/again.json"))"
psql "${pg[@]}" -d "$db" -qc "CREATE UNLOGGED TABLE copy_baseline ($(head -1 "$work/employees.csv" | tr -d '\r\357\273\277' | sed 's/,/ text, /g') text)"
copy=$(psql "${pg[@]}" -d "$db" -qAt -c '\timing on' -c "\\copy copy_baseline FROM '$work/employees.csv' WITH (FORMAT csv, HEADER true)" |
  sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
python3 -c "c=$copy/1000; print(f'base: \\\\copy of the same rows into an unconstrained table {c:.3f} s'); print(f'ratio: {$people/c:.0f}x (target: under 30 s)')"
