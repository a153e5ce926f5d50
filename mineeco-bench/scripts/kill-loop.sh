#!/usr/bin/env bash
# kill -9 at random moments of `analyze` and `report`, and checks after every kill that the output
# folder holds only complete sets.
#   mineeco-bench/scripts/kill-loop.sh [KILLS_PER_COMMAND] [WORK]     (default 30, a temp folder)
# Runs alternate between two specs (data/demo/analysis.yaml and analysis_legacy.yaml, whose
# outputs differ) into one folder per command, with the analysis cache (so runs are short and the
# commit a larger part of them). Two kills in three come at a random moment of the run (uniform
# over 1.1 x the length of an unkilled run); one in three as soon as the run's commit journal
# appears (the renames of the set), plus a random 0-40 ms. After each kill the folder is classified
# before any mineeco process touched it:
#   complete   mineeco-manifest.txt present, every file it lists matches its SHA-256, no other
#              output file changed (an analyze set equals one of the two reference sets)
#   committing no manifest, a commit journal present: the next process completes it
#   BROKEN     anything else (fails the loop)
# then settled as the next run would (SettleOutputs.java) and checked again (must be complete).
# Bounded: KILLS_PER_COMMAND kills of each command, each run at most 120 s. Prints the counts.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
kills="${1:-30}"
work="${2:-$(mktemp -d /tmp/mineeco-kill-loop.XXXXXX)}"
mkdir -p "$work"
jar="$root/mineeco-tiles/target/mineeco.jar"
[ -f "$jar" ] || { echo "kill-loop: build first (./mineeco --help builds the jar)" >&2; exit 1; }
java=""
for candidate in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/*/bin/java "$(command -v java || true)"; do
  [ -x "$candidate" ] || continue
  major="$("$candidate" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = //p')"
  if [ "${major:-0}" -ge 21 ] 2>/dev/null; then java="$candidate"; break; fi
done
[ -n "$java" ] || { echo "kill-loop: no Java >= 21" >&2; exit 1; }
specs=("$root/data/demo/analysis.yaml" "$root/data/demo/analysis_legacy.yaml")
cache="$work/cache"
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# mineeco in the background; its pid in $run_pid.
start() {
  "$java" -Xmx2g -jar "$jar" "$@" --cache "$cache" >>"$work/runs.log" 2>&1 &
  run_pid=$!
}
# The command line of run $1 (0 or 1) of command $2 into $3.
args() {
  local spec="${specs[$1]}"
  case "$2" in
    analyze) echo analyze --spec "$spec" --out "$3" ;;
    report) echo report --spec "$spec" --preset all --out "$3" ;;
  esac
}

# complete | committing | BROKEN:<why>, for folder $1 (and reference sets $2 $3 for analyze).
classify() {
  local dir="$1" manifest="$1/mineeco-manifest.txt"
  if [ ! -f "$manifest" ]; then
    if compgen -G "$dir/.mineeco-run-*/.commit" >/dev/null; then echo committing; return; fi
    if ! compgen -G "$dir/*" >/dev/null; then echo complete; return; fi # nothing published yet
    echo "BROKEN:no manifest and no journal"; return
  fi
  if ! (cd "$dir" && grep -v '^#' mineeco-manifest.txt | sha256sum -c --quiet >/dev/null 2>&1); then
    echo "BROKEN:a listed file does not match the manifest"; return
  fi
  local f
  for f in "$dir"/*; do
    [ "$(basename "$f")" = mineeco-manifest.txt ] && continue
    grep -q "  $(basename "$f")\$" "$manifest" || { echo "BROKEN:$(basename "$f") not listed"; return; }
  done
  if [ $# -ge 3 ]; then
    local ref same=""
    for ref in "$2" "$3"; do
      if cmp -s "$dir/patches.csv" "$ref/patches.csv" && cmp -s "$dir/summary.csv" "$ref/summary.csv" &&
        cmp -s "$dir/zones.csv" "$ref/zones.csv" && cmp -s "$dir/repairs.csv" "$ref/repairs.csv"; then
        same=yes
      fi
    done
    [ -n "$same" ] || { echo "BROKEN:the CSV files are of neither set"; return; }
  fi
  echo complete
}

declare -A count
bump() { count["$1"]=$((${count["$1"]:-0} + 1)); }
broken=0

for command in analyze report; do
  out="$work/$command"
  refs=()
  # Reference sets and the length of an unkilled run.
  for i in 0 1; do
    ref="$work/ref-$command-$i"
    rm -rf "$ref"
    start $(args "$i" "$command" "$ref")
    wait "$run_pid"
    refs+=("$ref")
  done
  # The length of a run whose analysis is cached, as those of the loop are.
  t0=$(date +%s.%N)
  start $(args 0 "$command" "$work/timing")
  wait "$run_pid"
  length=$(python3 -c "print(max(1.0, $(date +%s.%N) - $t0))")
  log "$command: an unkilled run takes ${length} s"
  rm -rf "$out"
  start $(args 0 "$command" "$out")
  wait "$run_pid"
  for k in $(seq 1 "$kills"); do
    i=$((k % 2))
    start $(args "$i" "$command" "$out")
    if [ $((k % 3)) -eq 0 ]; then
      moment=journal
      # A tight poll (0.2 ms) for the journal, then a kill within the next 2 ms: the renames of a
      # set take about a millisecond.
      python3 - "$out" "$run_pid" <<'PY'
import glob, os, random, signal, sys, time
folder, pid = sys.argv[1], int(sys.argv[2])
deadline = time.time() + 120
while time.time() < deadline:
    if glob.glob(folder + "/.mineeco-run-*/.commit"):
        time.sleep(random.uniform(0, 0.002))
        break
    try:
        os.kill(pid, 0)
    except OSError:
        break
    time.sleep(0.0002)
