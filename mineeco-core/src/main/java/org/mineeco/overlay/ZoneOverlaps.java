package org.mineeco.overlay;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.units.Area;

/**
 * The pieces ({@link ZoneOverlap}) a patch's polygons and buffer zones cut it into, for a patch
 * with area in at least two of them; none otherwise (the union of any zones is then the one zone's
 * area). A zone holding the whole patch is in every piece, so geometry is built only when two or
 * more zones each hold part of the patch: their parts inside the patch are overlaid in lon/lat and
 * each piece measured on the GRS80 ellipsoid. Stateless and thread-safe.
 */
final class ZoneOverlaps {
  private ZoneOverlaps() {}

  /**
   * The pieces of {@code patch}.
   *
   * @param results the patch's result in every zone, in the analyzers' order
   * @param analyzers the zones' analyzers; those of zones that are not {@code unionable} are not
   *     asked
   * @param unionable which zones take part (polygons and buffer zones)
   */
  static List<ZoneOverlap> of(
      LonLatPatch patch,
      List<ZoneOverlay> results,
      List<? extends ZoneAnalyzer> analyzers,
      boolean[] unionable) {
    double whole = patch.area().squareMetres();
    Set<String> full = new HashSet<>();
    List<Integer> partial = new ArrayList<>();
    for (int z = 0; z < results.size(); z++) {
      double inside = unionable[z] ? results.get(z).total().squareMetres() : 0;
      if (inside >= whole && inside > 0) {
        full.add(results.get(z).zone());
      } else if (inside > 0) {
        partial.add(z);
      }
    }
    if (full.size() + partial.size() < 2) {
      return List.of();
    }
    List<ZoneOverlap> pieces = new ArrayList<>();
    if (partial.size() <= 1) {
      double part = 0;
      for (int z : partial) {
        part = results.get(z).total().squareMetres();
        pieces.add(piece(full, results.get(z).zone(), part));
      }
      if (whole - part > 0) {
        pieces.add(new ZoneOverlap(full, Area.squareMetres(whole - part)));
      }
      return pieces;
    }
    List<Set<String>> sets = new ArrayList<>();
    List<Geometry> shapes = new ArrayList<>();
    Geometry covered = null;
    for (int z : partial) {
      String zone = results.get(z).zone();
      Geometry inside = analyzers.get(z).inside(patch);
      List<Set<String>> nextSets = new ArrayList<>();
      List<Geometry> nextShapes = new ArrayList<>();
      for (int i = 0; i < shapes.size(); i++) {
        Set<String> in = new HashSet<>(sets.get(i));
        in.add(zone);
        keep(nextSets, nextShapes, in, overlay(shapes.get(i), inside, OverlayNG.INTERSECTION));
        keep(
            nextSets,
            nextShapes,
            sets.get(i),
            overlay(shapes.get(i), inside, OverlayNG.DIFFERENCE));
      }
      Set<String> only = new HashSet<>(full);
      only.add(zone);
      keep(
          nextSets,
          nextShapes,
          only,
          covered == null ? inside : overlay(inside, covered, OverlayNG.DIFFERENCE));
      covered = covered == null ? inside : overlay(covered, inside, OverlayNG.UNION);
      sets = nextSets;
      shapes = nextShapes;
    }
    double inParts = 0;
    for (int i = 0; i < shapes.size(); i++) {
      Area area = EllipsoidalArea.ofLonLat(shapes.get(i));
      inParts += area.squareMetres();
      pieces.add(new ZoneOverlap(sets.get(i), area));
    }
    if (!full.isEmpty() && whole - inParts > 0) {
      pieces.add(new ZoneOverlap(full, Area.squareMetres(whole - inParts)));
    }
    return pieces;
  }

  private static ZoneOverlap piece(Set<String> full, String zone, double m2) {
    Set<String> zones = new HashSet<>(full);
    zones.add(zone);
    return new ZoneOverlap(zones, Area.squareMetres(m2));
  }

  private static Geometry overlay(Geometry a, Geometry b, int op) {
    return OverlayNGRobust.overlay(a, b, op);
  }

  private static void keep(
      List<Set<String>> sets, List<Geometry> shapes, Set<String> zones, Geometry shape) {
    if (!shape.isEmpty() && shape.getArea() > 0) {
      sets.add(zones);
      shapes.add(shape);
    }
  }
}
