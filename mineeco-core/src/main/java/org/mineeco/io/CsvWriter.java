package org.mineeco.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.WKTWriter;

/**
 * Writes a CSV table in the {@link CsvDialect} (RFC 4180, CRLF, UTF-8 with a byte-order mark unless
 * {@link WriteOptions#bom()} is false). The header is the fields of {@link WriteOptions} in order,
 * then (unless {@link WriteOptions#geometry()} is false) {@code geometry}: the WKT of the geometry
 * in {@link WriteOptions#crs()} as given (no transformation), every digit kept. Numbers use {@code
 * .} as decimal separator and no exponent for ordinary magnitudes; null is an empty cell. Not
 * thread-safe.
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
  private CSVPrinter out;

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
  Closeable encoder(OutputStream stream) throws IOException {
    out = CsvDialect.printer(stream, options.bom());
    return out;
  }

  @Override
  void writeHeader() throws IOException {
    List<String> header = new ArrayList<>();
    options.fields().forEach(f -> header.add(f.name()));
    if (options.geometry()) {
      header.add(GEOMETRY_COLUMN);
    }
    out.printRecord(header);
  }

  @Override
  void writeFeature(Feature feature) throws IOException {
    // Cell by cell: printRecord runs a stream per record, a fifth of writing patches.csv.
    for (Field field : options.fields()) {
      Object value = FieldValues.coerce(feature, field);
      if (value instanceof Double d) {
        out.print(FieldValues.decimal(d));
      } else {
        out.print(value == null ? "" : value.toString());
      }
    }
    if (options.geometry()) {
      out.print(feature.geometry() == null ? "" : wkt.write(feature.geometry()));
    }
    out.println();
  }

  @Override
  void writeTrailer() throws IOException {
    out.flush();
  }
}
