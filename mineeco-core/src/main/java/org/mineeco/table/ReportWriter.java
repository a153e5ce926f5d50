package org.mineeco.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mineeco.io.AtomicOutput;
import org.mineeco.io.BadInputException;
import org.mineeco.vocabulary.Language;

/**
 * Writes statistics tables into a directory: {@code <table>.csv} per table (UTF-8, header rows with
 * units), {@code <table>.svg} per table that has a {@link Chart}, and {@code <base>.json} and
 * {@code <base>.xlsx} (one sheet per table) holding all tables. Numbers are the tables' rounded
 * values; areas are in each column's unit (CGCS2000 ellipsoidal areas). Every file is written under
 * a temporary name beside its target and renamed when complete. Thread-safe (stateless).
 */
public final class ReportWriter {
  private ReportWriter() {}

  /**
   * Writes {@code tables} into {@code dir}, creating it if needed.
   *
   * @return the files written, in the order written
   * @throws IllegalArgumentException if two tables share a name (or a 31-character sheet name)
   * @throws java.io.UncheckedIOException if a file cannot be written
   */
  public static List<Path> write(List<Table> tables, Path dir, ReportOptions options) {
    return write(tables, List.of(), dir, options);
  }

  /**
   * Writes {@code tables} into {@code dir} as {@link #write(List, Path, ReportOptions)} does, and
   * keeps {@code earlier} tables (of an earlier run into the same folder, see {@link #earlier})
   * whose names this run does not use in {@code <base>.json} and {@code <base>.xlsx}, before this
   * run's tables.
   */
  public static List<Path> write(
      List<Table> tables, List<Table> earlier, Path dir, ReportOptions options) {
    checkNames(tables);
    Set<String> names = new HashSet<>();
    tables.forEach(t -> names.add(t.name()));
    List<Table> all = new ArrayList<>();
    earlier.stream().filter(t -> !names.contains(t.name())).forEach(all::add);
    all.addAll(tables);
    Language language = options.language();
    List<Path> written = new ArrayList<>();
    for (Table table : tables) {
      written.add(
          AtomicOutput.write(
              dir.resolve(table.name() + ".csv"),
              out -> CsvTableWriter.write(table, language, options.bom(), out)));
      if (table.chart() != null) {
        written.add(
            AtomicOutput.write(
                dir.resolve(table.name() + ".svg"),
                out -> SvgChartWriter.write(table, language, out)));
      }
    }
    written.add(
        AtomicOutput.write(
            dir.resolve(options.baseName() + ".json"),
            out -> JsonTableWriter.write(all, language, out)));
    written.add(
        AtomicOutput.write(
            dir.resolve(options.baseName() + ".xlsx"),
            out -> XlsxTableWriter.write(all, language, options.bilingual(), out)));
    return written;
  }

  /**
   * The tables of {@code <base>.json} in {@code folder} from an earlier run, or none when there is
   * no such file.
   *
   * @throws BadInputException naming the file when it cannot be read as a report
   */
  public static List<Table> earlier(Path folder, ReportOptions options) {
    Path json = folder.resolve(options.baseName() + ".json");
    if (!Files.isRegularFile(json)) {
      return List.of();
    }
    try (InputStream in = Files.newInputStream(json)) {
      return JsonTableReader.read(in);
    } catch (IOException | RuntimeException e) {
      throw new BadInputException(
          json, "cannot keep its tables (" + e.getMessage() + "): move it away or repair it", e);
    }
  }

  private static void checkNames(List<Table> tables) {
    Set<String> names = new HashSet<>();
    for (Table table : tables) {
      if (!names.add(table.name().toLowerCase(java.util.Locale.ROOT))) {
        throw new IllegalArgumentException(
            "two tables would share the file name '" + table.name() + "'");
      }
    }
  }
}
