package org.mineeco.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.WKTWriter;

/**
 * Writes a CSV table (RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a
 * comma, quote, CR or LF) in UTF-8 without BOM. The header is the fields of {@link WriteOptions} in
 * order, then {@code geometry}: the WKT of the geometry in {@link WriteOptions#crs()} as given (no
 * transformation), every digit kept. Numbers use {@code .} as decimal separator and no exponent for
 * ordinary magnitudes; null is an empty cell. Not thread-safe.
 */
final class CsvWriter extends StreamFeatureWriter {
  private static final String GEOMETRY_COLUMN = "geometry";

  /**
   * WKTWriter prints as many fraction digits as the precision model's scale has decimal digits, so
   * a scale of 1e300 prints each double's full shortest digits without rounding the geometry.
   */
  private static final PrecisionModel ALL_DIGITS = new PrecisionModel(1e300);

  private final WriteOptions options;
  private final WKTWriter wkt = new WKTWriter();
  private Writer out;

  private CsvWriter(Path path, WriteOptions options) {
    super(path);
    this.options = options;
    wkt.setPrecisionModel(ALL_DIGITS);
  }

  /**
   * @throws IllegalArgumentException when a field is named like the geometry column
   */
  static FeatureWriter create(Path path, WriteOptions options) {
    for (Field field : options.fields()) {
      if (field.name().toLowerCase(Locale.ROOT).equals(GEOMETRY_COLUMN)) {
        throw new IllegalArgumentException(
            "field '" + field.name() + "' clashes with the WKT column '" + GEOMETRY_COLUMN + "'");
      }
    }
    CsvWriter writer = new CsvWriter(path, options);
    writer.start();
    return writer;
  }

  @Override
  Closeable encoder(OutputStream stream) {
    out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    return out;
  }

  @Override
  void writeHeader() throws IOException {
    for (Field field : options.fields()) {
      cell(field.name());
      out.write(',');
    }
    out.write(GEOMETRY_COLUMN);
    out.write("\r\n");
  }

  @Override
  void writeFeature(Feature feature) throws IOException {
    for (Field field : options.fields()) {
      Object value = FieldValues.coerce(feature, field);
      if (value instanceof Double d) {
        out.write(FieldValues.decimal(d));
      } else if (value != null) {
        cell(value.toString());
      }
      out.write(',');
    }
    if (feature.geometry() != null) {
      cell(wkt.write(feature.geometry()));
    }
    out.write("\r\n");
  }

  @Override
  void writeTrailer() throws IOException {
    out.flush();
  }

  private void cell(String text) throws IOException {
    if (text.indexOf(',') < 0
        && text.indexOf('"') < 0
        && text.indexOf('\r') < 0
        && text.indexOf('\n') < 0) {
      out.write(text);
      return;
    }
    out.write('"');
    out.write(text.replace("\"", "\"\""));
    out.write('"');
  }
}
