package org.mineeco.ingest;

import java.util.Map;
import java.util.Objects;
import org.mineeco.model.MinePatch;
import org.mineeco.units.Area;

/**
 * What became of one input feature. The patch geometry is in the layer's CRS ({@link
 * PatchStream#crs()}).
 *
 * @param index 0-based position of the feature in its source
 * @param id the patch id, or {@code null} when the feature has none
 * @param patch the patch, or {@code null} when rejected or filtered
 * @param area the patch's ellipsoidal area (CGCS2000/GRS80), or {@code null} when rejected or
 *     filtered
 * @param status accepted as read, repaired, rejected, or filtered out by the selection
 * @param reason what was repaired, why the feature was rejected or which selection condition it
 *     failed; {@code null} when accepted
 * @param attributes every attribute of the source feature as read, in source order, whatever its
 *     status (the ledger of {@code patches.csv})
 */
public record PatchOutcome(
    long index,
    String id,
    MinePatch patch,
    Area area,
    Status status,
    String reason,
    Map<String, Object> attributes) {
  /** The fate of a feature. */
  public enum Status {
    /** Read as written. */
    ACCEPTED,
    /** Its geometry was repaired; see the reason. */
    REPAIRED,
    /** Not usable; see the reason. */
    REJECTED,
    /** Left out by the patch selection; see the reason. */
    FILTERED;

    /** True for a feature that is analysed (accepted or repaired). */
    public boolean analysed() {
      return this == ACCEPTED || this == REPAIRED;
    }
  }

  /** An outcome without source attributes. */
  public PatchOutcome(
      long index, String id, MinePatch patch, Area area, Status status, String reason) {
    this(index, id, patch, area, status, reason, Map.of());
  }

  public PatchOutcome {
    if (index < 0) {
      throw new IllegalArgumentException("feature index must be >= 0, was " + index);
    }
    Objects.requireNonNull(status, "status of feature " + index);
    if ((patch == null) == status.analysed() || (patch == null) != (area == null)) {
      throw new IllegalArgumentException(
          "feature "
              + index
              + ": a patch and its area are required exactly when accepted or repaired, status was "
              + status);
    }
    attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    if ((reason == null) != (status == Status.ACCEPTED)) {
      throw new IllegalArgumentException(
          "feature " + index + ": a reason is required unless accepted, status was " + status);
    }
  }
}
