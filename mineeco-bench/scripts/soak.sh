#!/usr/bin/env bash
# Soak test of ./mineeco serve on the demo spec: wrk with 64 connections for SOAK_SECONDS (300)
# over a mix of cached tiles (the 300 densest patch tiles, 70% of requests) and mostly uncached
# ones (every z10-14 patch tile of the patches, all, regions and farmland layers, 30%). Reports
# requests, errors (non-2xx/3xx answers and socket errors), p50/p99 latency, and the server's
# resident memory (VmRSS) and heap in use, each measured after a full GC (jcmd GC.run), once the
# analysis is done and again after the load.
# With PASSES=2 (or more) the load runs again and memory is measured after each pass: memory
# that levels off after the first pass is the tile cache (256 MB at most), growth at every pass a
# leak.
# Usage: mineeco-bench/scripts/soak.sh   (PORT=19180 SOAK_SECONDS=300 CONNECTIONS=64 PASSES=1)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PORT="${PORT:-19180}"
SOAK_SECONDS="${SOAK_SECONDS:-300}"
CONNECTIONS="${CONNECTIONS:-64}"
PASSES="${PASSES:-1}"
install_packages wrk
python3 "$here/tiles.py" "$ROOT/data/demo/patches.geojson" "$WORK/dense.txt" "$WORK/all.txt"
sed 's|^|/patches/|; s|$|.mvt|' "$WORK/dense.txt" >"$WORK/dense-paths.txt"
for layer in patches all regions farmland; do
  sed "s|^|/$layer/|; s|\$|.mvt|" "$WORK/all.txt"
done | shuf --random-source=<(yes) >"$WORK/many-paths.txt"

"$ROOT/mineeco" serve --spec "$ROOT/data/demo/analysis.yaml" --host 127.0.0.1 --port "$PORT" \
  >"$WORK/serve.log" 2>&1 &
SERVER_PID=$!
stop_server() {
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
}
trap stop_server EXIT
until grep -q "http://" "$WORK/serve.log"; do
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/serve.log"; exit 1; }
  sleep 1
done
jcmd="$(dirname "$(readlink -f "/proc/$SERVER_PID/exe")")/jcmd"

# VmRSS (MB) and heap in use (MB) after a full GC.
after_gc() {
  "$jcmd" "$SERVER_PID" GC.run >/dev/null
  sleep 2
  local rss heap
  rss=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$SERVER_PID/status")
  heap=$("$jcmd" "$SERVER_PID" GC.heap_info | awk '/garbage-first heap/ {
    for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); printf "%.0f", v / 1024 } }')
  echo "$rss $heap"
}

machine_line
read -r rss0 heap0 < <(after_gc)
log "after the analysis and a GC: RSS ${rss0} MB, heap used ${heap0} MB; wrk ${SOAK_SECONDS} s, ${CONNECTIONS} connections"
echo "| pass | requests | req/s | errors | p50 | p99 | RSS after GC, before -> after | heap used after GC, before -> after | load before / after |"
echo "|---|---|---|---|---|---|---|---|---|"
for pass in $(seq 1 "$PASSES"); do
  load0=$(cut -d' ' -f1-3 /proc/loadavg)
  DENSE="$WORK/dense-paths.txt" MANY="$WORK/many-paths.txt" wrk -t2 -c"$CONNECTIONS" \
    -d"${SOAK_SECONDS}s" --latency --timeout 10s -s "$here/soak.lua" "http://127.0.0.1:$PORT" \
    >"$WORK/wrk-$pass.txt"
  load1=$(cut -d' ' -f1-3 /proc/loadavg)
  read -r rss1 heap1 < <(after_gc)
  cat "$WORK/wrk-$pass.txt" >&2
  requests=$(awk '/requests in/ {print $1}' "$WORK/wrk-$pass.txt")
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-$pass.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk-$pass.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk-$pass.txt")
  non2xx=$(awk '/Non-2xx or 3xx responses/ {print $NF}' "$WORK/wrk-$pass.txt")
  sockets=$(grep 'Socket errors' "$WORK/wrk-$pass.txt" || echo "Socket errors: none")
  echo "| $pass: ${SOAK_SECONDS} s, ${CONNECTIONS} connections | $requests | $rps | non-2xx/3xx: ${non2xx:-0}; $sockets | $p50 | $p99 | ${rss0} -> ${rss1} MB | ${heap0} -> ${heap1} MB | $load0 / $load1 |"
  rss0=$rss1
  heap0=$heap1
done
