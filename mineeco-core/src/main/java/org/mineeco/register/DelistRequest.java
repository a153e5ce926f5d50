package org.mineeco.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Patches to delist at once.
 *
 * @param patches the patch ids, at least one, each once
 * @param date 销号日期
 * @param document 销号文号, not blank
 * @param force whether to record patches the latest survey does not show restored; needs a reason
 * @param change who, when and why
 */
public record DelistRequest(
    List<String> patches, LocalDate date, String document, boolean force, Change change) {
  public DelistRequest {
    patches = List.copyOf(patches);
    if (patches.isEmpty() || patches.stream().distinct().count() != patches.size()) {
      throw new IllegalArgumentException(
          "expected at least one patch id, each once, was " + patches);
    }
    Objects.requireNonNull(date, "date");
    if (document == null || document.isBlank()) {
      throw new IllegalArgumentException("a delisting needs a 销号文号, was '" + document + "'");
    }
    Objects.requireNonNull(change, "change");
    if (force && change.reason().isEmpty()) {
      throw new IllegalArgumentException("forcing a delisting needs a reason, was none");
    }
  }
}
