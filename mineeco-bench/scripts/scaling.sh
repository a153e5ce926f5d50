#!/usr/bin/env bash
# Time and peak memory of ./mineeco analyze on generated demo provinces of growing size, and with
# the demo zone stack doubled (every zone of data/demo/analysis.yaml listed twice).
# Usage: mineeco-bench/scripts/scaling.sh [SIZES...]   (default: 10000 50000 200000)
# Data sets go to $WORK/p<N> (reused when present; 1,000,000 patches take ~6 min to generate).
# Every analysis runs with a 2 GB heap (MINEECO_JAVA_OPTS=-Xmx2g unless set). A last run analyses
# 10,000 patches against the demo stack with 200,000 farmland parcels (FARMLAND=0 skips it).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 50000 200000)

doubled_spec() {
  python3 - "$1" "$2" <<'PY'
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
out = []
zones = [l for l in lines if re.match(r"  - \{name: ", l)]
for l in lines:
    out.append(l)
    if l.startswith("regions:"):
        break
i = out.index(next(l for l in out if l.startswith("regions:")))
out[i:i] = [re.sub(r"name: ([a-z_]+)", r"name: \1_2", z) for z in zones]
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
PY
}

printf '%-28s %9s %10s %12s %10s  %s\n' run patches seconds "s per 10k" "max RSS" load
run() { # label, data dir, spec, patches
  local out="$WORK/out-$1"
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  run_mineeco_spec "$3" "$out"
  printf '%-28s %9s %10s %12s %7s MB  %s -> %s\n' "$1" "$4" "$MINEECO_SECONDS" \
    "$(python3 -c "print(f'{$MINEECO_SECONDS / ($4 / 10000):.2f}')")" "$MINEECO_RSS_MB" "$load" \
    "$(cut -d' ' -f1 /proc/loadavg)"
}
run_mineeco_spec() {
  local dir
  dir=$(dirname "$1")
  local start
  ready_mineeco
  start=$(now)
  MINEECO_JAVA_OPTS="${MINEECO_JAVA_OPTS:--Xmx2g}" /usr/bin/time -v "$ROOT/mineeco" analyze \
    --no-cache --spec "$1" --out "$2" >"$2.log" 2>&1
  MINEECO_SECONDS=$(since "$start")
  MINEECO_RSS_MB=$(awk '/Maximum resident/ {printf "%.0f", $6 / 1024}' "$2.log")
}

for n in "${sizes[@]}"; do
  dir=$(DATA="$WORK/p$n" demo_data "$n")
  run "analyze $n" "$dir" "$dir/analysis.yaml" "$n"
  doubled_spec "$dir/analysis.yaml" "$dir/analysis-x2.yaml"
  [ "$n" -le 50000 ] && run "analyze $n, zones x2" "$dir" "$dir/analysis-x2.yaml" "$n"
done
if [ "${FARMLAND:-200000}" != 0 ]; then
  dir="$WORK/farmland${FARMLAND:-200000}"
  if [ ! -f "$dir/patches.geojson" ]; then
    log "generating 10000 patches and ${FARMLAND:-200000} farmland parcels into $dir"
    "$ROOT/mineeco" generate-demo --out "$dir" --patches 10000 --farmland "${FARMLAND:-200000}" >&2
  fi
  cp "$ROOT/data/demo/analysis.yaml" "$dir/analysis.yaml"
  run "analyze 10000, farmland ${FARMLAND:-200000}" "$dir" "$dir/analysis.yaml" 10000
fi
machine_line
