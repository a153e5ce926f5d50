package org.mineeco.ingest;

import java.util.Objects;

/**
 * A rejected feature.
 *
 * @param index 0-based position of the feature in its source
 * @param id the patch id, or {@code null} when the feature has none
 * @param field the field at fault ({@code geometry} for the geometry), or {@code null}
 * @param reason why the feature cannot be used
 */
public record Reject(long index, String id, String field, String reason) {
  public Reject {
    if (index < 0) {
      throw new IllegalArgumentException("feature index must be >= 0, was " + index);
    }
    Objects.requireNonNull(reason, "reason of reject of feature " + index);
  }

  /** The field and the reason, e.g. {@code geometry: no geometry}. */
  public String message() {
    return field == null ? reason : field + ": " + reason;
  }
}
