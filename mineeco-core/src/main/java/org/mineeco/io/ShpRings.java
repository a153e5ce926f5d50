package org.mineeco.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds a Polygon or MultiPolygon from the rings of a shapefile polygon record. Outer rings run
 * clockwise and holes counter-clockwise (in x east, y north); each hole goes to the smallest outer
 * ring that contains it. Unclosed rings are closed; a counter-clockwise ring inside no outer ring
 * is read as an outer ring. Both are reported as the shape's issue. Ring numbers in messages are
 * 0-based within the record.
 */
final class ShpRings {
  private final GeometryFactory factory;
  private final List<String> issues = new ArrayList<>();
  private final List<LinearRing> shells = new ArrayList<>();
  private final List<List<LinearRing>> holesOfShell = new ArrayList<>();
  private final List<LinearRing> holes = new ArrayList<>();
  private final List<Integer> holeNumbers = new ArrayList<>();

  private ShpRings(GeometryFactory factory) {
    this.factory = factory;
  }

  static ShpShape polygonal(List<Coordinate[]> rings, GeometryFactory factory) {
    ShpRings builder = new ShpRings(factory);
    for (int i = 0; i < rings.size(); i++) {
      builder.add(i, rings.get(i));
    }
    if (builder.shells.isEmpty() && builder.holes.isEmpty()) {
      return ShpShape.broken(
          "no ring has the 4 points a ring needs"
              + (builder.issues.isEmpty() ? "" : ": " + String.join("; ", builder.issues)));
    }
    return builder.build();
  }

  /** Adds a ring, or drops it as a repair when it has under 4 points once closed. */
  private void add(int number, Coordinate[] ring) {
    Coordinate[] closed = ring;
    if (ring.length > 0 && !ring[0].equals2D(ring[ring.length - 1])) {
      closed = Arrays.copyOf(ring, ring.length + 1);
      closed[ring.length] = ring[0].copy();
      issues.add("ring " + number + " not closed: closed it");
    }
    if (closed.length < 4) {
      issues.add("ring " + number + " has " + ring.length + " points: dropped it");
      return;
    }
    LinearRing linearRing = factory.createLinearRing(closed);
    if (Orientation.isCCW(closed)) {
      holes.add(linearRing);
      holeNumbers.add(number);
    } else {
      shells.add(linearRing);
      holesOfShell.add(new ArrayList<>());
    }
  }

  private ShpShape build() {
    for (int h = 0; h < holes.size(); h++) {
      LinearRing hole = holes.get(h);
      int shell = containingShell(hole);
      if (shell >= 0) {
        holesOfShell.get(shell).add(hole);
      } else {
        shells.add(hole.reverse());
        holesOfShell.add(new ArrayList<>());
        issues.add(
            "ring "
                + holeNumbers.get(h)
                + " is a hole inside no outer ring: read as an outer ring");
      }
    }
    Polygon[] polygons = new Polygon[shells.size()];
    for (int s = 0; s < polygons.length; s++) {
      polygons[s] =
          factory.createPolygon(shells.get(s), holesOfShell.get(s).toArray(new LinearRing[0]));
    }
    String issue = issues.isEmpty() ? null : String.join("; ", issues);
    if (polygons.length == 1) {
      return new ShpShape(polygons[0], issue);
    }
    return new ShpShape(factory.createMultiPolygon(polygons), issue);
  }

  /** The index of the smallest outer ring containing {@code hole}, or -1. */
  private int containingShell(LinearRing hole) {
    int best = -1;
    double bestArea = Double.POSITIVE_INFINITY;
    for (int s = 0; s < shells.size(); s++) {
      LinearRing shell = shells.get(s);
      if (shell.getEnvelopeInternal().covers(hole.getEnvelopeInternal()) && inside(hole, shell)) {
        double area = Area.ofRing(shell.getCoordinateSequence());
        if (area < bestArea) {
          best = s;
          bestArea = area;
        }
      }
    }
    return best;
  }

  /** Whether the first vertex of {@code hole} off the boundary of {@code shell} lies inside it. */
  private static boolean inside(LinearRing hole, LinearRing shell) {
    Coordinate[] shellPoints = shell.getCoordinates();
    for (Coordinate c : hole.getCoordinates()) {
      int location = PointLocation.locateInRing(c, shellPoints);
      if (location != Location.BOUNDARY) {
        return location == Location.INTERIOR;
      }
    }
    return true;
  }
}
