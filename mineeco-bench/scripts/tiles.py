#!/usr/bin/env python3
"""Tile lists for tiles-load.sh, as z/x/y lines.

Usage: tiles.py PATCHES_GEOJSON DENSE_OUT ALL_OUT
DENSE_OUT: the 100 tiles holding the most patch centroids at each of zooms 12, 13 and 14 (300 tiles,
requested over and over: the cached case). ALL_OUT: every tile of zooms 8-14 holding a patch
centroid, shuffled with a fixed seed (thousands, none empty: the uncached case).
"""
import json
import math
import random
import sys
from collections import Counter


def tile(lon, lat, z):
    n = 2 ** z
    y = (1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n
    return int((lon + 180) / 360 * n), int(y)


def centroids(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip().rstrip(",")
            if not line.startswith('{"type":"Feature"'):
                continue
            g = json.loads(line)["geometry"]
            if not g or g["type"] not in ("Polygon", "MultiPolygon"):
                continue
            ring = g["coordinates"][0] if g["type"] == "Polygon" else g["coordinates"][0][0]
            yield sum(c[0] for c in ring) / len(ring), sum(c[1] for c in ring) / len(ring)


def main(patches, dense_out, all_out):
    points = list(centroids(patches))
    with open(dense_out, "w") as f:
        for z in (12, 13, 14):
            for (x, y), _ in Counter(tile(lon, lat, z) for lon, lat in points).most_common(100):
                f.write(f"{z}/{x}/{y}\n")
    tiles = sorted({f"{z}/{x}/{y}" for z in range(8, 15) for x, y in
                    (tile(lon, lat, z) for lon, lat in points)})
    random.Random(1).shuffle(tiles)
    with open(all_out, "w") as f:
        f.write("\n".join(tiles) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
