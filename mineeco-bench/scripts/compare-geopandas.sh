#!/usr/bin/env bash
# mineeco analyze vs GeoPandas (Debian's python3-geopandas) on the same generated demo province.
# Usage: mineeco-bench/scripts/compare-geopandas.sh [PATCHES]   (default 10000; DATA=dir reuses data)
# Runs compare-geopandas.py, checks its per-patch areas against mineeco's and prints times and ratios.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
PATCHES="${1:-10000}"
here="$(dirname "${BASH_SOURCE[0]}")"
install_packages python3-geopandas
data=$(demo_data "$PATCHES")
machine_line

log "mineeco analyze ($PATCHES patches)"
run_mineeco "$data" "$WORK/mineeco"
log "mineeco: ${MINEECO_SECONDS} s wall, ${MINEECO_RSS_MB} MB max RSS"

log "GeoPandas"
start=$(now)
/usr/bin/time -v /usr/bin/python3 "$here/compare-geopandas.py" "$data" "$WORK/geopandas.csv" "$WORK/geopandas-times.csv" 2>"$WORK/geopandas.log"
GPD_SECONDS=$(since "$start")
GPD_RSS_MB=$(awk '/Maximum resident/ {printf "%.0f", $6 / 1024}' "$WORK/geopandas.log")

echo
python3 "$here/compare.py" "$WORK/mineeco/patches.csv" "$WORK/geopandas.csv" GeoPandas
echo
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}x')" "$1" "$2"; }
printf '%-46s %10s %10s\n' "step ($PATCHES patches, $(nproc) cores)" seconds "vs mineeco"
printf '%-46s %10s %10s\n' "mineeco analyze (wall, JVM + read + write)" "$MINEECO_SECONDS" 1.00x
printf '%-46s %10s %10s\n' "  of which read + overlay (as it reports)" "$MINEECO_OVERLAY_SECONDS" ""
tail -n +2 "$WORK/geopandas-times.csv" | while IFS=, read -r name seconds; do
  printf '%-46s %10.2f %10s\n' "GeoPandas $name" "$seconds" "$(ratio "$seconds" "$MINEECO_SECONDS")"
done
printf '%-46s %10s %10s\n' "GeoPandas total (python wall)" "$GPD_SECONDS" "$(ratio "$GPD_SECONDS" "$MINEECO_SECONDS")"
echo "max RSS: mineeco ${MINEECO_RSS_MB} MB, GeoPandas ${GPD_RSS_MB} MB"
machine_line
