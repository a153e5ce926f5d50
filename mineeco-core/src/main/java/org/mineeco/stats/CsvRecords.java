package org.mineeco.stats;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line (RFC 4180 quoting, no embedded line breaks) into fields. */
final class CsvRecords {
  private CsvRecords() {}

  /**
   * The fields of {@code line}.
   *
   * @throws IllegalArgumentException on an unclosed quote, naming the 1-based column
   */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int column = 1;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString().strip());
        field.setLength(0);
        column++;
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("column " + column + ": unclosed quote");
    }
    fields.add(field.toString().strip());
    return fields;
  }
}
