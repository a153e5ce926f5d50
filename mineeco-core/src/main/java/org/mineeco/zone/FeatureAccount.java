package org.mineeco.zone;

import java.util.Objects;
import org.mineeco.units.Area;

/**
 * What became of one feature of a zone or region layer, so that every feature is accounted for:
 * used as read, used after a repair, left out by the layer's filter, or rejected with a reason.
 * Areas are ellipsoidal (CGCS2000/GRS80); zero for points and lines.
 *
 * @param layer the zone name, or {@code regions}
 * @param feature the 0-based index of the feature in its file
 * @param id the region id, or {@code null} for zones
 * @param status what became of it
 * @param reason the repair made, the filter, or why it was rejected; empty when used as read
 * @param before the area as read ({@link Area#ZERO} when rejected)
 * @param after the area used ({@link Area#ZERO} when rejected or filtered)
 */
public record FeatureAccount(
    String layer, long feature, String id, Status status, String reason, Area before, Area after) {
  /** What became of a feature. */
  public enum Status {
    /** Used as read. */
    OK,
    /** Used after a repair (see the reason). */
    REPAIRED,
    /** Not selected by the layer's {@code where} filter. */
    FILTERED,
    /** Left out, for the reason given. */
    REJECTED,
    /**
     * Not read: beyond the farthest distance any zone of its layer reaches of every patch (a large
     * layer read through its spatial index); one account per run of such features, from {@code
     * feature}, the run given in the reason.
     */
    FAR
  }

  public FeatureAccount {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(before, "area before");
    Objects.requireNonNull(after, "area after");
    if (feature < 0) {
      throw new IllegalArgumentException("feature index must be >= 0, was " + feature);
    }
  }

  /** The area gained (positive) or lost (negative) by a repair. */
  public Area change() {
    return after.minus(before);
  }
}
