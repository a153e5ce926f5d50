package org.mineeco.tile;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * A minimal reader of the polygons in a Mapbox Vector Tile, written from the MVT 2.1 text and the
 * protobuf wire format alone, so that tests check the encoder with nothing of its own code path:
 * layers (field 3) with their name (1) and features (2), each feature's type (3) and geometry (4,
 * packed commands). A polygon's rings are classified by the sign of the surveyor's formula in tile
 * coordinates (§4.3.4.4: positive for an exterior ring, negative for an interior one), and anything
 * the text forbids (a first ring that is not exterior, a ring of zero area, a MoveTo of other than
 * one point, a ring of fewer than three points) is reported as an error.
 */
final class MvtGeometryReader {
  private static final int POLYGON = 3;
  private static final GeometryFactory FACTORY = new GeometryFactory();

  /** A decoded polygon feature, or the reason it could not be made into one. */
  record PolygonFeature(String layer, long id, Geometry geometry, String error) {}

  private final byte[] bytes;
  private int at;

  private MvtGeometryReader(byte[] bytes, int from) {
    this.bytes = bytes;
    this.at = from;
  }

  /** Every polygon feature of every layer, in tile order. */
  static List<PolygonFeature> polygons(byte[] tile) {
    List<PolygonFeature> out = new ArrayList<>();
    MvtGeometryReader r = new MvtGeometryReader(tile, 0);
    while (r.at < tile.length) {
      long key = r.varint();
      if (key == (3 << 3 | 2)) {
        int length = (int) r.varint();
        layer(tile, r.at, r.at + length, out);
        r.at += length;
      } else {
        r.skip(key);
      }
    }
    return out;
  }

  private static void layer(byte[] tile, int from, int to, List<PolygonFeature> out) {
    MvtGeometryReader r = new MvtGeometryReader(tile, from);
    String name = null;
    List<int[]> features = new ArrayList<>();
    while (r.at < to) {
      long key = r.varint();
      if (key == (1 << 3 | 2)) {
        int length = (int) r.varint();
        name = new String(tile, r.at, length, java.nio.charset.StandardCharsets.UTF_8);
        r.at += length;
      } else if (key == (2 << 3 | 2)) {
        int length = (int) r.varint();
        features.add(new int[] {r.at, r.at + length});
        r.at += length;
      } else {
        r.skip(key);
      }
    }
    for (int[] f : features) {
      feature(tile, f[0], f[1], name, out);
    }
  }

  private static void feature(
      byte[] tile, int from, int to, String layer, List<PolygonFeature> out) {
    MvtGeometryReader r = new MvtGeometryReader(tile, from);
    long id = -1;
    long type = 0;
    List<Integer> commands = new ArrayList<>();
    while (r.at < to) {
      long key = r.varint();
      if (key == (1 << 3)) {
        id = r.varint();
      } else if (key == (3 << 3)) {
        type = r.varint();
      } else if (key == (4 << 3 | 2)) {
        int length = (int) r.varint();
        int end = r.at + length;
        while (r.at < end) {
          commands.add((int) r.varint());
        }
      } else {
        r.skip(key);
      }
    }
    if (type == POLYGON) {
      out.add(polygon(layer, id, commands));
    }
  }

  private static PolygonFeature polygon(String layer, long id, List<Integer> commands) {
    List<Coordinate[]> rings = new ArrayList<>();
    long x = 0;
    long y = 0;
    int i = 0;
    while (i < commands.size()) {
      int command = commands.get(i) & 7;
      int count = commands.get(i) >>> 3;
      i++;
      if (command != 1 || count != 1) {
        return new PolygonFeature(
            layer, id, null, "a ring starts with command " + command + "x" + count);
      }
      List<Coordinate> ring = new ArrayList<>();
      x += zigzag(commands.get(i++));
      y += zigzag(commands.get(i++));
      ring.add(new Coordinate(x, y));
      if (i >= commands.size() || (commands.get(i) & 7) != 2) {
        return new PolygonFeature(layer, id, null, "a MoveTo without LineTo");
      }
      int lines = commands.get(i++) >>> 3;
      for (int k = 0; k < lines; k++) {
        x += zigzag(commands.get(i++));
        y += zigzag(commands.get(i++));
        ring.add(new Coordinate(x, y));
      }
      if (i >= commands.size() || commands.get(i) != (1 << 3 | 7)) {
        return new PolygonFeature(layer, id, null, "a ring without ClosePath");
      }
      i++;
      if (ring.size() < 3) {
        return new PolygonFeature(layer, id, null, "a ring of " + ring.size() + " points");
      }
      ring.add(ring.get(0).copy());
      rings.add(ring.toArray(Coordinate[]::new));
    }
    List<Polygon> polygons = new ArrayList<>();
    LinearRing shell = null;
    List<LinearRing> holes = new ArrayList<>();
    for (Coordinate[] ring : rings) {
      double area = surveyorArea(ring);
      if (area == 0) {
        return new PolygonFeature(layer, id, null, "a ring of zero area");
      }
      if (area > 0) {
        if (shell != null) {
          polygons.add(FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new)));
        }
        shell = FACTORY.createLinearRing(ring);
        holes = new ArrayList<>();
      } else if (shell == null) {
        return new PolygonFeature(layer, id, null, "the first ring is interior (negative area)");
      } else {
        holes.add(FACTORY.createLinearRing(ring));
      }
    }
    if (shell == null) {
      return new PolygonFeature(layer, id, null, "no ring");
    }
    polygons.add(FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new)));
    Geometry g =
        polygons.size() == 1
            ? polygons.get(0)
            : FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    return new PolygonFeature(layer, id, g, null);
  }

  /** Twice the signed area by the surveyor's formula, in tile coordinates (y down). */
  private static double surveyorArea(Coordinate[] ring) {
    double sum = 0;
    for (int k = 0; k + 1 < ring.length; k++) {
      sum += ring[k].x * ring[k + 1].y - ring[k + 1].x * ring[k].y;
    }
    return sum;
  }

  private static long zigzag(int n) {
    return (n >>> 1) ^ -(n & 1);
  }

  private long varint() {
    long value = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = bytes[at++];
      value |= (long) (b & 0x7f) << shift;
      if (b >= 0) {
        return value;
      }
    }
  }

  private void skip(long key) {
    switch ((int) (key & 7)) {
      case 0 -> varint();
      case 1 -> at += 8;
      case 2 -> {
        int length = (int) varint();
        at += length;
      }
      case 5 -> at += 4;
      default -> throw new IllegalArgumentException("wire type " + (key & 7) + " at byte " + at);
    }
  }
}
