#!/usr/bin/env bash
# The agency recap scenario of ../shared/bench.md: the agency-wide curve check
# (GET /api/v1/distribution?year=) against its baseline, the hand-written query of
# bench/curve.sql, run alternately in the same session. Reports p50, p95 (nearest rank)
# and max of both, their ratios, the load average and the size of the JSON answer.
# Usage: bench/curve.sh PORT USERNAME PASSWORD DB AGENCY_ID YEAR [ROUNDS]
# Data: generate --employees 100000 --seed 42 into DB, then bench/curve-data.sql.
set -euo pipefail
port=$1 user=$2 pass=$3 db=$4 agency=$5 year=$6 rounds=${7:-15}
here=$(cd "$(dirname "$0")" && pwd)
token=$(curl -sf -X POST "localhost:$port/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$user\",\"password\":\"$pass\"}" | python3 -c 'import sys,json;print(json.load(sys.stdin)["access_token"])')
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
app=() sql=()
for i in $(seq 1 $((rounds + 3))); do
  a=$(curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" \
    "localhost:$port/api/v1/distribution?year=$year")
  s=$(psql -h 127.0.0.1 -U postgres -d "$db" -v agency="$agency" -v year="$year" -qAt \
    -c '\timing on' -f "$here/curve.sql" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
  if [ "$i" -gt 3 ]; then app+=("$a"); sql+=("$(python3 -c "print($s/1000)")"); fi
done
bytes=$(curl -sf -H "Authorization: Bearer $token" "localhost:$port/api/v1/distribution?year=$year" | wc -c)
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); JSON answer: $bytes bytes"
python3 - "${app[*]}" "${sql[*]}" <<'PY'
import math, statistics, sys
def stats(values):
    values = sorted(values)
    p95 = values[max(0, math.ceil(0.95 * len(values)) - 1)]  # nearest rank
    return statistics.median(values), p95, values[-1]
app = stats(map(float, sys.argv[1].split())); sql = stats(map(float, sys.argv[2].split()))
n = len(sys.argv[1].split())
print(f"app  (HTTP, whole agency): p50 {app[0]:.3f} s, p95 {app[1]:.3f} s, max {app[2]:.3f} s, n={n}")
print(f"base (bench/curve.sql):    p50 {sql[0]:.3f} s, p95 {sql[1]:.3f} s, max {sql[2]:.3f} s, n={n}")
print(f"ratio: p50 {app[0] / sql[0]:.2f}, p95 {app[1] / sql[1]:.2f}, max {app[2] / sql[2]:.2f}")
PY
