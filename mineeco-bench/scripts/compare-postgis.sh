#!/usr/bin/env bash
# mineeco analyze vs PostGIS doing the same work (compare-postgis.sql) on the same generated
# province, whose rivers and county outlines are as detailed as real ones (DenseProvince).
# Usage: mineeco-bench/scripts/compare-postgis.sh [PATCHES]   (default 10000)
#   DATA=dir        reuse (or create) the data set there
#   DENSE=0         the generator's province as it is (rivers 10k vertices, simple counties)
#   PG_WORKERS=N    max_parallel_workers_per_gather (default 0: the steps' own concurrent sessions
#                   use the two cores; see RESULTS.md for what parallel query gave)
#   RUNS=N          N alternating rounds (mineeco, then PostGIS); medians printed at the end
# Installs postgresql-15-postgis-3 and gdal-bin, starts a private PostgreSQL on a free loopback
# port, loads every layer with ogr2ogr (COPY, two layers at a time), runs compare-postgis.sql step
# by step (the parts of a step in concurrent sessions), checks the two sides' per-patch figures
# against each other (compare.py; a failed check fails the script) and prints times and ratios.
# Everything is stopped at exit.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ -n "${PGPORT:-}" ] || PGPORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export PGPORT
source "$here/lib.sh"
PATCHES="${1:-10000}"
RUNS="${RUNS:-1}"
install_packages postgresql-15 postgresql-15-postgis-3 gdal-bin
data=$(bench_data "$PATCHES")
machine_line

start_postgres

# The SQL file cut into steps, and each step into its concurrent parts.
awk -v dir="$WORK" '
  /^-- step: / {n++; p = 1; print substr($0, 10) > (dir "/steps.txt"); next}
  /^-- and:/ {p++; next}
  n {print > (dir "/step" n "." p ".sql")}' "$here/compare-postgis.sql"

postgis_round() {
  psql -q -d postgres -c "DROP DATABASE IF EXISTS bench" -c "CREATE DATABASE bench TEMPLATE bench_empty" \
    -c "ALTER DATABASE bench SET max_parallel_workers_per_gather = ${PG_WORKERS:-0}" \
    -c "ALTER DATABASE bench SET parallel_setup_cost = 100" \
    -c "ALTER DATABASE bench SET parallel_tuple_cost = 0.01"
  local start
  start=$(now)
  printf '%s\n' patches rivers redline farmland reserves scenic towns roads lakes counties |
    xargs -P 2 -I{} bash -c 'load_layer "$1/$2.geojson" "$2"' _ "$data" {}
  psql -q -c "ANALYZE"
  LOAD_SECONDS=$(since "$start")
  log "PostGIS: loaded in ${LOAD_SECONDS} s"
  STEP_TIMES=()
  local total_start n=0 name part
  total_start=$(now)
  while IFS= read -r name; do
    n=$((n + 1))
    start=$(now)
    for part in "$WORK"/step$n.*.sql; do
      psql -q -v ON_ERROR_STOP=1 -v gk="$GK_SRID" -f "$part" >"$part.log" 2>&1 &
    done
    if ! wait_all; then
      cat "$WORK"/step$n.*.sql.log >&2
      return 1
    fi
    STEP_TIMES+=("$name|$(since "$start")")
    log "PostGIS $name: ${STEP_TIMES[-1]#*|} s"
  done <"$WORK/steps.txt"
  SQL_SECONDS=$(since "$total_start")
  psql -q -c "\\copy (SELECT tbbh, col, value FROM result) TO '$WORK/postgis.csv' CSV HEADER"
  psql -q -c "\\copy (SELECT tbbh, xzqdm FROM region) TO '$WORK/postgis-region.csv' CSV HEADER"
  # For the agreement checks, untimed: each patch's extent in the plane and its place.
  psql -q -c "\\copy (SELECT tbbh, ST_Length(ST_BoundingDiagonal(g)) AS diam, ST_X(ST_Centroid(geom)) AS lon, ST_Y(ST_Centroid(geom)) AS lat FROM p) TO '$WORK/postgis-patches.csv' CSV HEADER"
}