try:
    os.kill(pid, signal.SIGKILL)
except OSError:
    pass
PY
    else
      moment=random
      sleep "$(python3 -c "import random; print(random.uniform(0, 1.1 * $length))")"
    fi
    if [ "$moment" = random ] && kill -0 "$run_pid" 2>/dev/null; then
      kill -9 "$run_pid" 2>/dev/null || true
    fi
    status=0
    wait "$run_pid" 2>/dev/null || status=$?
    if [ "$status" -eq 137 ]; then
      bump "$command kills"
      bump "$command kills ($moment)"
    else
      bump "$command runs that ended before the kill ($moment)"
    fi
    if [ "$command" = analyze ]; then state=$(classify "$out" "${refs[0]}" "${refs[1]}"); else state=$(classify "$out"); fi
    bump "$command after the kill: ${state%%:*}"
    "$java" -cp "$jar" "$root/mineeco-bench/scripts/SettleOutputs.java" "$out"
    if [ "$command" = analyze ]; then after=$(classify "$out" "${refs[0]}" "${refs[1]}"); else after=$(classify "$out"); fi
    bump "$command after settling: ${after%%:*}"
    if [[ "$state" == BROKEN* || "$after" != complete ]]; then
      broken=$((broken + 1))
      log "$command kill $k ($moment): $state, then $after"
      cp -a "$out" "$work/broken-$command-$k"
    fi
    leftovers=$(compgen -G "$out/.mineeco-run-*" | wc -l || true)
    [ "$leftovers" -eq 0 ] || { bump "$command staging folders left after settling"; }
  done
done
temp=$(compgen -G "${TMPDIR:-/tmp}/mineeco-[0-9]*-*" | while read -r d; do
  pid=$(basename "$d" | cut -d- -f2); kill -0 "$pid" 2>/dev/null || echo "$d"; done | wc -l || true)
echo "kill loop in $work ($(uptime | sed 's/.*load average/load average/'))"
for key in "${!count[@]}"; do printf '  %-55s %5d\n' "$key" "${count[$key]}"; done | sort
printf '  %-55s %5d\n' "temporary folders of dead processes left" "$temp"
printf '  %-55s %5d\n' "broken states" "$broken"
[ "$broken" -eq 0 ]
