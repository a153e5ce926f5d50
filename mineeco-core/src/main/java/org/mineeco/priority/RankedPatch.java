package org.mineeco.priority;

import java.util.List;
import java.util.Objects;

/**
 * A patch's place in the restoration order.
 *
 * @param rank 1 for the first patch to restore
 * @param facts what the rank was decided on
 */
public record RankedPatch(int rank, PriorityFacts facts) {
  public RankedPatch {
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be >= 1, was " + rank);
    }
    Objects.requireNonNull(facts, "facts");
  }

  /** 0-based position of the patch in its source. */
  public long index() {
    return facts.index();
  }

  /** The patch id. */
  public String id() {
    return facts.id();
  }

  /** Why it ranks there, most important first (worded when asked: most callers need the rank). */
  public List<String> reasons() {
    return PriorityRanking.reasons(facts);
  }
}
