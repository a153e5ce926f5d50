package org.mineeco.register;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A recorded delisting (销号) of a patch.
 *
 * @param patch the patch id, not blank
 * @param date 销号日期
 * @param document 销号文号, not blank
 * @param forced whether recorded although the latest survey did not show the patch restored
 * @param change who recorded it, when and why
 */
public record Delisting(
    String patch, LocalDate date, String document, boolean forced, Change change) {
  public Delisting {
    if (patch == null || patch.isBlank() || document == null || document.isBlank()) {
      throw new IllegalArgumentException(
          "a delisting needs a patch id and a 销号文号, was '" + patch + "', '" + document + "'");
    }
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(change, "change");
  }
}
