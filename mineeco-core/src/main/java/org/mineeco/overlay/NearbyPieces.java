package org.mineeco.overlay;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Collects the parts of lon/lat zone pieces that may lie within a ground distance of a patch: the
 * runs of line segments whose {@link GroundBounds#lowerBound} comes that close, merged into lines
 * so that results do not depend on how a line was split; polygons clipped to the {@link
 * GroundBounds#reach} box; points that close. What is left out is farther than the distance from
 * every point of the patch. Not thread-safe.
 */
final class NearbyPieces {
  private final GeometryFactory factory;
  private final Envelope patch;
  private final double metres;
  private final Envelope box;
  private final LineMerger lines = new LineMerger();
  private final List<Geometry> others = new ArrayList<>();

  NearbyPieces(GeometryFactory factory, Envelope patch, double metres) {
    this.factory = factory;
    this.patch = patch;
    this.metres = metres;
    this.box = GroundBounds.reach(patch, metres);
  }

  /** The box holding every point within the distance of the patch. */
  Envelope box() {
    return box;
  }

  void add(Geometry piece) {
    for (int i = 0; i < piece.getNumGeometries(); i++) {
      Geometry part = piece.getGeometryN(i);
      if (part instanceof Polygonal) {
        addPolygon(part);
      } else if (part instanceof LineString line) {
        addLine(line.getCoordinates());
      } else if (part instanceof Point p && near(new Envelope(p.getCoordinate()))) {
        others.add(p);
      }
    }
  }

  /** What was collected, lon/lat, as one geometry (empty when nothing came within reach). */
  Geometry build() {
    List<Geometry> all = new ArrayList<>(others);
    for (Object merged : lines.getMergedLineStrings()) {
      all.add((Geometry) merged);
    }
    return factory.buildGeometry(all);
  }

  private boolean near(Envelope e) {
    return GroundBounds.lowerBound(patch, e) <= metres;
  }

  private void addPolygon(Geometry polygon) {
    Envelope e = polygon.getEnvelopeInternal();
    if (!e.intersects(box)) {
      return;
    }
    Geometry inBox =
        box.contains(e)
            ? polygon
            : OverlayNGRobust.overlay(polygon, factory.toGeometry(box), OverlayNG.INTERSECTION);
    if (!inBox.isEmpty()) {
      others.add(inBox);
    }
  }

  private void addLine(Coordinate[] c) {
    int start = -1;
    for (int i = 0; i + 1 < c.length; i++) {
      boolean near = near(new Envelope(c[i], c[i + 1]));
      if (near && start < 0) {
        start = i;
      } else if (!near && start >= 0) {
        addRun(c, start, i);
        start = -1;
      }
    }
    if (start >= 0) {
      addRun(c, start, c.length - 1);
    }
  }

  private void addRun(Coordinate[] c, int from, int to) {
    Coordinate[] run = new Coordinate[to - from + 1];
    System.arraycopy(c, from, run, 0, run.length);
    lines.add(factory.createLineString(run));
  }
}
