#!/usr/bin/env bash
# mineeco analyze vs PostGIS on the same generated demo province and the demo spec.
# Usage: mineeco-bench/scripts/compare-postgis.sh [PATCHES]   (default 10000; DATA=dir reuses data)
# Installs postgresql-15-postgis-3 and gdal-bin, starts a private PostgreSQL on 127.0.0.1:$PGPORT
# (55432), loads the GeoJSON files with ogr2ogr, runs compare-postgis.sql step by step, checks the
# per-patch areas against mineeco's and prints the times and ratios. Everything is stopped at exit.
# PG_DISTANCES=0 skips the corridor-distance step (minutes at 50k patches).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
PATCHES="${1:-10000}"
install_packages postgresql-15 postgresql-15-postgis-3 gdal-bin
data=$(demo_data "$PATCHES")
machine_line

log "mineeco analyze ($PATCHES patches)"
run_mineeco "$data" "$WORK/mineeco"
log "mineeco: ${MINEECO_SECONDS} s wall, ${MINEECO_RSS_MB} MB max RSS"

start_postgres
start=$(now)
for layer in patches rivers redline farmland reserves scenic towns roads lakes; do
  load_layer "$data/$layer.geojson" "$layer"
done
psql -q -c "ANALYZE"
LOAD_SECONDS=$(since "$start")
log "loaded in ${LOAD_SECONDS} s"

awk -v dir="$WORK" '/^-- step: / {n++; name=substr($0, 10); print name > (dir "/steps.txt")} n {print > (dir "/step" n ".sql")}' \
  "$(dirname "${BASH_SOURCE[0]}")/compare-postgis.sql"
STEP_TIMES=()
total_start=$(now)
n=0
while IFS= read -r name; do
  n=$((n + 1))
  if [ "${PG_DISTANCES:-1}" = 0 ] && [ "$name" = "corridor distances" ]; then
    log "$name: skipped (PG_DISTANCES=0)"
    continue
  fi
  start=$(now)
  psql -q -v ON_ERROR_STOP=1 -v gk="$GK_SRID" -f "$WORK/step$n.sql" >/dev/null
  STEP_TIMES+=("$name|$(since "$start")")
  log "$name: ${STEP_TIMES[-1]#*|} s"
done <"$WORK/steps.txt"
SQL_SECONDS=$(since "$total_start")
psql -q -c "\\copy (SELECT tbbh, col, m2, planar_m2 FROM result) TO '$WORK/postgis.csv' CSV HEADER"

echo
python3 "$(dirname "${BASH_SOURCE[0]}")/compare.py" "$WORK/mineeco/patches.csv" "$WORK/postgis.csv" PostGIS
echo
printf '%-44s %10s %10s\n' "step ($PATCHES patches, $(nproc) cores)" seconds "vs mineeco"
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}x')" "$1" "$2"; }
printf '%-44s %10s %10s\n' "mineeco analyze (wall, JVM + read + write)" "$MINEECO_SECONDS" 1.00x
printf '%-44s %10s %10s\n' "  of which read + overlay (as it reports)" "$MINEECO_OVERLAY_SECONDS" ""
printf '%-44s %10s %10s\n' "PostGIS load (ogr2ogr, GiST)" "$LOAD_SECONDS" "$(ratio "$LOAD_SECONDS" "$MINEECO_SECONDS")"
for t in "${STEP_TIMES[@]}"; do
  printf '%-44s %10s %10s\n' "PostGIS $(cut -d'|' -f1 <<<"$t")" "${t#*|}" "$(ratio "${t#*|}" "$MINEECO_SECONDS")"
done
printf '%-44s %10s %10s\n' "PostGIS all SQL" "$SQL_SECONDS" "$(ratio "$SQL_SECONDS" "$MINEECO_SECONDS")"
both=$(python3 -c "print(f'{$SQL_SECONDS + $LOAD_SECONDS:.2f}')")
printf '%-44s %10s %10s\n' "PostGIS load + SQL" "$both" "$(ratio "$both" "$MINEECO_SECONDS")"
machine_line
