#!/usr/bin/env bash
# Directory search latency over HTTP: GET /api/v1/employees?q=... (a page of 20 with each
# row's supervisor) for ten names and NIP prefixes, after 50 warm-up calls.
# Usage: bench/search.sh [PORT] [ROUNDS]  (ROUNDS of the ten queries; default 8080 and 30)
# Needs a running Kinerja with an agency admin "admin" / "kinerja-demo" (the demo agency,
# e.g. with the 100,000-employee province imported into it). Prints n, p50 and p99.
set -euo pipefail
port=${1:-8080}
rounds=${2:-30}
base="http://127.0.0.1:$port"
token=$(curl -sf -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"kinerja-demo"}' | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
queries=(siti budi wijaya "nur'" 1985 19900 "putri sari" hendra ahmad ayu)
call() {
  curl -sf -o /dev/null -w "%{time_total}\n" -G -H "Authorization: Bearer $token" \
    --data-urlencode "q=$1" "$base/api/v1/employees"
}
for _ in 1 2 3 4 5; do for q in "${queries[@]}"; do call "$q" >/dev/null; done; done
for _ in $(seq 1 "$rounds"); do for q in "${queries[@]}"; do call "$q"; done; done | sort -n |
  awk '{a[NR] = $1} END {printf "n=%d p50=%.1f ms p99=%.1f ms\n", NR, a[int(NR * 0.5)] * 1000, a[int(NR * 0.99)] * 1000}'
