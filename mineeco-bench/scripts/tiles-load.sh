#!/usr/bin/env bash
# Tile-serving load on loopback: ./mineeco serve (the demo spec) under wrk with 64 connections, for
# a cached list (300 dense tiles at z12-14, requested over and over) and an uncached one (every
# z12-14 tile over the demo patches, shuffled: each mostly requested once), and PostGIS ST_AsMVT for
# the same tile lists under pgbench with 64 clients (queries only, no HTTP). RUN_SECONDS (20) each.
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
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
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
  for list in dense all; do
    [ "$list" = dense ] && while read -r t; do
      curl -s -o /dev/null -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT/patches/$t.mvt"
    done <"$WORK/dense.txt"
    TILES="$WORK/$list.txt" wrk -t2 -c64 -d"${RUN_SECONDS}s" --latency -s "$here/tiles.lua" \
      "http://127.0.0.1:$PORT" >"$WORK/wrk-$list.txt"
    rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-$list.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk-$list.txt")
    p50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk-$list.txt")
    errors=$(grep -E 'Non-2xx|Socket errors' "$WORK/wrk-$list.txt" | tr '\n' ' ')
    results+=("mineeco serve, $list|$rps|$p50|$p99|$errors")
  done
else
  echo "./mineeco has no serve command in this checkout: server runs skipped"
  trap stop_all EXIT
fi

start_postgres
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
  results+=("PostGIS ST_AsMVT (pgbench), $list|$tps|avg $lat|n/a|")
done

echo
printf '%-36s %12s %12s %12s  %s\n' "run (64 connections, ${RUN_SECONDS} s)" "requests/s" "p50" "p99" "errors"
for r in "${results[@]}"; do
  IFS='|' read -r name rps p50 p99 errors <<<"$r"
  printf '%-36s %12s %12s %12s  %s\n' "$name" "$rps" "$p50" "$p99" "$errors"
done
machine_line
