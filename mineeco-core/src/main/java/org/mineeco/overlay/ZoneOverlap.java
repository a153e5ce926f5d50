package org.mineeco.overlay;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.mineeco.units.Area;

/**
 * One piece of a patch in the partition its polygons and buffer zones make of it: the part inside
 * exactly the zones {@code zones} and outside the others (a Venn region), with its ellipsoidal area
 * (CGCS2000/GRS80). The pieces of a patch let the area inside the union of any set of zones be
 * added up exactly, overlaps counted once ({@link #union}).
 *
 * @param zones the names of the zones this piece lies in, at least one
 * @param area the piece's area, at least 0
 */
public record ZoneOverlap(Set<String> zones, Area area) {
  public ZoneOverlap {
    if (zones == null || zones.isEmpty()) {
      throw new IllegalArgumentException("a zone overlap lies in at least one zone, was " + zones);
    }
    zones = Set.copyOf(new TreeSet<>(zones));
    Objects.requireNonNull(area, "area of the overlap of " + zones);
    if (area.squareMetres() < 0) {
      throw new IllegalArgumentException("overlap area must be >= 0, was " + area);
    }
  }

  /**
   * The area inside the union of {@code zones}: the sum of the pieces lying in any of them.
   *
   * @param pieces the pieces of one patch (or of its part in one region)
   */
  public static Area union(List<ZoneOverlap> pieces, Collection<String> zones) {
    double m2 = 0;
    for (ZoneOverlap piece : pieces) {
      for (String zone : zones) {
        if (piece.zones.contains(zone)) {
          m2 += piece.area.squareMetres();
          break;
        }
      }
    }
    return Area.squareMetres(m2);
  }
}
