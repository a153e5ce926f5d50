#!/usr/bin/env bash
# Reads the same 1M patches from GeoJSON and from a PostGIS table with the same small heaps:
#   mineeco-bench/scripts/postgis-read-heap.sh PATCHES.geojson [XMX...]   (default 48m)
# Starts a private PostGIS cluster (scripts/postgis-cluster), loads the file with ogr2ogr (COPY),
# then runs ReadHeap.java on each with -Xmx$XMX and prints their lines.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
file="$1"
shift
heaps=("$@")
[ ${#heaps[@]} -gt 0 ] || heaps=(48m)
. "$root/scripts/postgis-cluster"
postgis_cluster_start
port="${MINEECO_POSTGIS_URL##*:}"
port="${port%%/*}"
jar="$root/mineeco-tiles/target/mineeco.jar"
[ -f "$jar" ] || "$root/mineeco" --help >/dev/null
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
start=$(date +%s)
ogr2ogr -f PostgreSQL "PG:host=127.0.0.1 port=$port user=postgres dbname=mineeco_test" "$file" \
  -nln patches -lco GEOMETRY_NAME=geom -lco FID=fid -lco SPATIAL_INDEX=NONE --config PG_USE_COPY YES
echo "loaded with ogr2ogr in $(( $(date +%s) - start )) s"
for xmx in "${heaps[@]}"; do
  for source in "$file" "$MINEECO_POSTGIS_URL?table=public.patches"; do
    "$java" -Xmx"$xmx" -cp "$jar" "$root/mineeco-bench/scripts/ReadHeap.java" "$source" 2>&1 \
      | grep -E 'features|OutOfMemoryError' | sed "s|^|-Xmx$xmx |" || true
  done
done
