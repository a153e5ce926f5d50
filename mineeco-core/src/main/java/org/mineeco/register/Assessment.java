package org.mineeco.register;

import java.util.List;
import org.mineeco.table.Table;
import org.mineeco.vocabulary.Bilingual;

/**
 * The year-end self-assessment (年度自查评估) of a survey year: its tables for one workbook and a short
 * summary.
 *
 * @param year the survey year assessed
 * @param tables the balance, the ledger with overdue flags at 12-31, the spot-check findings, the
 *     progress at 12-20 and the next year's draft plan (open patches by restoration priority)
 * @param summary the plain-text summary in Chinese and English (counts and areas in mu, 2 decimals)
 */
public record Assessment(int year, List<Table> tables, Bilingual summary) {
  public Assessment {
    tables = List.copyOf(tables);
    if (summary == null || summary.zh().isBlank() || summary.en().isBlank()) {
      throw new IllegalArgumentException("an assessment needs a summary, was '" + summary + "'");
    }
  }
}
