#!/usr/bin/env bash
# Vector-tile export side by side: ./mineeco export-pmtiles on the demo spec (the analysis, then
# every map layer to z0-14 as one PMTiles archive, under a bounded heap: HEAP, default 512m)
# against GDAL's MVT driver writing the same source layers (patches, counties, rivers, red line,
# farmland and the five buffer sources, gathered untimed into one GeoPackage) to z0-14:
# `ogr2ogr -f MBTiles all.mbtiles all.gpkg -dsco MAXZOOM=14` (Debian's gdal-bin, one thread).
# RUNS (3) pairs, alternating which side goes first; every run under /usr/bin/time -v: wall
# clock, CPU (user + system), maximum resident set size, and the 1-minute load average at its
# start. Prints each run, then the medians and the ratio (GDAL wall / mineeco wall).
# Usage: mineeco-bench/scripts/export-vs-gdal.sh   (RUNS=3 HEAP=512m)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUNS="${RUNS:-3}"
HEAP="${HEAP:-512m}"
install_packages gdal-bin
demo="$ROOT/data/demo"
machine_line
echo "GDAL $(ogr2ogr --version)"

log "gathering the source layers into $WORK/all.gpkg (untimed)"
rm -f "$WORK/all.gpkg"
for layer in patches counties rivers redline farmland reserves scenic towns roads lakes; do
  ogr2ogr -f GPKG -append -nln "$layer" "$WORK/all.gpkg" "$demo/$layer.geojson"
done
ready_mineeco

results=()
# Runs command $2... as run $1 under /usr/bin/time -v and appends name|wall|cpu|rss|load.
timed() {
  local name=$1 load out="$WORK/time-$RANDOM.txt"
  shift
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -v "$@" >"$out" 2>&1 || { tail -20 "$out"; exit 1; }
  results+=("$name|$(awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); wall = (n == 3) ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2] }
    /User time/ { cpu += $2 } /System time/ { cpu += $2 }
    /Maximum resident/ { rss = $2 / 1024 }
    END { printf "%.2f|%.2f|%.0f", wall, cpu, rss }' "$out")|$load")
  grep -E "^wrote|export-pmtiles:" "$out" | tail -2 >&2 || true
}

gdal() {
  rm -f "$WORK/all.mbtiles"
  timed "GDAL ogr2ogr -f MBTiles" ogr2ogr -f MBTiles "$WORK/all.mbtiles" "$WORK/all.gpkg" -dsco MAXZOOM=14
}
mineeco() {
  rm -f "$WORK/demo.pmtiles"
  MINEECO_JAVA_OPTS="-Xmx$HEAP" timed "mineeco export-pmtiles -Xmx$HEAP" \
    "$ROOT/mineeco" export-pmtiles --language en --spec "$demo/analysis.yaml" --out "$WORK/demo.pmtiles"
}

for run in $(seq 1 "$RUNS"); do
  log "pair $run of $RUNS"
  if [ $((run % 2)) -eq 1 ]; then gdal; mineeco; else mineeco; gdal; fi
done
echo "tiles: GDAL $(python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from tiles').fetchone()[0])" "$WORK/all.mbtiles"),"\
  "mineeco $(grep -ho '[0-9]* tiles (' "$WORK"/time-*.txt | head -1 | cut -d' ' -f1)"
echo
printf '%-36s %9s %9s %9s %6s\n' run wall_s cpu_s rss_MB load
for r in "${results[@]}"; do
  IFS='|' read -r name wall cpu rss load <<<"$r"
  printf '%-36s %9s %9s %9s %6s\n' "$name" "$wall" "$cpu" "$rss" "$load"
done
echo
printf '%s\n' "${results[@]}" | python3 -c "
import statistics, sys
from collections import defaultdict
runs = defaultdict(list)
for line in sys.stdin:
    name, wall, cpu, rss, load = line.rstrip('\n').split('|')
    runs[name].append((float(wall), float(cpu), float(rss), float(load)))
med = {}
for name, v in runs.items():
    med[name] = [statistics.median(x[i] for x in v) for i in range(3)]
    print(f'{name:36} median wall {med[name][0]:7.2f} s  CPU {med[name][1]:7.2f} s  max RSS {med[name][2]:6.0f} MB  load {min(x[3] for x in v):.1f}-{max(x[3] for x in v):.1f}')
g = next(v for k, v in med.items() if k.startswith('GDAL'))
m = next(v for k, v in med.items() if k.startswith('mineeco'))
print(f'wall: GDAL / mineeco = {g[0] / m[0]:.2f} (above 1: mineeco faster); CPU: GDAL / mineeco = {g[1] / m[1]:.2f}')
"
machine_line
