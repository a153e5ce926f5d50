package org.mineeco.ingest;

import java.util.Objects;

/**
 * A feature left out by the patch selection ({@link PatchSelection}): read, not analysed, listed.
 *
 * @param index 0-based position of the feature in its source
 * @param id the patch id, or {@code null} when the feature has none
 * @param reason which condition it failed, e.g. {@code TBDL is '20', not one of [10]}
 */
public record Filtered(long index, String id, String reason) {
  public Filtered {
    if (index < 0) {
      throw new IllegalArgumentException("feature index must be >= 0, was " + index);
    }
    Objects.requireNonNull(reason, "reason of filtered feature " + index);
  }
}
