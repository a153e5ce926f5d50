#!/usr/bin/env bash
# Tile-serving load on loopback, side by side, 64 connections throughout. Two tile lists from the
# demo patches: `dense` (the 100 tiles holding most patches at each of z12-14) and `all` (every
# z8-14 tile holding a patch, shuffled).
# - the uncached pass: a freshly started ./mineeco serve asked for every `all` tile once by
#   curl --parallel (cold JVM included);
# - then, with everything up at once (./mineeco serve with its cache, ./mineeco serve --cache-mb 0
#   that encodes every request, nginx serving the same gzip tiles from files, PostgreSQL), ROUNDS
#   (3) rounds of RUN_SECONDS (10) runs each, interleaved so that the peers share the machine's
#   moments: cached serve then nginx, uncached serve then PostGIS ST_AsMVT (pgbench, queries only,
#   no HTTP), for both lists, after one untimed warm-up run of each mineeco server on each list (the
#   JIT). The summary gives the median of the rounds and the ratios.
# Every line carries the 1-minute load average at its end.
# CACHED_ONLY=1 runs only the cached serve against nginx (no uncached server, no PostgreSQL).
# BASE_JAR=path/to/mineeco.jar also runs that build's cached serve (PORT+3) in every round, beside
# this one, to compare two commits on the same machine's minutes (BASE_JAVA: its java, a JDK >= 21).
# Usage: mineeco-bench/scripts/tiles-load.sh   (PORT=8765: serve; PORT+1 nginx; PORT+2 serve
# --cache-mb 0; PGPORT=55432; CACHED_ONLY=0)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PORT="${PORT:-8765}"
NGINX_PORT=$((PORT + 1))
UNCACHED_PORT=$((PORT + 2))
RUN_SECONDS="${RUN_SECONDS:-10}"
CACHED_ONLY="${CACHED_ONLY:-0}"
BASE_JAR="${BASE_JAR:-}"
BASE_PORT=$((PORT + 3))
ROUNDS="${ROUNDS:-3}"
install_packages postgresql-15 postgresql-15-postgis-3 gdal-bin wrk nginx
python3 "$here/tiles.py" "$ROOT/data/demo/patches.geojson" "$WORK/dense.txt" "$WORK/all.txt"
machine_line
echo "tile lists: $(wc -l <"$WORK/dense.txt") dense z12-14 tiles, $(wc -l <"$WORK/all.txt") z8-14 tiles"

PIDS=()
stop_all() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  stop_postgres
}
trap stop_all EXIT

load1() { cut -d' ' -f1 /proc/loadavg; }

# Starts ./mineeco serve on port $1 with extra options $2... and waits until it answers.
start_server() {
  local port=$1
  shift
  ${LAUNCH:-"$ROOT/mineeco"} serve --spec "$ROOT/data/demo/analysis.yaml" --host 127.0.0.1 --port "$port" "$@" \
    >"$WORK/serve-$port.log" 2>&1 &
  PIDS+=($!)
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do
    kill -0 "${PIDS[-1]}" 2>/dev/null || { cat "$WORK/serve-$port.log"; exit 1; }
    sleep 1
  done
}

results=()
# Appends a result: name|list|requests/s|p50|p99|load|notes
result() { results+=("$1|$2|$3|$4|$5|$(load1)|$6"); }

# wrk with 64 connections: run name $1, tile list $2, base URL $3.
run_wrk() {
  local out="$WORK/wrk-$1-$2-$RANDOM.txt"
  TILES="$WORK/$2.txt" wrk -t2 -c64 -d"${RUN_SECONDS}s" --latency -s "$here/tiles.lua" "$3" >"$out"
  result "$1" "$2" "$(awk '/Requests\/sec/ {print $2}' "$out")" \
    "$(awk '$1 == "50%" {print $2}' "$out")" "$(awk '$1 == "99%" {print $2}' "$out")" \
    "$(awk '/requests in/ {print $1}' "$out") requests $(grep -E 'Non-2xx|Socket errors' "$out" | tr '\n' ' ' || true)"
}

