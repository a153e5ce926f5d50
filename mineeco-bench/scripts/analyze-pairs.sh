#!/usr/bin/env bash
# Before and after: `mineeco analyze` of this checkout against an earlier one, in alternating runs
# on the same benchmark province (DenseProvince, as compare-postgis.sh uses), each whole command
# timed (JVM start, the analysis and the writing), with the load beside each run.
# Usage: BASE=<commit> BASE_JAR=<mineeco.jar built at that commit> \
#          mineeco-bench/scripts/analyze-pairs.sh [PATCHES]   (default 10000)
#   RUNS=N      rounds (default 3); each round runs the earlier checkout, then this one
#   DATA=dir    reuse (or create) the data set there
# The earlier checkout runs through its own launcher (`git show $BASE:mineeco`, with its own
# JVM options and start-up cache); the outputs of the two are compared file by file at the end
# (the GeoPackage by its tables, without gpkg_contents' time stamp).
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/lib.sh"
PATCHES="${1:-10000}"
RUNS="${RUNS:-3}"
: "${BASE:?BASE=<commit> is required}" "${BASE_JAR:?BASE_JAR=<jar built at BASE> is required}"
data=$(bench_data "$PATCHES")
base="$WORK/base"
mkdir -p "$base/mineeco-tiles/target" "$base/data"
git -C "$ROOT" show "$BASE:mineeco" >"$base/mineeco"
chmod +x "$base/mineeco"
cp -r "$ROOT/data/demo" "$base/data/"
cp "$BASE_JAR" "$base/mineeco-tiles/target/mineeco.jar"
"$base/mineeco" --version >/dev/null
ready_mineeco
machine_line

# Runs the launcher in $1 on the data into $WORK/$2; sets WALL, CPU (user + system) and RSS (MB).
timed() {
  rm -rf "${WORK:?}/$2"
  if ! /usr/bin/time -f "%e %U %S %M" -o "$WORK/$2.time" "$1/mineeco" analyze --language en \
    --no-cache --spec "$data/analysis.yaml" --out "$WORK/$2" >"$WORK/$2.log" 2>&1; then
    tail -n 5 "$WORK/$2.log" >&2
    exit 1
  fi
  read -r WALL CPU RSS < <(awk '{printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024}' "$WORK/$2.time")
}

results=()
for round in $(seq 1 "$RUNS"); do
  for side in before after; do
    root="$ROOT"
    [ "$side" = before ] && root="$base"
    load=$(cut -d' ' -f1 /proc/loadavg)
    timed "$root" "$side"
    log "round $round $side: $WALL s wall, $CPU s CPU, $RSS MB max RSS (load $load)"
    results+=("$side $WALL $CPU")
  done
done

python3 - "$PATCHES" "${results[@]}" <<'EOF'
import statistics, sys
patches = int(sys.argv[1])
runs = {}
for r in sys.argv[2:]:
    side, wall, cpu = r.split()
    runs.setdefault(side, []).append((float(wall), float(cpu)))
for side in ("before", "after"):
    wall = statistics.median(w for w, _ in runs[side])
    cpu = statistics.median(c for _, c in runs[side])
    print(f"{side:6s} median {wall:6.2f} s wall, {cpu:6.2f} s CPU, {1e6 * cpu / patches:5.0f} us CPU per patch")
b = statistics.median(w for w, _ in runs["before"])
a = statistics.median(w for w, _ in runs["after"])
print(f"after / before wall: {a / b:.2f}")
EOF

# The outputs agree: the CSV files byte for byte, the GeoPackage table by table.
for f in "$WORK"/after/*.csv; do
  cmp -s "$f" "$WORK/before/$(basename "$f")" || echo "differs: $(basename "$f")"
done
python3 - "$WORK/before/patches.gpkg" "$WORK/after/patches.gpkg" <<'EOF'
import hashlib, sqlite3, sys
def tables(path):
    c = sqlite3.connect(path)
    out = {}
    for (t,) in c.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        cols = [r[1] for r in c.execute(f'PRAGMA table_info("{t}")') if r[1] != "last_change"]
        h = hashlib.sha256()
        for row in c.execute(f'SELECT {", ".join(chr(34) + x + chr(34) for x in cols)} FROM "{t}"'):
            h.update(repr(row).encode())
        out[t] = h.hexdigest()
    return out
a, b = tables(sys.argv[1]), tables(sys.argv[2])
diff = [t for t in sorted(set(a) | set(b)) if a.get(t) != b.get(t)]
print("patches.gpkg: " + ("same tables" if not diff else "differs in " + ", ".join(diff)))
EOF
machine_line
