package org.mineeco.overlay;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.hprtree.HPRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Polygons in lon/lat, cut into parts of at most a number of vertices (as PostGIS {@code
 * ST_Subdivide} does), indexed by envelope and prepared, each part with its {@link InteriorCells}.
 * Thread-safe once built.
 */
final class PolygonIndex {
  /** Parts of zone polygons: at most this many vertices. */
  static final int MAX_PART_VERTICES = 256;

  private static final int MAX_DEPTH = 24;

  /**
   * A prepared part of the polygon at position {@code owner} in the input list, with its interior
   * cells ({@code null} for a small part).
   */
  record Part(PreparedGeometry prepared, int owner, InteriorCells interior) {
    Geometry geometry() {
      return prepared.getGeometry();
    }

    /** Whether the part contains {@code patch} properly (its envelope {@code box}). */
    boolean containsProperly(Geometry patch, Envelope box) {
      return (interior != null && interior.covers(box)) || prepared.containsProperly(patch);
    }
  }

  /** A part that meets a patch: either contains it properly, or cuts it into {@code piece}. */
  record Hit(Part part, boolean containsPatch, Geometry piece) {}

  private final HPRtree tree = new HPRtree();
  private final int maxPartVertices;

  /**
   * @param polygons lon/lat polygons
   * @param maxPartVertices the most vertices of a part: {@link #MAX_PART_VERTICES}, or {@code
   *     Integer.MAX_VALUE} to keep each polygon whole (its interior cells and prepared tests do the
   *     work that parts would)
   */
  PolygonIndex(List<Geometry> polygons, int maxPartVertices) {
    this.maxPartVertices = maxPartVertices;
    for (int i = 0; i < polygons.size(); i++) {
      subdivide(polygons.get(i), i, 0);
    }
    tree.build();
  }

  /** The parts that meet {@code patch}: containing it, or with the intersection piece. */
  List<Hit> hits(Geometry patch) {
    List<Hit> hits = new ArrayList<>();
    Envelope box = patch.getEnvelopeInternal();
    tree.query(
        box,
        item -> {
          Part part = (Part) item;
          if (part.containsProperly(patch, box)) {
            hits.add(new Hit(part, true, patch));
          } else if (part.prepared().intersects(patch)) {
            Geometry piece =
                OverlayNGRobust.overlay(patch, part.geometry(), OverlayNG.INTERSECTION);
            hits.add(new Hit(part, false, piece));
          }
        });
    return hits;
  }

  private void subdivide(Geometry polygon, int owner, int depth) {
    if (polygon.getNumPoints() <= maxPartVertices || depth >= MAX_DEPTH) {
      tree.insert(
          polygon.getEnvelopeInternal(),
          new Part(PreparedGeometryFactory.prepare(polygon), owner, InteriorCells.of(polygon)));
      return;
    }
    Envelope e = polygon.getEnvelopeInternal();
    boolean wide = e.getWidth() >= e.getHeight();
    double mid = wide ? e.centre().x : e.centre().y;
    Envelope low =
        wide
            ? new Envelope(e.getMinX(), mid, e.getMinY(), e.getMaxY())
            : new Envelope(e.getMinX(), e.getMaxX(), e.getMinY(), mid);
    Envelope high =
        wide
            ? new Envelope(mid, e.getMaxX(), e.getMinY(), e.getMaxY())
            : new Envelope(e.getMinX(), e.getMaxX(), mid, e.getMaxY());
    GeometryFactory f = polygon.getFactory();
    for (Envelope half : new Envelope[] {low, high}) {
      Geometry part = OverlayNGRobust.overlay(polygon, f.toGeometry(half), OverlayNG.INTERSECTION);
      for (int i = 0; i < part.getNumGeometries(); i++) {
        if (part.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
          subdivide(p, owner, depth + 1);
        }
      }
    }
  }
}
