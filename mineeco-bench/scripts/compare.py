#!/usr/bin/env python3
"""Compares mineeco's patches.csv with a peer's per-patch figures and checks that they agree.

Usage: compare.py MINEECO_PATCHES_CSV PEER_CSV PEER_NAME [--regions REGIONS_CSV]
                  [--patches PATCH_EXTENTS_CSV] [--check]
PEER_CSV has the columns tbbh, col and value (or m2): one row per patch and mineeco column
(area_m2, red_line_m2, yangtze_0_10000_m2, ..., yangtze_dist_m) with a value; a missing area row
means 0. REGIONS_CSV (tbbh, xzqdm) is the peer's county of largest overlap; PATCH_EXTENTS_CSV (tbbh,
diam, lon, lat) each patch's envelope diagonal in the peer's plane (metres) and centre.

Only patches mineeco accepted without repair are compared (repairs differ between GeometryFixer
and ST_MakeValid / make_valid). The checks (--check makes a failed one exit 1):
- same method (patch, red-line and farmland areas): within 1e-6 of the patch area + 0.002 m2 (the
  CSV keeps 3 decimals);
- county of largest overlap: the same county;
- corridor distances: the peer measures the nearest piece it finds on the ellipsoid; it may find a
  farther one (its search is in a plane) but never a nearer one: peer >= mineeco - 0.5 m;
- bands and buffers, where the peer buffers in one Gauss-Kruger zone with 8 segments a quadrant:
  its band edges are off by up to d (1 - cos(pi / 32)) (the chords of its arcs) plus the zone's
  scale error (k - 1) d plus 1 m, so a patch's area in a band may differ by at most twice that
  (for each edge of the band) times the patch's envelope diagonal; larger differences fail.
"""
import argparse
import csv
import math
import statistics
import sys
from collections import defaultdict

BAND_ZONES = ("yangtze", "tributaries", "yangtze_tributaries", "rivers")
SAME_METHOD = ("area_m2", "red_line_m2", "farmland_m2")
BUFFER_METRES = 1000.0
GK_MERIDIAN = 111.0
EARTH_RADIUS = 6371000.0


def main():
    args = argparse.ArgumentParser()
    args.add_argument("ours")
    args.add_argument("peer_csv")
    args.add_argument("peer")
    args.add_argument("--regions")
    args.add_argument("--patches")
    args.add_argument("--check", action="store_true")
    a = args.parse_args()
    failures = compare(a)
    if failures:
        print(f"AGREEMENT CHECKS FAILED: {'; '.join(failures)}")
        if a.check:
            sys.exit(1)
    elif a.check:
        print("agreement checks passed")


def compare(a):
    ours, regions_ours, columns, distances = read_ours(a.ours)
    theirs = defaultdict(dict)
    with open(a.peer_csv, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            value = row.get("value", row.get("m2"))
            theirs[row["tbbh"]][row["col"]] = float(value)
    ids = [i for i in ours if i in theirs]
    print(f"{a.peer}: {len(ids)} patches compared (accepted without repair by mineeco, present in both)")
    failures = []
    extents = read_extents(a.patches) if a.patches else {}
    for col in columns:
        diffs, off, unexplained = [], 0, 0
        edges = band_edges(col)
        for i in ids:
            x, y = ours[i][col], theirs[i].get(col, 0.0)
            d = abs(x - y)
            diffs.append(d / ours[i]["area_m2"])
            if d <= 1e-6 * ours[i]["area_m2"] + 0.002:
                continue
            off += 1
            if col in SAME_METHOD or i not in extents or d > allowed(edges, extents[i]):
                unexplained += 1
        kind = "same method" if col in SAME_METHOD else "GK plane buffer"
        note = ""
        if col not in SAME_METHOD and extents:
            note = f"   beyond the peer's edge error {unexplained}"
        print(f"  {col:34s} {kind:16s} disagree {off:6d}   max |diff|/patch area {max(diffs):.2e}{note}")
        if unexplained and (col in SAME_METHOD or extents):
            failures.append(f"{col}: {unexplained} patches disagree beyond tolerance")
    for col in distances:
        pairs = [(ours[i][col], theirs[i][col]) for i in ids if col in theirs[i]]
        if not pairs:
            continue
        far = sum(1 for x, y in pairs if abs(x - y) > 1.0)
        nearer = sum(1 for x, y in pairs if y < x - 0.5)
        worst = max(abs(x - y) for x, y in pairs)
        print(f"  {col:34s} {'ellipsoid':16s} off by > 1 m {far:4d}   max |diff| {worst:.3f} m"
              f" (of {len(pairs)}); peer nearer by > 0.5 m {nearer}")
        if nearer:
            failures.append(f"{col}: the peer found a nearer river for {nearer} patches")
    if a.regions:
        theirs_region = {}
        with open(a.regions, newline="", encoding="utf-8-sig") as f:
            for row in csv.DictReader(f):
                theirs_region[row["tbbh"]] = row["xzqdm"]
        same = [i for i in ids if i in theirs_region]
        moved = [i for i in same if theirs_region[i] != regions_ours[i]]
        print(f"  county of largest overlap: {len(moved)} of {len(same)} differ")
        if moved:
            failures.append(f"region: {len(moved)} patches in another county, e.g. {moved[:3]}")
    for zone in BAND_ZONES:
        cols = [c for c in columns if c.startswith(zone + "_") and c[len(zone) + 1].isdigit()]
        moved = sum(1 for i in ids if main_band(ours[i], cols) != main_band(theirs[i], cols))
        changed = sum(1 for i in ids if bands_of(ours[i], cols) != bands_of(theirs[i], cols))
        print(f"  {zone}: {changed} patches with a different set of bands, {moved} with a different main band")
    return failures


def read_ours(path):
    ours, regions = {}, {}
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        columns = [c for c in reader.fieldnames if c.endswith("_m2")]
        distances = [c for c in reader.fieldnames if c.endswith("_dist_m")]
        for row in reader:
            if row["status"] == "ok":
                ours[row["TBBH"]] = {c: float(row[c] or "nan") for c in columns + distances}
                regions[row["TBBH"]] = row["region"]
    return ours, regions, columns, distances


def read_extents(path):
    extents = {}
    with open(path, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            extents[row["tbbh"]] = (float(row["diam"]), float(row["lon"]), float(row["lat"]))
    return extents


def band_edges(col):
    """The band edges of a column, metres: [d0, d1] of a corridor band, [1000] of a buffer."""
    parts = col[:-3].split("_")
    if len(parts) >= 3 and parts[-1].isdigit() and parts[-2].isdigit():
        return [float(parts[-2]), float(parts[-1])]
    return [BUFFER_METRES]


def allowed(edges, extent):
    """How far the peer's area in a band may be off for this patch (see the module doc)."""
    diam, lon, lat = extent
    x = (lon - GK_MERIDIAN) * math.radians(1) * EARTH_RADIUS * math.cos(math.radians(lat))
    total = 0.0
    for d in edges:
        if d > 0:
            scale = (x + d) ** 2 / (2 * EARTH_RADIUS ** 2)
            total += d * (1 - math.cos(math.pi / 32)) + scale * d + 1.0
    return 2 * total * diam


def bands_of(row, cols):
    return {c for c in cols if row.get(c, 0.0) > 0.01}


def main_band(row, cols):
    best = max(cols, key=lambda c: row.get(c, 0.0))
    return best if row.get(best, 0.0) > 0.01 else None


if __name__ == "__main__":
    main()
