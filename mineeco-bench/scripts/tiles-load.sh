#!/usr/bin/env bash
# Tile-serving load on loopback: ./mineeco serve (the demo spec) under wrk with 64 connections, for
# the uncached pass (the 5,424 z10-14 tiles holding a demo patch, shuffled, each requested once by
# curl --parallel with 64 connections on the freshly started server), then wrk with 64 connections
# on a cached list (300 dense tiles at z12-14, over and over) and on the whole list (after the
# pass, so mostly cached), RUN_SECONDS (20) each; and PostGIS ST_AsMVT for the same two tile lists
# under pgbench with 64 clients (queries only, no HTTP, no cache).
# Usage: mineeco-bench/scripts/tiles-load.sh   (PORT=8765, PGPORT=55432)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PORT="${PORT:-8765}"
RUN_SECONDS="${RUN_SECONDS:-20}"
install_packages postgresql-15 postgresql-15-postgis-3 gdal-bin wrk
python3 "$here/tiles.py" "$ROOT/data/demo/patches.geojson" "$WORK/dense.txt" "$WORK/all.txt"
machine_line
echo "tile lists: $(wc -l <"$WORK/dense.txt") dense tiles (cached), $(wc -l <"$WORK/all.txt") tiles (uncached)"

SERVER_PID=""
stop_all() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  stop_postgres
}

results=()
if "$ROOT/mineeco" --help 2>/dev/null | grep -qE "^ +serve "; then
  log "starting ./mineeco serve on 127.0.0.1:$PORT"
  "$ROOT/mineeco" serve --spec "$ROOT/data/demo/analysis.yaml" --host 127.0.0.1 --port "$PORT" \
    >"$WORK/serve.log" 2>&1 &
  SERVER_PID=$!
  trap stop_all EXIT
  until grep -q "ready at" "$WORK/serve.log"; do
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/serve.log"; exit 1; }
    sleep 1
  done
  awk -v port="$PORT" '{print "url = \"http://127.0.0.1:" port "/patches/" $0 ".mvt\"\noutput = \"/dev/null\""}' \
    "$WORK/all.txt" >"$WORK/curl.cfg"
  start=$(now)
  codes=$(curl -s --no-progress-meter --parallel --parallel-max 64 -H 'Accept-Encoding: gzip' -w '%{http_code}\n' \
    -K "$WORK/curl.cfg" | sort | uniq -c | tr -s ' \n' ' ')
  pass=$(since "$start")
  rate=$(python3 -c "print(f'{$(wc -l <"$WORK/all.txt") / $pass:.0f}')")
  results+=("mineeco serve, all once (uncached)|$rate|n/a|n/a|$(wc -l <"$WORK/all.txt") tiles in $pass s, status:$codes")
  for list in dense all; do
    seconds=$RUN_SECONDS
    TILES="$WORK/$list.txt" wrk -t2 -c64 -d"${seconds}s" --latency -s "$here/tiles.lua" \
      "http://127.0.0.1:$PORT" >"$WORK/wrk-$list.txt"
    rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-$list.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk-$list.txt")
    p50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk-$list.txt")
    errors=$(grep -E 'Non-2xx|Socket errors' "$WORK/wrk-$list.txt" | tr '\n' ' ' || true)
    requests=$(awk '/requests in/ {print $1}' "$WORK/wrk-$list.txt")
    results+=("mineeco serve, $list, ${seconds} s|$rps|$p50|$p99|$requests requests, $(wc -l <"$WORK/$list.txt") tiles $errors")
  done
else
  echo "./mineeco has no serve command in this checkout: server runs skipped"
  trap stop_all EXIT
fi

start_postgres
trap stop_all EXIT
load_layer "$ROOT/data/demo/patches.geojson" patches
psql -q -c "CREATE TABLE tiles (i int, list text, z int, x int, y int, env geometry, box geometry)"
for list in dense all; do
  awk -F/ -v l="$list" '{print NR "," l "," $1 "," $2 "," $3}' "$WORK/$list.txt" >"$WORK/$list.csv"
  psql -q -c "\\copy tiles (i, list, z, x, y) FROM '$WORK/$list.csv' CSV"
done
psql -q -c "UPDATE tiles SET env = ST_TileEnvelope(z, x, y),
  box = ST_Transform(ST_TileEnvelope(z, x, y, margin => 64.0 / 4096), 4490);
  CREATE INDEX ON tiles (list, i); ANALYZE"
for list in dense all; do
  n=$(wc -l <"$WORK/$list.txt")
  sed "s/FROM tiles t/FROM (SELECT * FROM tiles WHERE list = '$list') t/" "$here/tiles-pgbench.sql" >"$WORK/pgbench-$list.sql"
  pgbench -n -c 64 -j 2 -T "$RUN_SECONDS" -D n="$n" -f "$WORK/pgbench-$list.sql" bench \
    >"$WORK/pgbench-$list.txt" 2>&1 || { cat "$WORK/pgbench-$list.txt"; exit 1; }
  tps=$(awk '/^tps/ {print $3}' "$WORK/pgbench-$list.txt")
  lat=$(awk '/latency average/ {print $4 $5}' "$WORK/pgbench-$list.txt")
  results+=("PostGIS ST_AsMVT (pgbench), $list, ${RUN_SECONDS} s|$tps|avg $lat|n/a|")
done

echo
printf '%-42s %12s %12s %12s  %s\n' "run (64 connections)" "requests/s" "p50" "p99" "notes"
for r in "${results[@]}"; do
  IFS='|' read -r name rps p50 p99 errors <<<"$r"
  printf '%-42s %12s %12s %12s  %s\n' "$name" "$rps" "$p50" "$p99" "$errors"
done
machine_line
