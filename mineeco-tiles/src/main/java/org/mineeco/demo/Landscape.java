package org.mineeco.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The zone layers in the plane (metres): concentrated residential areas, lakes beside the main
 * stream, nature reserves, scenic areas and ecological red lines (some along rivers, some
 * overlapping). Each method draws from the given random stream in a fixed order.
 */
final class Landscape {
  private static final int LAKES = 4;
  private static final String[] LAKE_NAMES = {"白鹭湖", "长湖", "青莲湖", "鸭儿湖", "洪泽湖"};
  private static final int RESERVES = 12;
  private static final int SCENIC_AREAS = 15;
  private static final int RIVER_RED_LINES = 16;
  private static final int UPLAND_RED_LINES = 14;

  private Landscape() {}

  /** A county-seat town per county and two market towns inside each county. */
  static List<PlaneFeature> towns(SplittableRandom r, Counties counties, Names names) {
    List<PlaneFeature> towns = new ArrayList<>();
    List<Coordinate> placed = new ArrayList<>();
    for (County c : counties.all()) {
      Polygon seat = Shapes.blob(r, c.seat(), 1_500 + 2_000 * r.nextDouble(), 40, 0.3);
      towns.add(feature(clip(seat, c.plane()), "NAME", c.name() + "城区", "XZQDM", c.code()));
      placed.add(c.seat());
      for (int t = 0, attempt = 0; t < 2 && attempt < 200; attempt++) {
        Coordinate p = randomPointIn(r, c.plane());
        if (placed.stream().allMatch(q -> q.distance(p) > 8_000)) {
          Polygon town = Shapes.blob(r, p, 400 + 700 * r.nextDouble(), 20, 0.3);
          if (c.plane().contains(town)) {
            towns.add(feature(town, "NAME", names.next("镇"), "XZQDM", c.code()));
            placed.add(p);
            t++;
          }
        }
      }
    }
    return towns;
  }

  /** Lakes 5-25 km from the main stream, clear of every river and town. */
  static List<PlaneFeature> lakes(
      SplittableRandom r, Rivers rivers, Geometry province, Geometry towns) {
    List<PlaneFeature> lakes = new ArrayList<>();
    Geometry network = rivers.union();
    LineString main = rivers.all().get(0).line();
    for (int attempt = 0; lakes.size() < LAKES; attempt++) {
      if (attempt > 1_000) {
        throw new IllegalStateException("cannot place " + LAKES + " lakes");
      }
      Coordinate c = offsetFrom(r, main, 5_000 + 20_000 * r.nextDouble());
      Polygon lake = Shapes.blob(r, c, 3_000 + 6_000 * r.nextDouble(), 60, 0.45);
      if (province.contains(lake)
          && lake.distance(network) > 500
          && lake.distance(towns) > 500
          && lakes.stream().allMatch(l -> l.plane().distance(lake) > 2_000)) {
        lakes.add(feature(lake, "NAME", LAKE_NAMES[lakes.size()]));
      }
    }
    return lakes;
  }

  /** Nature reserves: four large ones (12-22 km across) away from the main stream, eight small. */
  static List<PlaneFeature> reserves(
      SplittableRandom r, Rivers rivers, Geometry province, Names names) {
    List<PlaneFeature> reserves = new ArrayList<>();
    LineString main = rivers.all().get(0).line();
    for (int attempt = 0; reserves.size() < RESERVES; attempt++) {
      if (attempt > 5_000) {
        throw new IllegalStateException("cannot place " + RESERVES + " nature reserves");
      }
      boolean large = reserves.size() < 4;
      double radius = large ? 12_000 + 10_000 * r.nextDouble() : 3_000 + 5_000 * r.nextDouble();
      Coordinate c = randomPointIn(r, province);
      Polygon blob = Shapes.blob(r, c, radius, 72, 0.4);
      if ((!large || main.distance(blob) > 15_000)
          && reserves.stream().allMatch(x -> x.plane().distance(blob) > 3_000)) {
        String level = large || r.nextDouble() < 0.3 ? "国家级" : "省级";
        reserves.add(
            feature(clip(blob, province), "NAME", names.next(level + "自然保护区"), "LEVEL", level));
      }
    }
    return reserves;
  }

