package org.mineeco.register;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A spot check (抽查) of a patch in the field.
 *
 * @param patch the patch id, not blank
 * @param date the day of the visit
 * @param finding 合格 or 不合格
 * @param note what was found, may be empty
 * @param change who recorded it, when and why
 */
public record Check(String patch, LocalDate date, Finding finding, String note, Change change) {
  public Check {
    if (patch == null || patch.isBlank()) {
      throw new IllegalArgumentException("a check needs a patch id, was '" + patch + "'");
    }
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(finding, "finding");
    note = note == null ? "" : note.strip();
    Objects.requireNonNull(change, "change");
  }
}
