package org.mineeco.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mineeco.io.BadInputException;
import org.mineeco.io.CsvDialect;
import org.mineeco.io.IoErrors;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;

/**
 * Reads a targets CSV ({@link CsvDialect}: RFC 4180, UTF-8 with or without a byte-order mark;
 * header row): {@code region, target, unit} required, {@code period, status, zone, mode} optional,
 * in any order. Blank lines and lines starting with {@code #} are skipped. Errors name the file,
 * the 1-based line and column.
 */
final class TargetsCsv {
  private static final List<String> COLUMNS =
      List.of("region", "period", "status", "zone", "mode", "target", "unit", "mines", "deadline");
  private static final List<String> REQUIRED = List.of("region", "target", "unit");

  private TargetsCsv() {}

  static List<Target> read(Path file) {
    try (CSVParser parser =
        CsvDialect.parser(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      List<String> header = null;
      List<Target> targets = new ArrayList<>();
      int number = 0;
      for (CSVRecord record : parser) {
        number++;
        int line = number;
        number = (int) Math.max(number, parser.getCurrentLineNumber());
        List<String> fields = record.stream().map(String::strip).toList();
        if ((fields.size() == 1 && fields.get(0).isEmpty()) || fields.get(0).startsWith("#")) {
          continue;
        }
        if (header == null) {
          header = header(file, line, fields);
        } else {
          targets.add(target(file, line, header, fields));
        }
      }
      if (header == null) {
        throw new BadInputException(file, "no header row: expected columns " + COLUMNS);
      }
      return targets;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new BadInputException(file, "cannot read targets: " + IoErrors.reason(e, file), e);
    }
  }

  private static List<String> header(Path file, int number, List<String> fields) {
    List<String> header = fields.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
    for (int c = 0; c < header.size(); c++) {
      if (!COLUMNS.contains(header.get(c)) || header.indexOf(header.get(c)) != c) {
        throw new BadInputException(
            file,
            "line "
                + number
                + ", column "
                + (c + 1)
                + ": unexpected or repeated column '"
                + fields.get(c)
                + "', expected each of "
                + COLUMNS
                + " at most once");
      }
    }
    for (String required : REQUIRED) {
      if (!header.contains(required)) {
        throw new BadInputException(
            file, "line " + number + ": missing column '" + required + "' in header " + fields);
      }
    }
    return header;
  }

  private static Target target(Path file, int number, List<String> header, List<String> fields) {
    if (fields.size() != header.size()) {
      throw new BadInputException(
          file,
          "line "
              + number
              + ": expected "
              + header.size()
              + " fields as in the header, found "
              + fields.size());
    }
    String periodText = get(header, fields, "period");
    YearRange period =
        periodText.isEmpty()
            ? null
            : parse(file, number, header, "period", () -> YearRange.parse(periodText));
    AreaUnit unit =
        parse(file, number, header, "unit", () -> AreaUnit.parse(get(header, fields, "unit")));
    double value =
        parse(file, number, header, "target", () -> number(get(header, fields, "target")));
    String region = get(header, fields, "region");
    if (region.isEmpty()) {
      throw error(file, number, header, "region", "a region id is required");
    }
    String minesText = get(header, fields, "mines");
    Integer mines =
        minesText.isEmpty()
            ? null
            : parse(file, number, header, "mines", () -> wholeNumber(minesText));
    String deadlineText = get(header, fields, "deadline");
    YearMonth deadline =
        deadlineText.isEmpty()
            ? null
            : parse(file, number, header, "deadline", () -> deadline(deadlineText));
    return parse(
        file,
        number,
        header,
        deadline == null ? "mines" : "deadline",
        () ->
            new Target(
                number,
                region,
                period,
                get(header, fields, "status"),
                get(header, fields, "zone"),
                get(header, fields, "mode"),
                Area.of(value, unit),
                unit,
                mines,
                deadline));
  }

  /** A deadline: a year {@code YYYY} (its December) or a month {@code YYYY-MM}. */
  private static YearMonth deadline(String text) {
    try {
      return text.matches("\\d{4}")
          ? YearMonth.of(Integer.parseInt(text), 12)
          : YearMonth.parse(text);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException(
          "expected a year YYYY or a month YYYY-MM, was '" + text + "'");
    }
  }

  private static int wholeNumber(String text) {
    try {
      int value = Integer.parseInt(text);
      if (value < 0) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a whole number >= 0, was '" + text + "'");
    }
  }

  private static double number(String text) {
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a number >= 0, was '" + text + "'");
    }
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException("expected a number >= 0, was '" + text + "'");
    }
    return value;
  }

  private static <T> T parse(
      Path file, int number, List<String> header, String column, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw error(file, number, header, column, e.getMessage());
    }
  }

  private static BadInputException error(
      Path file, int number, List<String> header, String column, String message) {
    return new BadInputException(
        file,
        "line "
            + number
            + ", column "
            + (header.indexOf(column) + 1)
            + " ("
            + column
            + "): "
            + message);
  }

  private static String get(List<String> header, List<String> fields, String column) {
    int c = header.indexOf(column);
    return c < 0 ? "" : fields.get(c);
  }
}
