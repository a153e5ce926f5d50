package org.mineeco.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * The river network in the plane (metres): a meandering main stream (长江) crossing the province from
 * west to east and extending 40-60 km beyond it, named tributaries ending exactly on a main-stream
 * vertex, and unnamed minor streams ending exactly on a vertex of either. No river crosses another.
 * Immutable after construction.
 */
final class Rivers {
  private static final String[] TRIBUTARIES = {"沮漳河", "汉江", "清江", "澧水", "沅江"};
  private static final int[] SIDES = {1, 1, -1, -1, -1};
  private static final int MINOR_STREAMS = 40;
  private static final double MIN_PIECE = 2_200;
  private static final double MAX_PIECE = 17_000;
  private static final Meander MAIN_WALK = new Meander(250, Math.toRadians(60), 14_000);
  private static final Meander TRIBUTARY_WALK = new Meander(250, Math.toRadians(55), 9_000);
  private static final Meander MINOR_WALK = new Meander(200, Math.toRadians(45), 4_000);

  private final List<River> rivers = new ArrayList<>();

  private Rivers() {}

  /** The main stream and the named tributaries. */
  static Rivers major(SplittableRandom r) {
    Rivers rivers = new Rivers();
    List<Coordinate> waypoints = new ArrayList<>();
    for (int i = 0; i <= 5; i++) {
      waypoints.add(new Coordinate(-290_000 + i * 116_000, (r.nextDouble() - 0.5) * 70_000));
    }
    LineString main = MAIN_WALK.walk(r, waypoints);
    rivers.rivers.add(new River("长江", River.MAIN, main));
    for (int t = 0; t < TRIBUTARIES.length; t++) {
      double x = -170_000 + t * 85_000 + (r.nextDouble() - 0.5) * 30_000;
      Coordinate junction = vertexNearX(main, x);
      for (int attempt = 0; ; attempt++) {
        Coordinate source =
            new Coordinate(
                junction.x + (r.nextDouble() - 0.5) * 120_000,
                junction.y + SIDES[t] * (120_000 + r.nextDouble() * 70_000));
        LineString line = TRIBUTARY_WALK.walk(r, List.of(source, junction));
        if (rivers.joinsOnlyAt(line, junction)) {
          rivers.rivers.add(new River(TRIBUTARIES[t], River.TRIBUTARY, line));
          break;
        }
        if (attempt == 100) {
          throw new IllegalStateException("cannot route tributary " + TRIBUTARIES[t]);
        }
      }
    }
    return rivers;
  }

  /** Adds unnamed minor streams that avoid {@code obstacles} and stay inside {@code province}. */
  void addMinorStreams(SplittableRandom r, Geometry province, Geometry obstacles) {
    List<River> hosts = List.copyOf(rivers);
    int added = 0;
    for (int attempt = 0; added < MINOR_STREAMS && attempt < 50 * MINOR_STREAMS; attempt++) {
      LineString host = hosts.get(r.nextInt(hosts.size())).line();
      int n = host.getNumPoints();
      int j = 10 + r.nextInt(n - 20);
      Coordinate junction = host.getCoordinateN(j);
      Coordinate before = host.getCoordinateN(j - 1);
      double across =
          Math.atan2(junction.y - before.y, junction.x - before.x)
              + (r.nextBoolean() ? 1 : -1) * Math.toRadians(50 + 80 * r.nextDouble());
      double length = 5_000 + 25_000 * r.nextDouble();
      Coordinate source =
          new Coordinate(
              junction.x + length * Math.cos(across), junction.y + length * Math.sin(across));
      LineString line = MINOR_WALK.walk(r, List.of(source, junction));
      if (province.contains(line.getStartPoint())
          && !line.intersects(obstacles)
          && joinsOnlyAt(line, junction)) {
        rivers.add(new River(null, River.MINOR, line));
        added++;
      }
    }
  }

  private boolean joinsOnlyAt(LineString line, Coordinate junction) {
    for (River other : rivers) {
      Geometry touch = line.intersection(other.line());
      if (!touch.isEmpty()
          && !(touch.getNumPoints() == 1 && touch.getCoordinate().equals2D(junction))) {
        return false;
      }
    }
    return true;
  }

  private static Coordinate vertexNearX(LineString line, double x) {
    for (int i = 0; i < line.getNumPoints(); i++) {
      if (line.getCoordinateN(i).x >= x) {
        return line.getCoordinateN(i);
      }
    }
    throw new IllegalArgumentException("line does not reach x = " + x);
  }

  /**
   * Splits a line at vertices into pieces of roughly 2.2-19 km (log-uniform targets), as surveyed
   * rivers arrive; consecutive pieces share their end vertex exactly.
   */
  static List<LineString> pieces(SplittableRandom r, LineString line) {
    List<LineString> pieces = new ArrayList<>();
    Coordinate[] pts = line.getCoordinates();
    double remaining = line.getLength();
    int start = 0;
    while (start < pts.length - 1) {
      double target = MIN_PIECE * Math.exp(r.nextDouble() * Math.log(MAX_PIECE / MIN_PIECE));
      int end = start;
      double length = 0;
      if (remaining < target + MIN_PIECE) {
        end = pts.length - 1;
      } else {
        while (length < target) {
          length += pts[end].distance(pts[end + 1]);
          end++;
        }
      }
      pieces.add(
          LocalFrame.METRIC.createLineString(java.util.Arrays.copyOfRange(pts, start, end + 1)));
      remaining -= length;
      start = end;
    }
    return pieces;
  }

  List<River> all() {
    return rivers;
  }

  /** The main stream and the tributaries: the rivers that corridors are measured from. */
  List<River> named() {
    return rivers.stream().filter(v -> v.name() != null).toList();
  }

  /** Everything as one plane geometry. */
  Geometry union() {
    return LocalFrame.METRIC.buildGeometry(rivers.stream().map(River::line).toList());
  }
}
