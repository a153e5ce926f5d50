package org.mineeco.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;

/**
 * Transport lines in the plane (metres): railways, expressways and national roads running across
 * the province through county seats (extending 30 km beyond the outermost seat), and provincial
 * roads between pairs of nearby seats.
 */
final class Roads {
  private static final String[] RAILWAYS = {"焦柳铁路", "沪汉蓉铁路"};
  private static final String[] EXPRESSWAYS = {"G50沪渝高速", "G55二广高速", "G42沪蓉高速"};
  private static final String[] NATIONAL = {"G318", "G207", "G209", "G351"};
  private static final int PROVINCIAL = 10;
  private static final Meander TRUNK = new Meander(500, Math.toRadians(12), 25_000);
  private static final Meander LOCAL = new Meander(300, Math.toRadians(25), 8_000);

  private Roads() {}

  static List<PlaneFeature> build(SplittableRandom r, Counties counties) {
    List<Coordinate> seats = counties.all().stream().map(County::seat).toList();
    List<PlaneFeature> roads = new ArrayList<>();
    addTrunks(r, seats, RAILWAYS, "railway", roads);
    addTrunks(r, seats, EXPRESSWAYS, "expressway", roads);
    addTrunks(r, seats, NATIONAL, "national", roads);
    for (int i = 0; i < PROVINCIAL; ) {
      Coordinate a = seats.get(r.nextInt(seats.size()));
      Coordinate b = seats.get(r.nextInt(seats.size()));
      if (a.distance(b) > 40_000 && a.distance(b) < 120_000) {
        roads.add(
            Landscape.feature(
                LOCAL.walk(r, List.of(a, b)), "NAME", "S" + (201 + 12 * i), "CLASS", "provincial"));
        i++;
      }
    }
    return roads;
  }

  private static void addTrunks(
      SplittableRandom r,
      List<Coordinate> seats,
      String[] names,
      String roadClass,
      List<PlaneFeature> out) {
    for (String name : names) {
      double angle = r.nextDouble() * Math.PI;
      out.add(
          Landscape.feature(
              TRUNK.walk(r, route(r, seats, angle)), "NAME", name, "CLASS", roadClass));
    }
  }

  /**
   * Seats visited in order along direction {@code angle}: from the rearmost, repeatedly the nearest
   * seat at least 25 km further on, then extended beyond both ends.
   */
  private static List<Coordinate> route(SplittableRandom r, List<Coordinate> seats, double angle) {
    double dx = Math.cos(angle);
    double dy = Math.sin(angle);
    Comparator<Coordinate> along = Comparator.comparingDouble(c -> c.x * dx + c.y * dy);
    List<Coordinate> sorted = new ArrayList<>(seats);
    sorted.sort(along);
    List<Coordinate> route = new ArrayList<>();
    Coordinate current = sorted.get(r.nextInt(Math.min(3, sorted.size())));
    route.add(current);
    while (true) {
      Coordinate from = current;
      double progress = from.x * dx + from.y * dy;
      Coordinate next =
          sorted.stream()
              .filter(c -> c.x * dx + c.y * dy > progress + 25_000)
              .min(Comparator.comparingDouble(from::distance))
              .orElse(null);
      if (next == null) {
        break;
      }
      route.add(next);
      current = next;
    }
    Coordinate first = route.get(0);
    Coordinate last = route.get(route.size() - 1);
    route.add(0, new Coordinate(first.x - 30_000 * dx, first.y - 30_000 * dy));
    route.add(new Coordinate(last.x + 30_000 * dx, last.y + 30_000 * dy));
    return route;
  }
}
