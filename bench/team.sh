#!/usr/bin/env bash
# Team board under load: a supervisor with exactly 30 direct subordinates reads
# GET /api/v1/team?year=Y&period=P from 64 concurrent clients (wrk), against the board's own
# SQL replayed raw through pgbench in the same run.
# Usage: bench/team.sh PORT DB ADMIN_USER ADMIN_PASSWORD [YEAR] [PERIOD] [SECONDS]
#   (defaults: this year, its period 11 (YEAR-11), 30 s). Env: CLIENTS (64), THREADS (2),
#   BASE_CLIENTS (pgbench clients, default CLIENTS),
#   PGHOST (127.0.0.1), PGUSER (postgres), SUPERVISOR_PASSWORD (bench-team-2026).
# Needs a running Kinerja on PORT over the PostgreSQL database DB, with plans and
# realisations (generate --employees N --seed 42 --plans) and KINERJA_TOKEN_TTL long enough for
# the run (e.g. PT2H). Set-up (idempotent): picks the supervisor who rates the most plans of the
# year with at most 30 direct subordinates, gives that account the bench password (SQL, bench
# databases only) and, as Admin BKPSDM through the API, adds reporting overrides until exactly 30
# people report to them. Prints wrk's p50/p90/p99 and requests/s, pgbench's tps and latency, and
# the ratio.
set -euo pipefail
port=$1
db=$2
admin=$3
admin_password=$4
year=${5:-$(date +%Y)}
period=${6:-$year-11}
seconds=${7:-30}
clients=${CLIENTS:-64}
threads=${THREADS:-2}
# pgbench needs one server connection per client: lower it when max_connections is short.
base_clients=${BASE_CLIENTS:-$clients}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
sup_password=${SUPERVISOR_PASSWORD:-bench-team-2026}
# bcrypt (cost 10) of the default bench password.
sup_hash='{bcrypt}$2a$10$LG1N.8aYBJ88BdbXXmV5Iuy8bDxKZYfFOdzncmpXYNY8MTkiVy00q'
here=$(cd "$(dirname "$0")" && pwd)
base="http://127.0.0.1:$port"
sql() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" -c "$1"; }
token_of() {
  curl -sf -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$2\"}" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
team_path="/api/v1/team?year=$year&period=$period"
members() { curl -sf -H "Authorization: Bearer $1" "$base$team_path" | python3 -c '
import json, sys
print(" ".join(m["nip"] for m in json.load(sys.stdin)["members"]))'; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(uptime)"
admin_token=$(token_of "$admin" "$admin_password")
[ -n "$admin_token" ] || { echo "cannot sign in as $admin" >&2; exit 1; }

# Set-up: the supervisor.
supervisor=""
for nip in $(sql "SELECT e.nip FROM skp s JOIN employee e ON e.id = s.appraiser_id
    WHERE s.skp_year = $year AND s.status = 'APPROVED' GROUP BY e.nip ORDER BY count(*) DESC, e.nip LIMIT 20"); do
  if [ "$sup_hash" != "" ] && [ "$sup_password" = "bench-team-2026" ]; then
    sql "UPDATE user_account SET password_hash = '$sup_hash', must_change_password = FALSE, failed_attempts = 0,
        locked_until = NULL WHERE username = '$nip' AND (password_hash IS NULL OR password_hash <> '$sup_hash'
        OR must_change_password)" >/dev/null
  fi
  token=$(token_of "$nip" "$sup_password" || true)
  [ -n "$token" ] || continue
  team=$(members "$token")
  count=$(wc -w <<<"$team")
  if [ "$count" -le 30 ]; then
    supervisor=$nip
    break
  fi
done
[ -n "$supervisor" ] || { echo "no supervisor with at most 30 direct subordinates found" >&2; exit 1; }
sup_id=$(sql "SELECT id FROM employee WHERE nip = '$supervisor'")
if [ "$count" -lt 30 ]; then
  missing=$((30 - count))
  exclude=$(for n in $team $supervisor; do printf "'%s'," "$n"; done | sed 's/,$//')
  today=$(date +%F)
  for nip in $(sql "SELECT e.nip FROM employee e JOIN skp s ON s.employee_id = e.id AND s.skp_year = $year
      AND s.status = 'APPROVED' WHERE e.agency_id = (SELECT agency_id FROM employee WHERE id = $sup_id)
      AND e.nip NOT IN ($exclude) AND NOT EXISTS (SELECT 1 FROM reporting_override o WHERE o.employee_id = e.id)
      AND NOT EXISTS (SELECT 1 FROM skp x WHERE x.appraiser_id = e.id)
      ORDER BY e.id LIMIT $missing"); do
    curl -sf -o /dev/null -X POST "$base/api/v1/employees/$nip/supervisor-override" \
      -H "Authorization: Bearer $admin_token" -H 'Content-Type: application/json' \
      -d "{\"supervisorNip\":\"$supervisor\",\"startDate\":\"$today\",\"reason\":\"bench/team.sh\"}"
  done
  token=$(token_of "$supervisor" "$sup_password")
  team=$(members "$token")
  count=$(wc -w <<<"$team")
fi
[ "$count" -eq 30 ] || { echo "supervisor $supervisor has $count direct subordinates, not 30" >&2; exit 1; }
echo "supervisor $supervisor (employee $sup_id): $count direct subordinates; GET $team_path"

# Warm-up, then the measured run.
export TEAM_TOKEN=$token TEAM_PATH=$team_path
wrk -t"$threads" -c"$clients" -d10s -s "$here/team.lua" "$base" >/dev/null
echo "load before the run: $(uptime | sed 's/.*load average/load average/')"
app=$(wrk -t"$threads" -c"$clients" -d"${seconds}s" --latency -s "$here/team.lua" "$base" | grep '^wrk:')
echo "$app"

# Baseline: the board's statements raw through pgbench (simple protocol, same database).
ids=$(for n in $team; do printf "'%s'," "$n"; done | sed 's/,$//')
emp_ids=$(sql "SELECT string_agg(id::text, ',' ORDER BY id) FROM employee WHERE nip IN ($ids)")
skp_ids=$(sql "SELECT string_agg(id::text, ',' ORDER BY id) FROM skp WHERE skp_year = $year AND employee_id IN ($emp_ids)")
agency=$(sql "SELECT agency_id FROM employee WHERE id = $sup_id")
until=$period-01
pgbench -n -M simple -c"$base_clients" -j"$threads" -T10 -f "$here/team.sql" -D sup="$sup_id" -D ids="$emp_ids" \
  -D skps="$skp_ids" -D year="$year" -D agency="$agency" -D day="'$(date +%F)'" -D until="'$until'" "$db" >/dev/null
base_out=$(pgbench -n -M simple -c"$base_clients" -j"$threads" -T"$seconds" -f "$here/team.sql" -D sup="$sup_id" \
  -D ids="$emp_ids" -D skps="$skp_ids" -D year="$year" -D agency="$agency" -D day="'$(date +%F)'" \
  -D until="'$until'" "$db")
tps=$(awk '/^tps/ {print $3; exit}' <<<"$base_out")
lat=$(awk '/latency average/ {print $4; exit}' <<<"$base_out")
echo "pgbench: tps=$tps latency_avg=${lat}ms (clients=$base_clients threads=$threads ${seconds}s)"
rps=$(sed 's/.*rps=\([0-9.]*\).*/\1/' <<<"$app")
p99=$(sed 's/.*p99=\([0-9.]*\)ms.*/\1/' <<<"$app")
awk -v r="$rps" -v t="$tps" -v p="$p99" 'BEGIN {
  printf "figure: %.1f req/s, p99 %.1f ms / baseline: %.1f tps / ratio: %.2f; target p99 < 50 ms: %s\n",
    r, p, t, r / t, (p < 50) ? "met" : "not met" }'
echo "load after the run: $(uptime | sed 's/.*load average/load average/')"
