package org.mineeco.stats;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inclusive range of restoration years, e.g. 2018-2020.
 *
 * @param first the first year
 * @param last the last year, not before {@code first}
 */
public record YearRange(int first, int last) {
  private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:\\s*[-–—~～]\\s*(\\d{4}))?");

  public YearRange {
    if (first > last) {
      throw new IllegalArgumentException(
          "year range must not end before it starts, was " + first + "-" + last);
    }
  }

  /** Parses {@code 2018-2020} or a single year {@code 2021}. */
  public static YearRange parse(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected a year or a year range like 2018-2020, was '" + text + "'");
    }
    int first = Integer.parseInt(m.group(1));
    return new YearRange(first, m.group(2) == null ? first : Integer.parseInt(m.group(2)));
  }

  /** Whether {@code year} lies in the range; false for null. */
  public boolean contains(Integer year) {
    return year != null && year >= first && year <= last;
  }

  @Override
  public String toString() {
    return first == last ? Integer.toString(first) : first + "-" + last;
  }
}
