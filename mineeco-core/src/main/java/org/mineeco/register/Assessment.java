package org.mineeco.register;

import java.util.List;
import org.mineeco.report.Table;

/**
 * The year-end self-assessment (年度自查评估) of a survey year: its tables for one workbook and a short
 * Chinese summary.
 *
 * @param year the survey year assessed
 * @param tables the balance, the ledger with overdue flags at 12-31, the spot-check findings and
 *     the progress at 12-20
 * @param summary the plain-text summary in Chinese (counts and areas in mu, 2 decimals)
 */
public record Assessment(int year, List<Table> tables, String summary) {
  public Assessment {
    tables = List.copyOf(tables);
    if (summary == null || summary.isBlank()) {
      throw new IllegalArgumentException("an assessment needs a summary, was '" + summary + "'");
    }
  }
}
