package org.mineeco.stats;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.mineeco.units.Area;

/**
 * How a patch's polygons and buffer zones overlap: the pieces they cut it into (the part inside
 * exactly a set of zones, measured on the CGCS2000 ellipsoid), for the whole patch and, for a patch
 * split between regions, for its part in each region. Recorded only for a patch with area in two or
 * more such zones; with them the area inside the union of any zones is exact ({@link
 * #union(Collection, double, ToDoubleFunction, Map)}). Immutable.
 *
 * @param whole zone names → area of the piece inside exactly those zones
 * @param byRegion region id → the pieces of the patch's part in that region
 */
public record Overlaps(Map<Set<String>, Area> whole, Map<String, Map<Set<String>, Area>> byRegion) {
  /** No overlaps: the patch has area in at most one polygons or buffer zone. */
  public static final Overlaps NONE = new Overlaps(Map.of(), Map.of());

  public Overlaps {
    whole = copy(whole);
    Map<String, Map<Set<String>, Area>> regions = new TreeMap<>();
    Objects.requireNonNull(byRegion, "overlaps by region")
        .forEach((r, p) -> regions.put(r, copy(p)));
    byRegion = Collections.unmodifiableMap(regions);
  }

  private static Map<Set<String>, Area> copy(Map<Set<String>, Area> pieces) {
    Map<Set<String>, Area> copy = new LinkedHashMap<>();
    Objects.requireNonNull(pieces, "overlap pieces")
        .forEach(
            (zones, area) -> {
              if (zones.isEmpty() || area == null || area.squareMetres() < 0) {
                throw new IllegalArgumentException(
                    "an overlap piece needs zones and an area >= 0, was " + zones + " " + area);
              }
              copy.put(Set.copyOf(zones), area);
            });
    return Collections.unmodifiableMap(copy);
  }

  /**
   * The area inside the union of {@code zones} of a patch (or part) of {@code whole} m², whose area
   * in each zone column is {@code inZone}, given its overlap {@code pieces}: the one zone's area
   * when at most one of them holds part of it, the whole when one holds all of it, the sum of the
   * pieces in any of them when every zone holding part of it has its pieces; empty otherwise (two
   * or more corridor bands or a band beside a zone each hold part of it, and their overlap was not
   * measured).
   */
  static Optional<Area> union(
      Collection<String> zones,
      double whole,
      ToDoubleFunction<String> inZone,
      Map<Set<String>, Area> pieces) {
    double only = 0;
    int holding = 0;
    boolean measured = true;
    for (String zone : zones) {
      double m2 = inZone.applyAsDouble(zone);
      if (m2 <= 0) {
        continue;
      }
      if (m2 >= whole) {
        return Optional.of(Area.squareMetres(whole));
      }
      holding++;
      only = m2;
      measured &= pieces.keySet().stream().anyMatch(p -> p.contains(zone));
    }
    if (holding <= 1) {
      return Optional.of(Area.squareMetres(only));
    }
    if (!measured) {
      return Optional.empty();
    }
    double m2 = 0;
    for (Map.Entry<Set<String>, Area> piece : pieces.entrySet()) {
      if (zones.stream().anyMatch(piece.getKey()::contains)) {
        m2 += piece.getValue().squareMetres();
      }
    }
    return Optional.of(Area.squareMetres(m2));
  }
}
