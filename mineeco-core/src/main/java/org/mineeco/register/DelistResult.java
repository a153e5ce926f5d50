package org.mineeco.register;

import java.util.List;
import org.mineeco.vocabulary.Bilingual;

/**
 * What a delisting request did: all its patches recorded, or none and one refusal per patch.
 *
 * @param recorded the delistings recorded; empty when any patch was refused
 * @param refusals one line per refused patch, saying why
 */
public record DelistResult(List<Delisting> recorded, List<Bilingual> refusals) {
  public DelistResult {
    recorded = List.copyOf(recorded);
    refusals = List.copyOf(refusals);
    if (!recorded.isEmpty() && !refusals.isEmpty()) {
      throw new IllegalArgumentException("a request with refusals must record nothing");
    }
  }
}
