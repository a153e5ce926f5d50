package org.mineeco.io;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * The one CSV dialect of every CSV mineeco writes and reads, through Apache Commons CSV: RFC 4180
 * (comma separator, fields quoted with {@code "} only when they hold a comma, quote, CR or LF, a
 * quote doubled inside quotes, quoted fields may span lines), CRLF record ends, UTF-8. Written
 * files start with a UTF-8 byte-order mark by default, so that Excel on Chinese Windows opens them
 * as UTF-8 rather than GBK; {@code bom = false} omits it. Readers accept files with or without it.
 * Stateless and thread-safe.
 */
public final class CsvDialect {
  /** The format: RFC 4180 with CRLF record ends and minimal quoting. */
  static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").setQuoteMode(QuoteMode.MINIMAL).get();

  /** The UTF-8 byte-order mark, as a character. */
  static final char BOM = '\uFEFF';

  private CsvDialect() {}

  /**
   * A printer writing UTF-8 to {@code out} (not closed by closing the printer's flush), starting
   * with a byte-order mark when {@code bom}.
   */
  public static CSVPrinter printer(OutputStream out, boolean bom) throws IOException {
    BufferedWriter writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    if (bom) {
      writer.write(BOM);
    }
    return new CSVPrinter(writer, FORMAT);
  }

  /** A parser of {@code in}, skipping a leading byte-order mark. */
  public static CSVParser parser(Reader in) throws IOException {
    BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
    reader.mark(1);
    int first = reader.read();
    if (first != BOM && first != -1) {
      reader.reset();
    }
    return CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
  }

  /**
   * Every record of {@code in} as lists of fields, in order.
   *
   * @throws UncheckedIOException when the text cannot be read or is not valid CSV (e.g. an unclosed
   *     quote), with Commons CSV's message naming the line
   */
  public static List<List<String>> read(Reader in) {
    try (CSVParser parser = parser(in)) {
      List<List<String>> records = new ArrayList<>();
      for (CSVRecord record : parser) {
        records.add(record.toList());
      }
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    } catch (IllegalStateException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
  }
}
