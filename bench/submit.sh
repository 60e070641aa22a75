#!/usr/bin/env bash
# The submit realisation scenario of ../shared/bench.md: K employees at once write a
# realisation value of their own approved SKP in the open period
# (POST /api/v1/skp/{id}/realisations with a bearer token each), against its baseline:
# the same SQL statements the request executes (bench/submit.sql) replayed by pgbench
# with random ids from the same set, in the same session.
# Usage: bench/submit.sh PORT DB PASSWORD [K] [SECONDS] [CLIENTS]
#   PASSWORD is the password of the generated employees' accounts (generate --password P,
#   or one bcrypt hash set for all accounts with SQL). Defaults: K=256, SECONDS=30, CLIENTS=64.
#   PERIOD=2026-11 overrides the period (default: the first of this month / last month
#   that the app accepts). BASE_CLIENTS=32 runs pgbench with fewer connections when
#   PostgreSQL's max_connections (shared with the app's pool) cannot take CLIENTS more.
# Data: generate --employees N --seed 42 --plans into DB; the app running on PORT.
set -euo pipefail
port=$1 db=$2 pass=$3 k=${4:-256} secs=${5:-30} clients=${6:-64}
base_clients=${BASE_CLIENTS:-$clients}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/submit-bench.XXXXXX)
trap 'rm -rf "$work"; psql -h 127.0.0.1 -U postgres -d "$db" -qAtX -c "DROP TABLE IF EXISTS bench_submit_set" >/dev/null 2>&1 || true' EXIT
psqlq() { psql -h 127.0.0.1 -U postgres -d "$db" -qAtX -F ' ' "$@"; }

# K employees with an approved plan, a live indicator and a report of the period (PERIOD, or
# this month) that may still change (a submitted one answers 409): username skp indicator rhk agency
psqlq -c "
select distinct on (s.id) a.username, s.id, i.id, r.id, s.agency_id, s.employee_id
from skp s
join user_account a on a.employee_id = s.employee_id and a.enabled
join rhk r on r.skp_id = s.id and not r.removed
join indicator i on i.rhk_id = r.id and not i.removed
where s.status = 'APPROVED'
  and not exists (select 1 from realisation_report rr where rr.skp_id = s.id
                  and rr.period_code = '${PERIOD:-$(date -u +%Y-%m)}' and rr.status not in ('DRAFT', 'RETURNED'))
order by s.id, i.id
limit $k" > "$work/set.txt"
n=$(wc -l < "$work/set.txt")
[ "$n" -gt 0 ] || { echo "no approved plan with an indicator in $db" >&2; exit 1; }

# one token per employee
: > "$work/tokens.txt"
while read -r user skp ind rhk agency emp; do
  tok=$(curl -sf -X POST "localhost:$port/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$user\",\"password\":\"$pass\"}" \
    | python3 -c 'import sys,json;print(json.load(sys.stdin)["access_token"])') || { echo "sign-in failed: $user" >&2; exit 1; }
  echo "$tok $skp $ind" >> "$work/tokens.txt"
done < "$work/set.txt"

# the open period: the first candidate the app accepts
if [ -z "${PERIOD:-}" ]; then
  read -r tok skp ind < "$work/tokens.txt"
  for p in $(date -u +%Y-%m) $(date -u -d "$(date -u +%Y-%m-01) -1 month" +%Y-%m) $(date -u +%Y); do
    code=$(curl -s -o "$work/probe.json" -w '%{http_code}' -X POST "localhost:$port/api/v1/skp/$skp/realisations" \
      -H "Authorization: Bearer $tok" -H 'Content-Type: application/json' \
      -d "{\"period\":\"$p\",\"indicatorId\":$ind,\"value\":\"1\",\"obstacle\":\"Beban kerja\",\"cause\":\"Tenggat\",\"fix\":\"Jadwal ulang\"}")
    if [ "$code" = 200 ] || [ "$code" = 201 ]; then PERIOD=$p; break; fi
  done
  [ -n "${PERIOD:-}" ] || { echo "no open period accepted; last answer: $(cat "$work/probe.json")" >&2; exit 1; }
