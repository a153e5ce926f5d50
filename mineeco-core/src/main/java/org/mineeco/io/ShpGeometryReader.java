package org.mineeco.io;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Decodes the content of one {@code .shp} record (ESRI Shapefile Technical Description, 1998): Null
 * (0), Point (1, 11, 21), PolyLine (3, 13, 23), Polygon (5, 15, 25) and MultiPoint (8, 18, 28). Z
 * values are kept, M values dropped. A record that does not decode gives a null geometry and the
 * reason. Stateless apart from its factory; thread-safe.
 */
final class ShpGeometryReader {
  private static final int BOX_BYTES = 32;

  private final GeometryFactory factory;

  ShpGeometryReader(GeometryFactory factory) {
    this.factory = factory;
  }

  /**
   * Reads a record whose content (shape type first) is between position and limit of {@code in}.
   */
  ShpShape read(ByteBuffer in) {
    int size = in.remaining();
    if (size < 4) {
      return ShpShape.broken("record of " + size + " bytes has no shape type");
    }
    int type = in.getInt();
    boolean hasZ = type >= 11 && type <= 18;
    return switch (type % 10) {
      case 0 -> type == 0 ? new ShpShape(null, null) : unsupported(type);
      case 1 -> point(in, hasZ);
      case 3, 5, 8 -> multipart(in, type, hasZ);
      default -> unsupported(type);
    };
  }

  private static ShpShape unsupported(int type) {
    return ShpShape.broken("shape type " + type + " is not read (expected 0, 1, 3, 5, 8 +10/+20)");
  }

  private ShpShape point(ByteBuffer in, boolean hasZ) {
    int need = hasZ ? 24 : 16;
    if (in.remaining() < need) {
      return tooShort(in, need);
    }
    Coordinate c = new Coordinate(in.getDouble(), in.getDouble());
    if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
      return ShpShape.broken("the point is not a finite number: " + c);
    }
    if (hasZ) {
      c.setZ(in.getDouble());
    }
    return new ShpShape(factory.createPoint(c), null);
  }

  private ShpShape multipart(ByteBuffer in, int type, boolean hasZ) {
    boolean isMultiPoint = type % 10 == 8;
    if (in.remaining() < BOX_BYTES + (isMultiPoint ? 4 : 8)) {
      return tooShort(in, BOX_BYTES + 8);
    }
    in.position(in.position() + BOX_BYTES);
    int numParts = isMultiPoint ? 1 : in.getInt();
    int numPoints = in.getInt();
    long need =
        (isMultiPoint ? 0 : 4L * numParts) + 16L * numPoints + (hasZ ? 16 + 8L * numPoints : 0);
    if (numParts < 0 || numPoints < 0 || in.remaining() < need) {
      return ShpShape.broken(
          "record too short for "
              + numParts
              + " parts and "
              + numPoints
              + " points: "
              + in.remaining()
              + " bytes left, "
              + need
              + " needed");
    }
    int[] starts = new int[numParts + 1];
    for (int p = 0; p < numParts && !isMultiPoint; p++) {
      starts[p] = in.getInt();
      int earliest = p == 0 ? 0 : starts[p - 1];
      if (starts[p] < earliest || starts[p] > numPoints || p == 0 && starts[0] != 0) {
        return ShpShape.broken("part " + p + " starts at point " + starts[p] + " of " + numPoints);
      }
    }
    starts[numParts] = numPoints;
    Coordinate[] points = coordinates(in, numPoints, hasZ);
    for (int i = 0; i < points.length; i++) {
      if (!Double.isFinite(points[i].x) || !Double.isFinite(points[i].y)) {
        return ShpShape.broken("point " + i + " is not a finite number: " + points[i]);
      }
    }
    List<Coordinate[]> parts = new ArrayList<>(numParts);
    for (int p = 0; p < numParts; p++) {
      parts.add(Arrays.copyOfRange(points, starts[p], starts[p + 1]));
    }
    return switch (type % 10) {
      case 8 -> new ShpShape(factory.createMultiPointFromCoords(points), null);
      case 3 -> lines(parts);
      default -> ShpRings.polygonal(parts, factory);
    };
  }

  private static Coordinate[] coordinates(ByteBuffer in, int numPoints, boolean hasZ) {
    Coordinate[] points = new Coordinate[numPoints];
    for (int i = 0; i < numPoints; i++) {
      points[i] = new Coordinate(in.getDouble(), in.getDouble());
    }
    if (hasZ) {
      in.position(in.position() + 16);
      for (Coordinate c : points) {
        c.setZ(in.getDouble());
      }
    }
    return points;
  }

  private ShpShape lines(List<Coordinate[]> parts) {
    LineString[] lines = new LineString[parts.size()];
    for (int p = 0; p < lines.length; p++) {
      if (parts.get(p).length < 2) {
        return ShpShape.broken(
            "part " + p + " has " + parts.get(p).length + " points, a line needs at least 2");
      }
      lines[p] = factory.createLineString(parts.get(p));
    }
    if (lines.length == 1) {
      return new ShpShape(lines[0], null);
    }
    return new ShpShape(factory.createMultiLineString(lines), null);
  }

  private static ShpShape tooShort(ByteBuffer in, int need) {
    return ShpShape.broken(
        "record too short: " + in.remaining() + " bytes left, " + need + " needed");
  }
}
