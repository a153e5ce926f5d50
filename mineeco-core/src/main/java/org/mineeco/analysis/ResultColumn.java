package org.mineeco.analysis;

import java.util.Objects;
import java.util.Optional;
import org.mineeco.units.Length;

/**
 * One per-patch result column of an analysis, as {@code patches.csv} names it: the area of a patch
 * inside a zone or one band of a corridor (m², ellipsoidal on CGCS2000/GRS80), or its ground
 * distance to a corridor's lines (metres). Obtained from {@link ResultColumns}; read a patch's
 * value with {@link PatchRow#area(ResultColumn)} or {@link PatchRow#distance(ResultColumn)}.
 *
 * @param index the column's position in {@link ResultColumns#all()}
 * @param name the column name, e.g. {@code yangtze_0_10000_m2}, {@code red_line_m2}, {@code
 *     yangtze_dist_m}
 * @param zone the zone name
 * @param kind an area or a distance
 * @param band for an area column of a corridor, the band's edges; empty otherwise
 */
public record ResultColumn(int index, String name, String zone, Kind kind, Optional<Band> band) {
  /** What a column holds. */
  public enum Kind {
    /** The patch's area inside the zone or band, m². */
    AREA,
    /** The ground distance from the patch to the nearest line of a corridor, metres. */
    DISTANCE
  }

  /**
   * The distances of one corridor band, from its inner to its outer edge, on the ground.
   *
   * @param from the inner edge
   * @param to the outer edge, greater than {@code from}
   */
  public record Band(Length from, Length to) {
    public Band {
      Objects.requireNonNull(from, "inner band edge");
      Objects.requireNonNull(to, "outer band edge");
      if (!(to.metres() > from.metres())) {
        throw new IllegalArgumentException(
            "band edges must increase, were " + from.metres() + " m and " + to.metres() + " m");
      }
    }

    /** The band as {@code summary.csv} writes it, e.g. {@code 0-5000 m} (whole metres). */
    public String label() {
      return (long) from.metres() + "-" + (long) to.metres() + " m";
    }
  }

  public ResultColumn {
    if (index < 0) {
      throw new IllegalArgumentException("column index must be >= 0, was " + index);
    }
    Objects.requireNonNull(name, "column name");
    Objects.requireNonNull(zone, "zone of column " + name);
    Objects.requireNonNull(kind, "kind of column " + name);
    Objects.requireNonNull(band, "band of column " + name + " (Optional.empty() for none)");
    if (kind == Kind.DISTANCE && band.isPresent()) {
      throw new IllegalArgumentException("distance column " + name + " cannot have a band");
    }
  }

  /**
   * The column's name without its unit suffix, as the map's tags and the statistics key zone areas:
   * {@code yangtze_0_10000}, {@code red_line}.
   */
  public String key() {
    String suffix = kind == Kind.AREA ? "_m2" : "_m";
    return name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
  }
}
