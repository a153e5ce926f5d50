# Shared by the comparison scripts: package installation, demo data, a private PostgreSQL cluster
# on loopback, and timing. Source it; it sets ROOT (the repository) and WORK (a temp folder).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="${WORK:-$(mktemp -d /tmp/mineeco-compare.XXXXXX)}"
mkdir -p "$WORK"
PGPORT="${PGPORT:-55432}"
PGBIN=/usr/lib/postgresql/15/bin
GK_SRID=4546 # CGCS2000 / 3-degree Gauss-Kruger CM 111E: the zone a user would pick for 108.7-113.3E

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# apt-get install, waiting while another apt holds the lock.
install_packages() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  for attempt in $(seq 1 30); do
    if DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${missing[@]}" >"$WORK/apt.log" 2>&1; then
      return 0
    fi
    log "apt-get failed (attempt $attempt, lock held?), retrying in 20 s"
    sleep 20
  done
  cat "$WORK/apt.log" >&2
  return 1
}

# Seconds since the epoch with nanoseconds.
now() { date +%s.%N; }

# Elapsed seconds since $1, two decimals.
since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$(now)"; }

# The generated demo province with $1 patches under $WORK/data (or $DATA when set), with the demo
# spec beside it. Prints the folder.
demo_data() {
  local dir="${DATA:-$WORK/data}"
  if [ ! -f "$dir/patches.geojson" ]; then
    log "generating $1 patches into $dir"
    "$ROOT/mineeco" generate-demo --out "$dir" --patches "$1" >&2
  fi
  cp "$ROOT/data/demo/analysis.yaml" "$dir/analysis.yaml"
  echo "$dir"
}

# The benchmark jar (JMH and the data set tools), built when missing or older than the sources.
bench_jar() {
  local jar="$ROOT/mineeco-bench/target/benchmarks.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$ROOT"/mineeco-*/src/main "$ROOT"/pom.xml -newer "$jar" -print -quit)" ]; then
    log "building mineeco-bench"
    (cd "$ROOT" && mvn -B -q -DskipTests -Dspotless.check.skip=true -Dmaven.javadoc.skip=true \
      -Dmaven.source.skip=true -pl mineeco-bench -am package >&2)
  fi
  echo "$jar"
}

# Java 21 or later, as the launcher finds it.
bench_java() {
  local java
  for java in "${JAVA_HOME:-/nonexistent}/bin/java" /usr/lib/jvm/*/bin/java; do
    if [ -x "$java" ] && "$java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
      echo "$java"
      return
    fi
  done
  echo "no Java >= 21 found" >&2
  return 1
}

# The benchmark province with $1 patches under $WORK/data (or $DATA): the generated demo province
# with its rivers and county outlines made as detailed as real ones (DenseProvince), or as
# generated with DENSE=0; the demo spec beside it. Prints the folder.
bench_data() {
  local dir="${DATA:-$WORK/data}"
  if [ "${DENSE:-1}" = 0 ]; then
    DATA="$dir" demo_data "$1"
    return
  fi
  if [ ! -f "$dir/.dense" ]; then
    DATA="$dir" demo_data "$1" >/dev/null
    log "making the rivers and county outlines of $dir as detailed as real ones"
    "$(bench_java)" -cp "$(bench_jar)" org.mineeco.bench.DenseProvince "$dir" >&2
    touch "$dir/.dense"
  fi
  cp "$ROOT/data/demo/analysis.yaml" "$dir/analysis.yaml"
  echo "$dir"
}

# Builds the jar and records the launcher's start-up cache (JDK 25+) if needed, untimed: what a
# user's first command does once.
ready_mineeco() {
  "$ROOT/mineeco" --version >/dev/null
}

# Runs ./mineeco analyze on $1/analysis.yaml into $2; sets MINEECO_SECONDS (wall clock, JVM start
# and file writing included), MINEECO_CPU_SECONDS (user + system), MINEECO_RSS_MB and
# MINEECO_OVERLAY_SECONDS (as the command reports).
run_mineeco() {
  local start
  ready_mineeco
  start=$(now)
  /usr/bin/time -v "$ROOT/mineeco" analyze --language en --no-cache --spec "$1/analysis.yaml" --out "$2" >"$2.log" 2>&1
  MINEECO_SECONDS=$(since "$start")
  MINEECO_RSS_MB=$(awk '/Maximum resident/ {printf "%.0f", $6 / 1024}' "$2.log")
  MINEECO_CPU_SECONDS=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$2.log")
  MINEECO_OVERLAY_SECONDS=$(sed -n 's/.* patches in \([0-9.]*\) s$/\1/p' "$2.log" | tail -1)
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_postgres() {
  if [ -n "${PGDATA_DIR:-}" ] && [ -f "$PGDATA_DIR/postmaster.pid" ]; then
    as_postgres "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w stop >/dev/null 2>&1 || true
  fi
}

# A private cluster in $WORK/pg listening on 127.0.0.1:$PGPORT only; stopped when the script exits.
start_postgres() {
  local dir="$WORK/pg"
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir" "$WORK"
  PGDATA_DIR="$dir/data"
  as_postgres "$PGBIN/initdb" -D "$PGDATA_DIR" -A trust -U postgres >"$dir/initdb.log"
  trap stop_postgres EXIT
  as_postgres "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -l "$dir/server.log" -w start -o \
    "-p $PGPORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir -c fsync=off \
     -c shared_buffers=1GB -c work_mem=256MB -c maintenance_work_mem=512MB \
     -c max_parallel_workers_per_gather=2 -c jit=off" >/dev/null
  export PGHOST=127.0.0.1 PGUSER=postgres PGDATABASE=bench
  export PGPORT
  psql -q -d postgres -c "CREATE DATABASE bench"
  psql -q -c "CREATE EXTENSION postgis"
  log "PostgreSQL $(psql -tAc 'SHOW server_version'), PostGIS $(psql -tAc 'SELECT postgis_lib_version()'), GEOS $(psql -tAc 'SELECT postgis_geos_version()') on 127.0.0.1:$PGPORT"
}

# Loads GeoJSON file $1 into table $2 with a GiST index (ogr2ogr).
load_layer() {
  ogr2ogr -f PostgreSQL "PG:host=127.0.0.1 port=$PGPORT user=postgres dbname=bench" "$1" \
    -nln "$2" -nlt GEOMETRY -lco GEOMETRY_NAME=geom -lco FID=fid -lco SPATIAL_INDEX=GIST \
    -lco PRECISION=NO --config PG_USE_COPY YES
}

machine_line() {
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
}
