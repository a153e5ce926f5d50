package org.mineeco.stats;

import java.util.Comparator;
import org.mineeco.units.Area;

/**
 * The one counting rule of every output — {@code analyze}'s summary, the map's summary and filters,
 * {@code table}, {@code zone-area} and the reports (DESIGN §5):
 *
 * <ul>
 *   <li><b>In a zone</b> (a polygons or buffer zone, a zone group, a whole corridor) is a patch
 *       with area inside it ({@link #inZone}): a patch partly inside the red line is a red-line
 *       patch, to be cleared. Zones overlap, so a patch may be in several; a total over zones is
 *       their union, overlaps counted once.
 *   <li><b>Parts</b> that do not overlap — the bands of one corridor, regions, the main stream and
 *       the tributaries — split a patch's area; its count goes to the part with the largest area
 *       ({@link #largest}, {@link #larger}), so counts add up like areas.
 * </ul>
 *
 * Both measures are shown where both apply: the area inside the zone (区内面积) and the whole area of
 * the patches counted (图斑面积). Stateless and thread-safe.
 */
public final class CountingRule {
  private CountingRule() {}

  /** Whether a patch with {@code inside} of its area in a zone is in that zone: any area. */
  public static boolean inZone(Area inside) {
    return inside.squareMetres() > 0;
  }

  /**
   * The part holding the largest area among {@code parts} (m², in the parts' order: the first on a
   * tie), or -1 when none has any area: where the patch's count goes.
   */
  public static int largest(double[] parts) {
    int largest = -1;
    double largestArea = 0;
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] > largestArea) {
        largest = i;
        largestArea = parts[i];
      }
    }
    return largest;
  }

  /**
   * Whether the part {@code key} of {@code m2} takes the count from the best part so far ({@code
   * best} of {@code bestM2}, null for none): a larger area, or an equal one earlier in {@code
   * order} (the table's).
   */
  static <K> boolean larger(double m2, double bestM2, K key, K best, Comparator<? super K> order) {
    return best == null || m2 > bestM2 || (m2 == bestM2 && order.compare(key, best) < 0);
  }
}
