#!/usr/bin/python3
"""The demo spec (data/demo/analysis.yaml) the way a GeoPandas user would compute it.

Usage: compare-geopandas.py DATA_DIR OUT_CSV TIMES_CSV
Patches repaired with make_valid; corridor bands and three-zones-two-lines buffers as dissolved
buffer rings in one Gauss-Kruger zone (EPSG:4546, default 16 segments a quadrant) intersected with
geopandas.overlay; red lines and farmland overlaid in lon/lat and dissolved per patch so overlaps
count once; areas on the GRS80 ellipsoid (pyproj.Geod) and planar in the plane; corridor distances
by shapely's STRtree.nearest in the plane (Debian's shapely 1.8 without PyGEOS has no
sjoin_nearest). Writes per-patch areas (tbbh, col, m2, planar_m2) and step times.
"""
import sys
import time

import geopandas as gpd
import pandas as pd
from pyproj import Geod
from shapely.geometry import MultiPolygon
from shapely.geometry.polygon import orient
from shapely.strtree import STRtree
from shapely.validation import make_valid

GK = 4546
GEOD = Geod(ellps="GRS80")
CORRIDORS = [
    ("yangtze", ["main"], [0, 10000, 50000]),
    ("tributaries", ["tributary"], [0, 10000]),
    ("yangtze_tributaries", ["main", "tributary"], [0, 10000]),
    ("rivers", None, [0, 5000, 10000, 20000]),
]
BUFFERS = [("reserves", "reserves"), ("scenic", "scenic"), ("residential", "towns"),
           ("transport", "roads"), ("rivers_lakes", "lakes")]


def geodesic(series):
    """GRS80 areas; rings oriented first (pyproj sums signed ring areas, so a hole wound like its
    shell would be added)."""
    return series.apply(lambda g: GEOD.geometry_area_perimeter(oriented(g))[0])


def oriented(g):
    if g.geom_type == "Polygon":
        return orient(g, 1.0)
    return MultiPolygon([orient(p, 1.0) for p in g.geoms])


def polygonal(g):
    if g.geom_type in ("Polygon", "MultiPolygon"):
        return g
    parts = [p for p in getattr(g, "geoms", []) if p.geom_type in ("Polygon", "MultiPolygon")]
    return gpd.GeoSeries(parts).unary_union if parts else None


def main(data, out, times_out):
    times = []

    def step(name, start):
        times.append((name, time.perf_counter() - start))
        print(f"  {name}: {times[-1][1]:.2f} s", file=sys.stderr)

    t = time.perf_counter()
    read = lambda name: gpd.read_file(f"{data}/{name}.geojson")
    layers = {n: read(n) for n in ["patches", "rivers", "redline", "farmland", "reserves",
                                   "scenic", "towns", "roads", "lakes"]}
    step("read (fiona)", t)

    t = time.perf_counter()
    p = layers["patches"]
    p = p[p.geometry.notna()]
    p = p[p.geom_type.isin(["Polygon", "MultiPolygon"])].drop_duplicates("TBBH")
    p = p.set_geometry(p.geometry.apply(lambda g: polygonal(make_valid(g))))[["TBBH", "geometry"]]
    p = p.set_crs(4490, allow_override=True)
    p_gk = p.to_crs(GK)
    step("patches", t)

    t = time.perf_counter()
    bands = []
    rivers = layers["rivers"].to_crs(GK)
    for zone, classes, edges in CORRIDORS:
        lines = rivers if classes is None else rivers[rivers["CLASS"].isin(classes)]
        unions = [lines.buffer(d).unary_union for d in edges[1:]]
        for i in range(1, len(edges)):
            ring = unions[i - 1] if edges[i - 1] == 0 else unions[i - 1].difference(unions[i - 2])
            bands.append((f"{zone}_{edges[i - 1]}_{edges[i]}_m2", ring))
    for zone, layer in BUFFERS:
        g = layers[layer].to_crs(GK)
        bands.append((f"{zone}_m2", g.geometry.apply(make_valid).buffer(1000).unary_union))
    bands = gpd.GeoDataFrame({"col": [b[0] for b in bands]}, geometry=[b[1] for b in bands], crs=GK)
    step("bands (buffer + dissolve)", t)

    t = time.perf_counter()
    pieces = gpd.overlay(p_gk, bands, how="intersection", keep_geom_type=True)
    pieces["planar_m2"] = pieces.area
    pieces["m2"] = geodesic(pieces.to_crs(4490).geometry)
    band_rows = pieces.groupby(["TBBH", "col"], as_index=False)[["m2", "planar_m2"]].sum()
    step("band areas (overlay)", t)

    t = time.perf_counter()
    zone_rows = []
    for col, layer in [("red_line_m2", "redline"), ("farmland_m2", "farmland")]:
        z = layers[layer].set_crs(4490, allow_override=True)
        z = z.set_geometry(z.geometry.apply(make_valid))[["geometry"]]
        cut = gpd.overlay(p, z, how="intersection", keep_geom_type=True).dissolve(by="TBBH")
        zone_rows.append(pd.DataFrame({"TBBH": cut.index, "col": col,
                                       "m2": geodesic(cut.geometry).values, "planar_m2": None}))
    step("red line and farmland (overlay + dissolve)", t)

    t = time.perf_counter()
    area = pd.DataFrame({"TBBH": p["TBBH"], "col": "area_m2",
                         "m2": geodesic(p.geometry).values, "planar_m2": p_gk.area.values})
    step("patch areas", t)

    t = time.perf_counter()
    dist_rows = []
    for zone, classes, _ in CORRIDORS:
        lines = rivers if classes is None else rivers[rivers["CLASS"].isin(classes)]
        tree = STRtree(list(lines.geometry))
        d = [tree.nearest(g).distance(g) for g in p_gk.geometry]
        dist_rows.append(pd.DataFrame({"TBBH": p_gk["TBBH"], "col": f"{zone}_dist_m",
                                       "m2": d, "planar_m2": None}))
    step("corridor distances (STRtree.nearest)", t)

    result = pd.concat([band_rows, *zone_rows, area, *dist_rows], ignore_index=True)
    result.rename(columns={"TBBH": "tbbh"}).to_csv(out, index=False)
    pd.DataFrame(times, columns=["step", "seconds"]).to_csv(times_out, index=False)


if __name__ == "__main__":
    main(*sys.argv[1:4])