fi

# the Lua table for wrk
{
  echo "period = \"$PERIOD\""
  echo "users = {"
  while read -r tok skp ind; do echo "  {\"$tok\", $skp, $ind},"; done < "$work/tokens.txt"
  echo "}"
} > "$work/users.lua"

run_wrk() { # seconds -> output file
  SUBMIT_USERS="$work/users.lua" wrk -t2 -c"$clients" -d"$1s" --timeout 5s --latency \
    -s "$here/submit.lua" "http://localhost:$port" > "$2" 2>&1
}
echo "# $n employees, period $PERIOD, $clients clients, ${secs}s; $(uptime)"
run_wrk 10 "$work/warm.txt"
run_wrk "$secs" "$work/wrk.txt"
echo "# after app: $(uptime)"

# baseline: the same statements through pgbench, random employees of the same set
python3 - "$work/set.txt" "$work/ids.sql" "$PERIOD" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
with open(sys.argv[2], 'w') as f:
    f.write("DROP TABLE IF EXISTS bench_submit_set;\n")
    f.write("CREATE TABLE bench_submit_set (n int primary key, account text, period text, skp bigint, indicator bigint, rhk bigint, agency bigint, employee bigint);\n")
    f.write("INSERT INTO bench_submit_set VALUES\n" + ",\n".join(
        f"({i + 1}, '{r[0]}', '{sys.argv[3]}', {r[1]}, {r[2]}, {r[3]}, {r[4]}, {r[5]})" for i, r in enumerate(rows)) + ";\n")
PY
psqlq -q -f "$work/ids.sql" >/dev/null 2>&1
pgbench -h 127.0.0.1 -U postgres -n -c"$base_clients" -j2 -T10 -D n="$n" \
  -f "$here/submit.sql" "$db" > "$work/pgwarm.txt" 2>&1 || { cat "$work/pgwarm.txt" >&2; exit 1; }
pgbench -h 127.0.0.1 -U postgres -n -c"$base_clients" -j2 -T"$secs" -D n="$n" \
  -f "$here/submit.sql" "$db" > "$work/pg.txt" 2>&1 || { cat "$work/pg.txt" >&2; exit 1; }
psqlq -c "DROP TABLE bench_submit_set" >/dev/null
echo "# after baseline: $(uptime)"

cp "$work/wrk.txt" /tmp/submit-last-wrk.txt; cp "$work/pg.txt" /tmp/submit-last-pgbench.txt
python3 - "$work/wrk.txt" "$work/pg.txt" "$base_clients" <<'PY'
import re, sys
wrk = open(sys.argv[1]).read(); pg = open(sys.argv[2]).read()
def ms(s):
    v, u = re.match(r'([\d.]+)(us|ms|s)', s).groups()
    return float(v) * {'us': 0.001, 'ms': 1, 's': 1000}[u]
rps = float(re.search(r'Requests/sec:\s*([\d.]+)', wrk).group(1))
p50 = ms(re.search(r'50%\s+(\S+)', wrk).group(1)); p99 = ms(re.search(r'99%\s+(\S+)', wrk).group(1))
bad = re.search(r'Non-2xx or 3xx responses:\s*(\d+)', wrk); errs = re.search(r'Socket errors:.*', wrk)
tps = float(re.search(r'tps = ([\d.]+)', pg).group(1))
lat = re.search(r'latency average = ([\d.]+) ms', pg)
print(f"app  (HTTP POST realisation): {rps:.0f} req/s, p50 {p50:.1f} ms, p99 {p99:.1f} ms"
      + (f", NON-2xx {bad.group(1)}" if bad else "") + (f", {errs.group(0)}" if errs else ""))
print(f"base (pgbench bench/submit.sql, {sys.argv[3]} clients): {tps:.0f} tps" + (f", latency avg {lat.group(1)} ms" if lat else ""))
print(f"ratio (app req/s / pgbench tps): {rps / tps:.2f}  (targets: >= 1000 req/s, p99 < 100 ms, ratio >= 0.5)")
PY
