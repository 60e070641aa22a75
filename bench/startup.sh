#!/usr/bin/env bash
# The start-up and memory scenario of ../shared/bench.md: `java -Xmx1g -jar kinerja.jar` on the
# embedded default (H2 file database, local evidence folder, demo agency) to healthy, first on
# an empty data folder (migrations and demo seeding), then again on the same folder (restart).
# Usage: bench/startup.sh [JAR] [ROUNDS] [PORT]   (defaults: target/kinerja.jar, 3, 18090)
# Prints the seconds to a 200 from /actuator/health (polled every 0.1 s) and the peak RSS
# (VmHWM) of each start, and the median of the rounds. No baseline: the figure is absolute.
set -euo pipefail
jar=${1:-target/kinerja.jar} rounds=${2:-3} port=${3:-18090}
one() { # one start on folder $1; prints "seconds rss_mb"
  local dir=$1 started pid secs rss
  started=$(date +%s.%N)
  KINERJA_DATA_DIR=$dir SERVER_PORT=$port java -Xmx1g -jar "$jar" >"$dir.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health"; do
    kill -0 "$pid" 2>/dev/null || { echo "the app stopped; see $dir.log" >&2; exit 1; }
    sleep 0.1
    if (( $(date +%s) - ${started%.*} > 120 )); then echo "not healthy after 120 s" >&2; kill "$pid"; exit 1; fi
  done
  secs=$(python3 -c "import time; print(f'{time.time() - $started:.1f}')")
  rss=$(awk '/VmHWM/ {printf "%d", $2 / 1024}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$secs $rss"
}
first=() again=()
for _ in $(seq 1 "$rounds"); do
  dir=$(mktemp -d)
  read -r s r < <(one "$dir"); first+=("$s"); echo "first start: healthy after $s s, peak RSS $r MB"
  read -r s r < <(one "$dir"); again+=("$s"); echo "restart:     healthy after $s s, peak RSS $r MB"
  rm -rf "$dir" "$dir.log"
done
python3 - "${first[*]}" "${again[*]}" <<'PY'
import statistics, sys
f = list(map(float, sys.argv[1].split())); a = list(map(float, sys.argv[2].split()))
print(f"median: first start {statistics.median(f):.1f} s, restart {statistics.median(a):.1f} s (target: under 10 s)")
PY
