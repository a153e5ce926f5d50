#!/usr/bin/env python3
"""Compares mineeco's patches.csv with a peer's per-patch areas and prints the differences.

Usage: compare.py MINEECO_PATCHES_CSV PEER_CSV PEER_NAME
PEER_CSV has the columns tbbh, col, m2, planar_m2 (planar_m2 may be empty): one row per patch and
mineeco column (area_m2, red_line_m2, yangtze_0_10000_m2, ...) with area in it; a missing row means 0.
Only patches mineeco accepted without repair are compared (repairs differ between GeometryFixer
and ST_MakeValid / make_valid). Two areas "agree" when they differ by at most 1e-6 of the patch
area plus 0.002 m2 (the CSV keeps 3 decimals); distances agree within 1 m.
"""
import csv
import statistics
import sys
from collections import defaultdict

BAND_ZONES = ("yangtze", "tributaries", "yangtze_tributaries", "rivers")
SAME_METHOD = ("area_m2", "red_line_m2", "farmland_m2")


def main(ours_path, peer_path, peer):
    ours = {}
    with open(ours_path, newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        columns = [c for c in reader.fieldnames if c.endswith("_m2")]
        distances = [c for c in reader.fieldnames if c.endswith("_dist_m")]
        for row in reader:
            if row["status"] == "ok":
                ours[row["TBBH"]] = {c: float(row[c]) for c in columns + distances}
    theirs = defaultdict(dict)
    planar = {}
    with open(peer_path, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            theirs[row["tbbh"]][row["col"]] = float(row["m2"])
            if row["col"] == "area_m2" and row.get("planar_m2"):
                planar[row["tbbh"]] = float(row["planar_m2"])
    ids = [i for i in ours if i in theirs]
    print(f"{peer}: {len(ids)} patches compared (accepted without repair by mineeco, present in both)")
    for col in columns:
        diffs = []
        off = 0
        for i in ids:
            a, b = ours[i][col], theirs[i].get(col, 0.0)
            d = abs(a - b)
            diffs.append(d / ours[i]["area_m2"])
            if d > 1e-6 * ours[i]["area_m2"] + 0.002:
                off += 1
        kind = "same method" if col in SAME_METHOD else "GK plane buffer"
        print(f"  {col:34s} {kind:16s} disagree {off:6d}   max |diff|/patch area {max(diffs):.2e}")
    for col in distances:
        diffs = [abs(ours[i][col] - theirs[i][col]) for i in ids if col in theirs[i]]
        if diffs:
            far = sum(1 for d in diffs if d > 1.0)
            print(f"  {col:34s} {'ellipsoid':16s} off by > 1 m {far:4d}   max |diff| {max(diffs):.3f} m"
                  f" (of {len(diffs)})")
    for zone in BAND_ZONES:
        cols = [c for c in columns if c.startswith(zone + "_") and c[len(zone) + 1].isdigit()]
        moved = sum(1 for i in ids if main_band(ours[i], cols) != main_band(theirs[i], cols))
        changed = sum(1 for i in ids if bands_of(ours[i], cols) != bands_of(theirs[i], cols))
        print(f"  {zone}: {changed} patches with a different set of bands, {moved} with a different main band")
    if planar:
        rel = [planar[i] / ours[i]["area_m2"] - 1 for i in ids if i in planar]
        print(f"  planar Gauss-Kruger patch area vs ellipsoidal: median {statistics.median(rel):+.3%}, "
              f"max {max(rel):+.3%}, min {min(rel):+.3%}")


def bands_of(row, cols):
    return {c for c in cols if row.get(c, 0.0) > 0.01}


def main_band(row, cols):
    best = max(cols, key=lambda c: row.get(c, 0.0))
    return best if row.get(best, 0.0) > 0.01 else None


if __name__ == "__main__":
    main(*sys.argv[1:4])
