package org.mineeco.priority;

import java.util.List;

/**
 * A patch's place in the restoration order.
 *
 * @param index 0-based position of the patch in its source
 * @param id the patch id
 * @param rank 1 for the first patch to restore
 * @param reasons why it ranks there, most important first
 */
public record RankedPatch(long index, String id, int rank, List<String> reasons) {
  public RankedPatch {
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be >= 1, was " + rank);
    }
    reasons = List.copyOf(reasons);
  }
}
