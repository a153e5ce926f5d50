package org.mineeco.table;

import java.util.ArrayList;
import java.util.List;
import org.mineeco.vocabulary.Language;

/**
 * The header rows of a written table (column group, column title, unit) and a column's one-line
 * header, as the CSV, the workbook and the command line's previews write them.
 */
public final class Headers {
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

  /**
   * A column's header on one line: group and title, then the unit in parentheses, e.g. {@code 干流 面积
   * (公顷)} or {@code main stream area (ha)}.
   */
  public static String title(Column column, Language language) {
    String unit = column.unitText(language);
    String title = (column.group().in(language) + " " + column.title().in(language)).strip();
    if (unit.isEmpty()) {
      return title;
    }
    return language == Language.ZH ? title + "（" + unit + "）" : title + " (" + unit + ")";
  }

  /** Display width in terminal columns: two for a CJK (or other wide) character, one otherwise. */
  public static int displayWidth(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += cp >= 0x1100 ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }
}
