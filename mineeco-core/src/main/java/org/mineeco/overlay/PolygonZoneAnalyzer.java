package org.mineeco.overlay;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.units.Area;
import org.mineeco.zone.PolygonZone;

/**
 * Area of a patch inside the union of a polygon zone, intersected in lon/lat: the pieces cut by
 * overlapping or touching polygons are unioned per patch so that they count once. Thread-safe.
 */
final class PolygonZoneAnalyzer implements ZoneAnalyzer {
  private final String name;
  private final PolygonIndex index;

  PolygonZoneAnalyzer(PolygonZone zone) {
    this.name = zone.name();
    this.index = new PolygonIndex(zone.geometries(), PolygonIndex.MAX_PART_VERTICES);
  }

  @Override
  public ZoneOverlay analyze(LonLatPatch patch) {
    List<PolygonIndex.Hit> hits = index.hits(patch.geometry());
    return new ZoneOverlay(name, List.of(area(patch, hits)), !hits.isEmpty(), Optional.empty());
  }

  @Override
  public Geometry inside(LonLatPatch patch) {
    List<PolygonIndex.Hit> hits = index.hits(patch.geometry());
    return hits.isEmpty() ? patch.geometry().getFactory().createPolygon() : inside(patch, hits);
  }

  private static Area area(LonLatPatch patch, List<PolygonIndex.Hit> hits) {
    if (hits.isEmpty()) {
      return Area.ZERO;
    }
    if (hits.stream().anyMatch(PolygonIndex.Hit::containsPatch)) {
      return patch.area();
    }
    return EllipsoidalArea.ofLonLat(inside(patch, hits));
  }

  /** The patch's part inside the union of the polygons hit (at least one). */
  private static Geometry inside(LonLatPatch patch, List<PolygonIndex.Hit> hits) {
    if (hits.stream().anyMatch(PolygonIndex.Hit::containsPatch)) {
      return patch.geometry();
    }
    if (hits.size() == 1) {
      return hits.get(0).piece();
    }
    Geometry[] pieces = hits.stream().map(PolygonIndex.Hit::piece).toArray(Geometry[]::new);
    Geometry all = patch.geometry().getFactory().createGeometryCollection(pieces);
    return OverlayNGRobust.union(all);
  }
}