# pgbench with 64 clients on tile list $1.
run_pgbench() {
  local n out="$WORK/pgbench-$1-$RANDOM"
  n=$(wc -l <"$WORK/$1.txt")
  pgbench -n -c 64 -j 2 -T "$RUN_SECONDS" -D n="$n" -f "$WORK/pgbench-$1.sql" \
    -l --log-prefix="$out" bench >"$out.txt" 2>&1 || { cat "$out.txt"; exit 1; }
  # pgbench -l: one line per transaction, its latency in microseconds in the third field.
  local p50 p99
  read -r p50 p99 < <(cat "$out".[0-9]* | python3 -c "
import sys
v = sorted(int(l.split()[2]) for l in sys.stdin)
print(f'{v[len(v) // 2] / 1000:.2f}ms {v[int(len(v) * 0.99)] / 1000:.2f}ms')")
  result "PostGIS ST_AsMVT" "$1" "$(awk '/^tps/ {print $3}' "$out.txt")" "$p50" "$p99" "queries only"
}

log "the uncached pass: ./mineeco serve on 127.0.0.1:$PORT"
start_server "$PORT"
awk -v port="$PORT" '{print "url = \"http://127.0.0.1:" port "/patches/" $0 ".mvt\"\noutput = \"/dev/null\""}' \
  "$WORK/all.txt" >"$WORK/curl.cfg"
start=$(now)
codes=$(curl -s --no-progress-meter --parallel --parallel-max 64 -H 'Accept-Encoding: gzip' -w '%{http_code}\n' \
  -K "$WORK/curl.cfg" | sort | uniq -c | tr -s ' \n' ' ')
pass=$(since "$start")
result "mineeco serve, uncached pass (curl)" all \
  "$(python3 -c "print(f'{$(wc -l <"$WORK/all.txt") / $pass:.0f}')")" n/a n/a "$pass s, status:$codes"

log "saving the gzip tiles for nginx"
awk -v port="$PORT" -v dir="$WORK/static" \
  '{print "url = \"http://127.0.0.1:" port "/patches/" $0 ".mvt\"\noutput = \"" dir "/patches/" $0 ".mvt\""}' \
  "$WORK/all.txt" "$WORK/dense.txt" >"$WORK/save.cfg"
curl -s --no-progress-meter --create-dirs --parallel --parallel-max 16 -H 'Accept-Encoding: gzip' -K "$WORK/save.cfg"

if [ "$CACHED_ONLY" != 1 ]; then
  log "starting ./mineeco serve --cache-mb 0 on 127.0.0.1:$UNCACHED_PORT"
  start_server "$UNCACHED_PORT" --cache-mb 0
fi

if [ -n "$BASE_JAR" ]; then
  log "starting $BASE_JAR serve on 127.0.0.1:$BASE_PORT and filling its cache"
  java="${BASE_JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java /usr/lib/jvm/*21*/bin/java 2>/dev/null | head -1 || true)}"
  LAUNCH="$java -jar $BASE_JAR" start_server "$BASE_PORT"
  sed "s/:$PORT\//:$BASE_PORT\//" "$WORK/curl.cfg" >"$WORK/curl-base.cfg"
  curl -s --no-progress-meter --parallel --parallel-max 64 -H 'Accept-Encoding: gzip' -K "$WORK/curl-base.cfg" >/dev/null
fi

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
PIDS+=($!)
until curl -s -o /dev/null "http://127.0.0.1:$NGINX_PORT/patches/$(head -1 "$WORK/dense.txt").mvt"; do sleep 0.2; done

if [ "$CACHED_ONLY" != 1 ]; then
start_postgres
trap stop_all EXIT
load_layer "$ROOT/data/demo/patches.geojson" patches
psql -q -c "CREATE TABLE tiles (i int, list text, z int, x int, y int, env geometry, box geometry)"
for list in dense all; do
  awk -F/ -v l="$list" '{print NR "," l "," $1 "," $2 "," $3}' "$WORK/$list.txt" >"$WORK/$list.csv"
  psql -q -c "\\copy tiles (i, list, z, x, y) FROM '$WORK/$list.csv' CSV"
  sed "s/FROM tiles t/FROM (SELECT * FROM tiles WHERE list = '$list') t/" "$here/tiles-pgbench.sql" >"$WORK/pgbench-$list.sql"
done
psql -q -c "UPDATE tiles SET env = ST_TileEnvelope(z, x, y),
  box = ST_Transform(ST_TileEnvelope(z, x, y, margin => 64.0 / 4096), 4490);
  CREATE INDEX ON tiles (list, i); ANALYZE"
fi

log "warming up both servers' JIT: one untimed run on each list (PostgreSQL and nginx need none)"
servers=("$PORT")
[ -z "$BASE_JAR" ] || servers+=("$BASE_PORT")
[ "$CACHED_ONLY" = 1 ] || servers+=("$UNCACHED_PORT")
for list in dense all; do
  for port in "${servers[@]}"; do
    TILES="$WORK/$list.txt" wrk -t2 -c64 -d"${RUN_SECONDS}s" -s "$here/tiles.lua" "http://127.0.0.1:$port" >/dev/null
  done
done

for round in $(seq 1 "$ROUNDS"); do
  log "round $round of $ROUNDS"
  for list in dense all; do
    run_wrk "mineeco serve (cached)" "$list" "http://127.0.0.1:$PORT"
    run_wrk "nginx static files" "$list" "http://127.0.0.1:$NGINX_PORT"
    if [ -n "$BASE_JAR" ]; then
      run_wrk "BASE_JAR serve (cached)" "$list" "http://127.0.0.1:$BASE_PORT"
    fi
    if [ "$CACHED_ONLY" != 1 ]; then
      run_wrk "mineeco serve --cache-mb 0 (uncached)" "$list" "http://127.0.0.1:$UNCACHED_PORT"
      run_pgbench "$list"
    fi
  done
done

echo
echo "every run (64 connections, ${RUN_SECONDS} s each; load = 1-minute load average at its end)"
printf '%-40s %6s %12s %10s %10s %6s  %s\n' run list requests/s p50 p99 load notes
for r in "${results[@]}"; do
  IFS='|' read -r name list rps p50 p99 load notes <<<"$r"
  printf '%-40s %6s %12s %10s %10s %6s  %s\n' "$name" "$list" "$rps" "$p50" "$p99" "$load" "$notes"
done
echo
echo "medians of the $ROUNDS rounds"
printf '%s\n' "${results[@]}" | python3 -c "
import re, statistics, sys
from collections import defaultdict
runs = defaultdict(list)
for line in sys.stdin:
    name, lst, rps, p50, p99, load, notes = line.rstrip('\n').split('|')
    if 'pass' not in name:
        runs[(name, lst)].append((float(rps), p99, float(load)))
def ms(t):
    m = re.match(r'([0-9.]+)(us|ms|s)$', t)
    return float(m.group(1)) * {'us': 0.001, 'ms': 1, 's': 1000}[m.group(2)] if m else float('nan')
med = {}
for (name, lst), v in runs.items():
    med[(name, lst)] = statistics.median(r for r, _, _ in v)
    print(f'{name:40} {lst:6} {med[(name, lst)]:10.0f}/s  p99 median {statistics.median(ms(p) for _, p, _ in v):8.1f} ms  load {min(l for *_, l in v):.1f}-{max(l for *_, l in v):.1f}')
for lst in ('dense', 'all'):
    u = med.get(('mineeco serve --cache-mb 0 (uncached)', lst))
    p = med.get(('PostGIS ST_AsMVT', lst))
    c = med.get(('mineeco serve (cached)', lst))
    n = med.get(('nginx static files', lst))
    if u and p:
        print(f'{lst}: uncached serve / PostGIS = {u / p:.2f}')
    if c and n:
        print(f'{lst}: cached serve / nginx = {c / n:.2f}')
    b = med.get(('BASE_JAR serve (cached)', lst))
    if b and n:
        print(f'{lst}: BASE_JAR cached serve / nginx = {b / n:.2f}; this / BASE_JAR = {c / b:.2f}')
"
machine_line
