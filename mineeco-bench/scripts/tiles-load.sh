#!/usr/bin/env bash
# Tile-serving load on loopback, side by side, 64 connections throughout:
# - ./mineeco serve (the demo spec): the uncached pass (every z8-14 tile holding a demo patch,
#   shuffled, each requested once by curl --parallel on the freshly started server); then wrk on a
#   dense list (300 z12-14 tiles, over and over: cached) and on the whole list (cached after the
#   pass); then a second server with --cache-mb 0 under wrk on both lists (every request encoded:
#   the uncached rate and latency);
# - nginx (Debian's) serving the same gzip tiles from files on disk, under wrk on both lists;
# - PostGIS ST_AsMVT for the same tile lists under pgbench with 64 clients (queries only, no HTTP).
# RUN_SECONDS (20) per run; each line carries the 1-minute load average at its end.
# Usage: mineeco-bench/scripts/tiles-load.sh   (PORT=8765, NGINX_PORT=PORT+1, PGPORT=55432)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PORT="${PORT:-8765}"
NGINX_PORT="${NGINX_PORT:-$((PORT + 1))}"
RUN_SECONDS="${RUN_SECONDS:-20}"
install_packages postgresql-15 postgresql-15-postgis-3 gdal-bin wrk nginx
python3 "$here/tiles.py" "$ROOT/data/demo/patches.geojson" "$WORK/dense.txt" "$WORK/all.txt"
machine_line
echo "tile lists: $(wc -l <"$WORK/dense.txt") dense z12-14 tiles, $(wc -l <"$WORK/all.txt") z8-14 tiles"

SERVER_PID=""
NGINX_PID=""
stop_server() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
  fi
}
stop_all() {
  stop_server
  if [ -n "$NGINX_PID" ]; then
    kill "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
  fi
  stop_postgres
}
trap stop_all EXIT

load1() { cut -d' ' -f1 /proc/loadavg; }

# Starts ./mineeco serve with extra options $@ on PORT and waits until it answers.
start_server() {
  "$ROOT/mineeco" serve --spec "$ROOT/data/demo/analysis.yaml" --host 127.0.0.1 --port "$PORT" "$@" \
    >"$WORK/serve-$#.log" 2>&1 &
  SERVER_PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/health"; do
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/serve-$#.log"; exit 1; }
    sleep 1
  done
}

# wrk with 64 connections on tile list $2 at base URL $3; appends a result line named $1.
run_wrk() {
  local name=$1 list=$2 url=$3 out="$WORK/wrk-$RANDOM.txt"
  TILES="$WORK/$list.txt" wrk -t2 -c64 -d"${RUN_SECONDS}s" --latency -s "$here/tiles.lua" "$url" >"$out"
  local rps p50 p99 errors requests
  rps=$(awk '/Requests\/sec/ {print $2}' "$out")
  p50=$(awk '$1 == "50%" {print $2}' "$out")
  p99=$(awk '$1 == "99%" {print $2}' "$out")
  errors=$(grep -E 'Non-2xx|Socket errors' "$out" | tr '\n' ' ' || true)
  requests=$(awk '/requests in/ {print $1}' "$out")
  results+=("$name, $list, ${RUN_SECONDS} s|$rps|$p50|$p99|$(load1)|$requests requests, $(wc -l <"$WORK/$list.txt") tiles $errors")
}

results=()
log "starting ./mineeco serve on 127.0.0.1:$PORT"
start_server
awk -v port="$PORT" '{print "url = \"http://127.0.0.1:" port "/patches/" $0 ".mvt\"\noutput = \"/dev/null\""}' \
  "$WORK/all.txt" >"$WORK/curl.cfg"
start=$(now)
codes=$(curl -s --no-progress-meter --parallel --parallel-max 64 -H 'Accept-Encoding: gzip' -w '%{http_code}\n' \
  -K "$WORK/curl.cfg" | sort | uniq -c | tr -s ' \n' ' ')
pass=$(since "$start")
rate=$(python3 -c "print(f'{$(wc -l <"$WORK/all.txt") / $pass:.0f}')")
results+=("mineeco serve, all once (uncached pass)|$rate|n/a|n/a|$(load1)|$(wc -l <"$WORK/all.txt") tiles in $pass s, status:$codes")
run_wrk "mineeco serve (cached)" dense "http://127.0.0.1:$PORT"
run_wrk "mineeco serve (cached)" all "http://127.0.0.1:$PORT"

log "saving the gzip tiles for nginx"
awk -v port="$PORT" -v dir="$WORK/static" \
  '{print "url = \"http://127.0.0.1:" port "/patches/" $0 ".mvt\"\noutput = \"" dir "/patches/" $0 ".mvt\""}' \
  "$WORK/all.txt" "$WORK/dense.txt" >"$WORK/save.cfg"
curl -s --no-progress-meter --create-dirs --parallel --parallel-max 16 -H 'Accept-Encoding: gzip' -K "$WORK/save.cfg"
stop_server

log "starting ./mineeco serve --cache-mb 0 (every request encoded)"
start_server --cache-mb 0
run_wrk "mineeco serve --cache-mb 0 (uncached)" dense "http://127.0.0.1:$PORT"
run_wrk "mineeco serve --cache-mb 0 (uncached)" all "http://127.0.0.1:$PORT"
stop_server

log "starting nginx on 127.0.0.1:$NGINX_PORT over $WORK/static"
mkdir -p "$WORK/nginx"
cat >"$WORK/nginx/nginx.conf" <<NGINX
user root;
worker_processes auto;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000000;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/static;
    location / {
      types { }
      default_type application/vnd.mapbox-vector-tile;
      add_header Content-Encoding gzip;
      add_header Cache-Control "public, max-age=3600";
    }
  }
}
NGINX
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
NGINX_PID=$!
until curl -s -o /dev/null "http://127.0.0.1:$NGINX_PORT/patches/$(head -1 "$WORK/dense.txt").mvt"; do sleep 0.2; done
run_wrk "nginx static files" dense "http://127.0.0.1:$NGINX_PORT"
run_wrk "nginx static files" all "http://127.0.0.1:$NGINX_PORT"
kill "$NGINX_PID"
wait "$NGINX_PID" 2>/dev/null || true
NGINX_PID=""

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
  pgbench -n -c 64 -j 2 -T "$RUN_SECONDS" -D n="$n" -f "$WORK/pgbench-$list.sql" \
    -l --log-prefix="$WORK/pglog-$list" bench >"$WORK/pgbench-$list.txt" 2>&1 ||
    { cat "$WORK/pgbench-$list.txt"; exit 1; }
  tps=$(awk '/^tps/ {print $3}' "$WORK/pgbench-$list.txt")
  # pgbench -l: one line per transaction, the third field its latency in microseconds.
  read -r p50 p99 < <(cat "$WORK"/pglog-"$list".* | python3 -c "
import sys
v = sorted(int(l.split()[2]) for l in sys.stdin)
print(f'{v[len(v) // 2] / 1000:.2f}ms {v[int(len(v) * 0.99)] / 1000:.2f}ms')")
  results+=("PostGIS ST_AsMVT (pgbench), $list, ${RUN_SECONDS} s|$tps|$p50|$p99|$(load1)|queries only")
done

echo
printf '%-52s %12s %12s %10s %6s  %s\n' "run (64 connections)" "requests/s" "p50" "p99" "load" "notes"
for r in "${results[@]}"; do
  IFS='|' read -r name rps p50 p99 load notes <<<"$r"
  printf '%-52s %12s %12s %10s %6s  %s\n' "$name" "$rps" "$p50" "$p99" "$load" "$notes"
done
machine_line