# Waits for every background job; false when one failed.
wait_all() {
  local ok=0 job
  for job in $(jobs -p); do wait "$job" || ok=1; done
  return $ok
}

psql -q -d postgres -c "ALTER DATABASE bench RENAME TO bench_empty"
export -f load_layer
export PGPORT data
ours=()
theirs=()
for round in $(seq 1 "$RUNS"); do
  log "round $round of $RUNS: mineeco analyze ($PATCHES patches), load $(cut -d' ' -f1 /proc/loadavg)"
  run_mineeco "$data" "$WORK/mineeco"
  log "mineeco: ${MINEECO_SECONDS} s wall, ${MINEECO_CPU_SECONDS} s CPU, ${MINEECO_RSS_MB} MB max RSS"
  log "round $round of $RUNS: PostGIS, load $(cut -d' ' -f1 /proc/loadavg)"
  postgis_round
  both=$(python3 -c "print(f'{$SQL_SECONDS + $LOAD_SECONDS:.2f}')")
  ours+=("$MINEECO_SECONDS")
  theirs+=("$both")
  log "round $round: mineeco $MINEECO_SECONDS s, PostGIS $both s (load $LOAD_SECONDS + SQL $SQL_SECONDS)"
done

echo
python3 "$here/compare.py" "$WORK/mineeco/patches.csv" "$WORK/postgis.csv" PostGIS \
  --regions "$WORK/postgis-region.csv" --patches "$WORK/postgis-patches.csv" --check
echo
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}x')" "$1" "$2"; }
printf '%-44s %10s %10s\n' "step ($PATCHES patches, $(nproc) cores, last round)" seconds "vs mineeco"
printf '%-44s %10s %10s\n' "mineeco analyze (wall, JVM + read + write)" "$MINEECO_SECONDS" 1.00x
printf '%-44s %10s %10s\n' "  of which read + overlay (as it reports)" "$MINEECO_OVERLAY_SECONDS" ""
printf '%-44s %10s %10s\n' "  CPU (user + system), per patch" "$MINEECO_CPU_SECONDS" \
  "$(python3 -c "print(f'{1e6 * $MINEECO_CPU_SECONDS / $PATCHES:.0f} us')")"
printf '%-44s %10s %10s\n' "PostGIS load (ogr2ogr, GiST)" "$LOAD_SECONDS" "$(ratio "$LOAD_SECONDS" "$MINEECO_SECONDS")"
for t in "${STEP_TIMES[@]}"; do
  printf '%-44s %10s %10s\n' "PostGIS $(cut -d'|' -f1 <<<"$t")" "${t#*|}" "$(ratio "${t#*|}" "$MINEECO_SECONDS")"
done
printf '%-44s %10s %10s\n' "PostGIS all SQL" "$SQL_SECONDS" "$(ratio "$SQL_SECONDS" "$MINEECO_SECONDS")"
printf '%-44s %10s %10s\n' "PostGIS load + SQL" "$both" "$(ratio "$both" "$MINEECO_SECONDS")"
if [ "$RUNS" -gt 1 ]; then
  python3 - "${ours[*]}" "${theirs[*]}" <<'EOF'
import statistics, sys
a = [float(x) for x in sys.argv[1].split()]
b = [float(x) for x in sys.argv[2].split()]
print(f"medians of {len(a)} alternating rounds: mineeco {statistics.median(a):.2f} s, "
      f"PostGIS load + SQL {statistics.median(b):.2f} s: {statistics.median(b) / statistics.median(a):.2f}x")
print("rounds: " + ", ".join(f"{x:.2f} / {y:.2f}" for x, y in zip(a, b)))
EOF
fi
machine_line
