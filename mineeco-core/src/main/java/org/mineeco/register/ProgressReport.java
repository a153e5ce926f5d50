package org.mineeco.register;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One monthly progress report of a mine's restoration works (按月填报修复工程进度).
 *
 * @param mine the mine id (the spec's mine id field, as in the ledger), not blank
 * @param date the day the progress stands at
 * @param stage the stage of the works
 * @param percent how far the works are, 0 to 100
 * @param note a free remark, may be empty
 */
public record ProgressReport(String mine, LocalDate date, Stage stage, int percent, String note) {
  public ProgressReport {
    if (mine == null || mine.isBlank()) {
      throw new IllegalArgumentException("mine must not be blank, was '" + mine + "'");
    }
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(stage, "stage");
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("percent must be 0 to 100, was " + percent);
    }
    note = note == null ? "" : note.strip();
  }
}
