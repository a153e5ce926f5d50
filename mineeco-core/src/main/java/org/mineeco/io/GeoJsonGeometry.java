package org.mineeco.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateXY;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the geometry of one GeoJSON feature token by token and builds it with JTS, in two steps
 * because the members of a geometry object may come in any order: {@link #read} keeps the type and
 * the coordinates as nested lists of {@link Coordinate}s, {@link #build} checks the nesting and
 * makes the geometry. Problems never throw: the first one that makes the geometry unusable is kept
 * as {@link #issue()} and {@link #build} returns {@code null}; a repair (an unclosed ring closed)
 * is reported by {@link #issue()} alongside the geometry. Third and further ordinates are ignored.
 * Coordinates are taken as written (longitude, latitude in degrees when {@code geographic}). One
 * instance per feature; not thread-safe.
 */
final class GeoJsonGeometry {
  private static final GeometryFactory FACTORY = new GeometryFactory();

  /** A geometry object as read: its type, its coordinates tree, its member geometries. */
  record Raw(String type, Object coordinates, List<Raw> geometries) {}

  private String failure;
  private final List<String> repairs = new ArrayList<>();

  /** Records that the geometry cannot be built; the first reason is kept. */
  void fail(String reason) {
    if (failure == null) {
      failure = reason;
    }
  }

  /**
   * Why the geometry is missing, or what was repaired, or {@code null} when it was read as written.
   */
  String issue() {
    return failure != null ? failure : repairs.isEmpty() ? null : String.join("; ", repairs);
  }

  /** Consumes the value at the parser's current token, which should be a geometry object. */
  Raw read(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      fail("geometry must be an object or null, found " + found(p));
      p.skipChildren();
      return null;
    }
    String type = null;
    Object coordinates = null;
    List<Raw> geometries = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "type" -> type = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : null;
        case "coordinates" -> coordinates = coordinates(p);
        case "geometries" -> geometries = geometries(p);
        default -> {}
      }
      p.skipChildren();
    }
    return new Raw(type, coordinates, geometries);
  }

  /** Consumes a {@code coordinates} value: a position, or a list of positions or lists. */
  Object coordinates(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      fail("expected an array of coordinates, found " + found(p));
      p.skipChildren();
      return null;
    }
    JsonToken first = p.nextToken();
    if (first != JsonToken.START_ARRAY && first != JsonToken.END_ARRAY) {
      return position(p);
    }
    List<Object> children = new ArrayList<>();
    for (JsonToken t = first; t != JsonToken.END_ARRAY; t = next(p)) {
      children.add(coordinates(p));
    }
    return children;
  }

  /** The next token; the end of input inside a value is malformed JSON, never {@code null}. */
  static JsonToken next(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw new JsonParseException(p, "unexpected end of input");
    }
    return t;
  }

  /** Consumes a {@code geometries} value: an array of geometry objects. */
  List<Raw> geometries(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      fail("geometries must be an array, found " + found(p));
      p.skipChildren();
      return null;
    }
    List<Raw> members = new ArrayList<>();
    while (next(p) != JsonToken.END_ARRAY) {
      members.add(read(p));
    }
    return members;
  }

  private Coordinate position(JsonParser p) throws IOException {
    double[] xy = new double[2];
    int n = 0;
    for (JsonToken t = p.currentToken(); t != JsonToken.END_ARRAY; t = next(p), n++) {
      if (!t.isNumeric()) {
        fail("coordinate " + found(p) + " is not a number" + at(p.currentLocation()));
        p.skipChildren();
      } else if (n < 2) {
        xy[n] = p.getDoubleValue();
        if (!Double.isFinite(xy[n])) {
          fail("coordinate " + p.getText() + " is not finite" + at(p.currentLocation()));
        }
      }
    }
    if (n < 2) {
      fail("a position needs 2 numbers, found " + n + at(p.currentLocation()));
    }
    return new CoordinateXY(xy[0], xy[1]);
  }

  /**
   * The geometry of {@code raw}, or {@code null} when it cannot be built (see {@link #issue()}).
   *
   * @param geographic reject longitudes outside [-180, 180] and latitudes outside [-90, 90]
   */
  Geometry build(Raw raw, boolean geographic) {
    Geometry g = failure == null ? geometry(raw, "") : null;
    if (g != null && geographic) {
      checkRange(g.getEnvelopeInternal());
    }
    return failure == null ? g : null;
  }

  private void checkRange(Envelope e) {
    if (e.getMinX() < -180 || e.getMaxX() > 180) {
      fail(
          "longitude " + (e.getMinX() < -180 ? e.getMinX() : e.getMaxX()) + " outside [-180, 180]");
    } else if (e.getMinY() < -90 || e.getMaxY() > 90) {
      fail("latitude " + (e.getMinY() < -90 ? e.getMinY() : e.getMaxY()) + " outside [-90, 90]");
    }
  }

  private Geometry geometry(Object node, String where) {
    if (!(node instanceof Raw raw)) {
      return failed(where, "expected a geometry object");
    }
    if (raw.type() == null) {
      return failed(where, "geometry has no type");
    }
    Object c = raw.coordinates();
    return switch (raw.type()) {
      case "Point" ->
          c instanceof List<?> l && l.isEmpty() ? FACTORY.createPoint() : point(c, where);
      case "MultiPoint" ->
          multi(parts(c, where, "point", this::point, Point[]::new), FACTORY::createMultiPoint);
      case "LineString" -> lineString(c, where);
      case "MultiLineString" ->
          multi(
              parts(c, where, "line", this::lineString, LineString[]::new),
              FACTORY::createMultiLineString);
      case "Polygon" -> polygon(c, where, false);
      case "MultiPolygon" -> multiPolygon(c, where);
      case "GeometryCollection" ->
          multi(
              parts(raw.geometries(), where, "geometry", this::geometry, Geometry[]::new),
              FACTORY::createGeometryCollection);
      default -> failed(where, "unknown geometry type '" + raw.type() + "'");
    };
  }

  private static <T> Geometry multi(T[] parts, Function<T[], Geometry> make) {
    return parts == null ? null : make.apply(parts);
  }

  private Point point(Object node, String where) {
    return node instanceof Coordinate c
        ? FACTORY.createPoint(c)
        : failed(where, "expected a position [x, y], found " + kind(node));
  }

  private LineString lineString(Object node, String where) {
    Coordinate[] positions = positions(node, where);
    if (positions == null) {
      return null;
    }
    if (positions.length == 1) {
      return failed(where, "a line needs 2 or more positions, found 1");
    }
    return FACTORY.createLineString(positions);
  }

  /**
   * A polygon; a hole of under 4 positions is dropped as a repair. In a MultiPolygon ({@code part})
   * an outer ring of under 4 positions drops that polygon as a repair (an empty polygon is
   * returned); elsewhere it fails the geometry.
   */
  private Polygon polygon(Object node, String where, boolean part) {
    if (!(node instanceof List<?> nodes)) {
      return failed(where, "expected an array of rings, found " + kind(node));
    }
    List<LinearRing> rings = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      String at = where + "ring " + i + " ";
      Coordinate[] positions = closedRing(nodes.get(i), at);
      if (positions == null) {
        return null;
      }
      if (positions.length >= 4) {
        rings.add(FACTORY.createLinearRing(positions));
      } else if (i > 0) {
        repairs.add(at + "has " + positions.length + " positions: dropped it");
      } else if (part) {
        repairs.add(
            at + "(outer) has " + positions.length + " positions: dropped " + where.strip());
        return FACTORY.createPolygon();
      } else {
        return failed(at, "a ring needs 4 or more positions, found " + positions.length);
      }
    }
    if (rings.isEmpty()) {
      return FACTORY.createPolygon();
    }
    return FACTORY.createPolygon(
        rings.get(0), rings.subList(1, rings.size()).toArray(new LinearRing[0]));
  }

  private Geometry multiPolygon(Object node, String where) {
    Polygon[] parts = parts(node, where, "polygon", (n, w) -> polygon(n, w, true), Polygon[]::new);
    if (parts == null) {
      return null;
    }
    Polygon[] kept = Arrays.stream(parts).filter(p -> !p.isEmpty()).toArray(Polygon[]::new);
    if (kept.length == 0 && parts.length > 0) {
      return failed(where, "no polygon has an outer ring of 4 or more positions");
    }
    return FACTORY.createMultiPolygon(kept);
  }

  /** The positions of a ring, closed (a repair) when the last differs from the first. */
  private Coordinate[] closedRing(Object node, String where) {
    Coordinate[] positions = positions(node, where);
    if (positions == null) {
      return null;
    }
    int n = positions.length;
    if (n > 0 && !positions[0].equals2D(positions[n - 1])) {
      Coordinate[] closed = new Coordinate[n + 1];
      System.arraycopy(positions, 0, closed, 0, n);
      closed[n] = positions[0].copy();
      positions = closed;
      repairs.add(where.strip() + " not closed: closed it");
    }
    return positions;
  }

  private Coordinate[] positions(Object node, String where) {
    return parts(
        node,
        where,
        "position",
        (child, w) ->
            child instanceof Coordinate c
                ? c
                : failed(w, "expected a position, found " + kind(child)),
        Coordinate[]::new);
  }

  private interface Part<T> {
    T build(Object node, String where);
  }

  /** Builds each element of the list {@code node}; {@code null} once any of them fails. */
  private <T> T[] parts(
      Object node, String where, String label, Part<T> part, IntFunction<T[]> array) {
    if (!(node instanceof List<?> nodes)) {
      String plural = label.endsWith("y") ? label.replaceFirst("y$", "ies") : label + "s";
      return failed(where, "expected an array of " + plural + ", found " + kind(node));
    }
    T[] built = array.apply(nodes.size());
    for (int i = 0; i < built.length; i++) {
      built[i] = part.build(nodes.get(i), where + label + " " + i + " ");
      if (built[i] == null) {
        return null;
      }
    }
    return built;
  }

  private <T> T failed(String where, String reason) {
    fail(where.isEmpty() ? reason : where.strip() + ": " + reason);
    return null;
  }

  private static String kind(Object node) {
    if (node == null) {
      return "nothing";
    }
    return node instanceof Coordinate ? "a position" : "an array";
  }

  private static String found(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> '"' + p.getText() + '"';
      default -> p.getText();
    };
  }

  static String at(JsonLocation location) {
    return location == null
        ? ""
        : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
