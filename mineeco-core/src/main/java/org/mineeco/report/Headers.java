package org.mineeco.report;

import java.util.ArrayList;
import java.util.List;

/** The three header rows of a written table: column group, column title, unit. */
final class Headers {
  /** Number of header rows. */
  static final int ROWS = 3;

  private Headers() {}

  static List<List<String>> of(Table table, Language language) {
    List<String> groups = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    List<String> units = new ArrayList<>();
    for (Column column : table.columns()) {
      groups.add(column.group().in(language));
      titles.add(column.title().in(language));
      units.add(column.unitText(language));
    }
    return List.of(groups, titles, units);
  }
}
