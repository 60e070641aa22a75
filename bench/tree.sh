#!/usr/bin/env bash
# Cascade tree (pohon kinerja) and completion summary latency over HTTP, as an Admin
# BKPSDM: the tree page (agency root with the summary), the agency root, one OPD (the
# top-level unit with the most people) expanded, its head expanded, and the summary, each
# ROUNDS times after 5 warm-up calls.
# Usage: bench/tree.sh PORT USERNAME PASSWORD [ROUNDS] [YEAR]  (default 30 rounds, this year)
# Needs a running Kinerja whose agency has plans (e.g. generate --employees 15000 --plans).
# Prints n, p50 and p99 per request.
set -euo pipefail
port=$1
user=$2
password=$3
rounds=${4:-30}
year=${5:-$(date +%Y)}
base="http://127.0.0.1:$port"
token=$(curl -sf -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$user\",\"password\":\"$password\"}" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
csrf=$(curl -sf -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -sf -o /dev/null -c "$jar" -b "$jar" -X POST "$base/login" --data-urlencode "username=$user" \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf"
api() { curl -sf -H "Authorization: Bearer $token" "$base$1"; }
opd=$(api "/api/v1/skp/summary?year=$year" | python3 -c '
import json, sys
s = json.load(sys.stdin)
top = [u for u in s["units"] if u["level"] == 0]
print(max(top, key=lambda u: u["subtree"]["active"])["code"])')
unit=$(api "/api/v1/skp/tree?year=$year&unit=$opd" | python3 -c 'import json, sys; print(json.load(sys.stdin)["node"]["id"])')
head=$(api "/api/v1/skp/tree/nodes/$unit/children?year=$year" | python3 -c '
import json, sys
print([n["id"] for n in json.load(sys.stdin) if n["kind"] == "EMPLOYEE"][0])')
echo "year $year, OPD $opd ($unit), its head $head"
measure() {
  local name=$1; shift
  for _ in 1 2 3 4 5; do curl -sf -o /dev/null "$@"; done
  for _ in $(seq 1 "$rounds"); do curl -sf -o /dev/null -w "%{time_total}\n" "$@"; done | sort -n |
    awk -v name="$name" '{a[NR] = $1} END {m = int(NR * 0.5 + 0.5); n = int(NR * 0.99 + 0.5); if (m < 1) m = 1; if (n > NR) n = NR;
      printf "%-28s n=%d p50=%.1f ms p99=%.1f ms\n", name, NR, a[m] * 1000, a[n] * 1000}'
}
auth=(-H "Authorization: Bearer $token")
measure "page /skp/tree (+summary)" -b "$jar" "$base/skp/tree?year=$year"
measure "api tree (agency root)" "${auth[@]}" "$base/api/v1/skp/tree?year=$year"
measure "api OPD expanded" "${auth[@]}" "$base/api/v1/skp/tree/nodes/$unit/children?year=$year"
measure "htmx OPD expanded" -b "$jar" "$base/skp/tree/nodes/$unit?year=$year"
measure "api OPD head expanded" "${auth[@]}" "$base/api/v1/skp/tree/nodes/$head/children?year=$year"
measure "api summary (agency)" "${auth[@]}" "$base/api/v1/skp/summary?year=$year"