  /** Scenic areas anywhere in the province, possibly overlapping reserves. */
  static List<PlaneFeature> scenic(SplittableRandom r, Geometry province, Names names) {
    List<PlaneFeature> scenic = new ArrayList<>();
    for (int i = 0; i < SCENIC_AREAS; i++) {
      Polygon blob =
          Shapes.blob(r, randomPointIn(r, province), 2_000 + 6_000 * r.nextDouble(), 48, 0.4);
      String level = r.nextDouble() < 0.4 ? "国家级" : "省级";
      scenic.add(feature(clip(blob, province), "NAME", names.next("风景名胜区"), "LEVEL", level));
    }
    return scenic;
  }

  /**
   * Red lines: one around each reserve (larger, so they overlap it), strips along the named rivers
   * (every other strip overlapping the previous one) and upland blobs.
   */
  static List<PlaneFeature> redLines(
      SplittableRandom r,
      Rivers rivers,
      List<PlaneFeature> reserves,
      Geometry province,
      Names names) {
    List<Geometry> shapes = new ArrayList<>();
    List<String> types = new ArrayList<>();
    for (PlaneFeature reserve : reserves) {
      Coordinate c = reserve.plane().getCentroid().getCoordinate();
      double radius = Math.sqrt(reserve.plane().getArea() / Math.PI) * 1.2;
      shapes.add(Shapes.blob(r, c, radius, 72, 0.3));
      types.add("生物多样性维护");
    }
    List<River> named = rivers.named();
    int previousStart = -1;
    for (int i = 0; i < RIVER_RED_LINES; i++) {
      LineString line = named.get(r.nextInt(named.size())).line();
      int n = line.getNumPoints();
      int span = 40 + r.nextInt(120);
      int start =
          i % 2 == 1 && previousStart >= 0 && previousStart + span + 30 < n
              ? previousStart + 30
              : r.nextInt(n - span);
      previousStart = start;
      Coordinate[] stretch =
          java.util.Arrays.copyOfRange(line.getCoordinates(), start, start + span + 1);
      shapes.add(
          LocalFrame.METRIC.createLineString(stretch).buffer(300 + 1_200 * r.nextDouble(), 8));
      types.add(r.nextBoolean() ? "水源涵养" : "河湖岸线");
    }
    for (int i = 0; i < UPLAND_RED_LINES; i++) {
      shapes.add(
          Shapes.blob(r, randomPointIn(r, province), 3_000 + 9_000 * r.nextDouble(), 60, 0.45));
      types.add(r.nextBoolean() ? "水土保持" : "水土流失防治");
    }
    List<PlaneFeature> redLines = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      Geometry clipped = clip(shapes.get(i), province);
      if (!clipped.isEmpty()) {
        redLines.add(
            feature(clipped, "NAME", names.next(types.get(i) + "红线区"), "TYPE", types.get(i)));
      }
    }
    return redLines;
  }

  static Geometry clip(Geometry shape, Geometry area) {
    return OverlayNGRobust.overlay(shape, area, OverlayNG.INTERSECTION);
  }

  /** A point on the line displaced sideways by {@code distance} to a random bank. */
  static Coordinate offsetFrom(SplittableRandom r, LineString line, double distance) {
    int i = 1 + r.nextInt(line.getNumPoints() - 1);
    Coordinate a = line.getCoordinateN(i - 1);
    Coordinate b = line.getCoordinateN(i);
    double len = a.distance(b);
    double side = r.nextBoolean() ? distance : -distance;
    return new Coordinate(b.x - (b.y - a.y) / len * side, b.y + (b.x - a.x) / len * side);
  }

  static Coordinate randomPointIn(SplittableRandom r, Geometry area) {
    var env = area.getEnvelopeInternal();
    for (int attempt = 0; attempt < 10_000; attempt++) {
      Coordinate c =
          new Coordinate(
              env.getMinX() + r.nextDouble() * env.getWidth(),
              env.getMinY() + r.nextDouble() * env.getHeight());
      if (area.contains(LocalFrame.METRIC.createPoint(c))) {
        return c;
      }
    }
    throw new IllegalStateException("cannot find a point inside " + env);
  }

  static PlaneFeature feature(Geometry plane, Object... keyValues) {
    Map<String, Object> props = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      props.put((String) keyValues[i], keyValues[i + 1]);
    }
    return new PlaneFeature(plane, props);
  }
}
