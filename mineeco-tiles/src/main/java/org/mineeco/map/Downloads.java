package org.mineeco.map;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVPrinter;
import org.mineeco.analysis.ResultColumn;
import org.mineeco.analysis.SummaryRow;
import org.mineeco.analysis.ZoneColumns;
import org.mineeco.analysis.ZoneSummary;
import org.mineeco.cartography.MapLabels;
import org.mineeco.cartography.PatchEntry;
import org.mineeco.crs.Crs;
import org.mineeco.io.CsvDialect;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;
import org.mineeco.io.FieldType;
import org.mineeco.io.Layers;
import org.mineeco.io.WriteOptions;
import org.mineeco.model.Labelled;
import org.mineeco.server.PatchCatalog.Download;
import org.mineeco.server.PatchFilter;
import org.mineeco.server.SummaryJson;
import org.mineeco.table.Headers;
import org.mineeco.table.Table;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Labels;
import org.mineeco.vocabulary.Language;
import org.mineeco.vocabulary.Vocabulary;

/**
 * The downloads of the filtered patches, written by mineeco-core's CSV and GeoJSON writers (one
 * dialect for every file) to a temporary file and returned as bytes. Patch CSV: one row per kept
 * patch in input order, headers and code labels in the chosen language, areas in mu (0.01) and ha
 * (0.0001) per zone and band, distances in metres; no geometry. GeoJSON: the same values under
 * English keys with the lon/lat geometries (CGCS2000), the collection's {@code name} stating the
 * filter, e.g. {@code 图斑（筛选条件：分区：生态保护红线）}. CSV files are in the core's CSV dialect
 * (org.mineeco.io.CsvDialect): a UTF-8 BOM so that Excel reads the Chinese text, then a first line
 * stating the filter in words (one field), then the header.
 */
final class Downloads {
  private record Column(
      String key, String zh, String en, FieldType type, Function<PatchEntry, Object> value) {}

  private Downloads() {}

  /**
   * The bytes of the download; {@code filterWords} states the filter (first line, GeoJSON name).
   */
  static byte[] of(
      PatchTable table, PatchFilter filter, Download what, boolean zh, String filterWords) {
    try {
      Path dir = Files.createTempDirectory("mineeco-download");
      try {
        return switch (what) {
          case PATCHES_CSV ->
              firstLine(filterWords, patches(table, filter, zh, dir.resolve("patches.csv"), null));
          case PATCHES_GEOJSON -> {
            String base = FilterWords.download(what).in(zh ? Language.ZH : Language.EN);
            String name = zh ? base + "（" + filterWords + "）" : base + " (" + filterWords + ")";
            yield patches(table, filter, zh, dir.resolve("patches.geojson"), name);
          }
          case SUMMARY_CSV ->
              firstLine(filterWords, summary(table, filter, zh, dir.resolve("summary.csv")));
        };
      } finally {
        try (var files = Files.list(dir)) {
          for (Path p : files.toList()) {
            Files.deleteIfExists(p);
          }
        }
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A CSV file of BOM, {@code words} as a one-field record and {@code csv}, the same file written
   * without a BOM.
   */
  private static byte[] firstLine(String words, byte[] csv) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(csv.length + 256);
    try (CSVPrinter printer = CsvDialect.printer(out, true)) {
      printer.printRecord(words);
    }
    out.write(csv);
    return out.toByteArray();
  }

  /** The patches as CSV (no BOM), or as GeoJSON named {@code geoJsonName} when it is not null. */
  private static byte[] patches(
      PatchTable table, PatchFilter filter, boolean zh, Path file, String geoJsonName)
      throws IOException {
    boolean csv = geoJsonName == null;
    List<Column> columns = columns(table, zh);
    List<Field> fields = new ArrayList<>();
    for (Column c : columns) {
      fields.add(new Field(csv ? (zh ? c.zh() : c.en()) : c.key(), c.type()));
    }
    WriteOptions options = new WriteOptions(Crs.CGCS2000, csv ? "patches" : geoJsonName, fields);
    try (FeatureWriter writer =
        Layers.create(file, csv ? options.withoutGeometry().withBom(false) : options)) {
      for (PatchEntry e : table.entries()) {
        if (table.keeps(e, filter)) {
          Map<String, Object> values = new LinkedHashMap<>();
          for (int i = 0; i < columns.size(); i++) {
            values.put(fields.get(i).name(), columns.get(i).value().apply(e));
          }
          writer.write(new Feature(e.row().index(), e.lonLat(), values));
        }
      }
      writer.commit();
    }
    return Files.readAllBytes(file);
  }

  private static byte[] summary(PatchTable table, PatchFilter filter, boolean zh, Path file)
      throws IOException {
    Language language = zh ? Language.ZH : Language.EN;
    Table words = ZoneSummary.table(List.of());
    List<Field> fields = new ArrayList<>();
    fields.add(new Field(words.columns().get(0).title().in(language), FieldType.STRING));
    fields.add(new Field(words.columns().get(1).title().in(language), FieldType.INTEGER));
    for (org.mineeco.table.Column c : words.columns().subList(2, words.columns().size())) {
      fields.add(new Field(Headers.title(c, language), FieldType.REAL));
    }
    try (FeatureWriter writer =
        Layers.create(
            file,
            new WriteOptions(Crs.CGCS2000, "summary", fields).withoutGeometry().withBom(false))) {
      long index = 0;
      for (SummaryRow row : FilteredSummary.rows(table, filter)) {
        SummaryJson.Row json = FilteredSummary.json(row);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(fields.get(0).name(), row.label().in(language));
        values.put(fields.get(1).name(), row.patches());
        values.put(fields.get(2).name(), json.mu());
        values.put(fields.get(3).name(), json.ha());
        values.put(fields.get(4).name(), json.patchMu());
        values.put(fields.get(5).name(), json.patchHa());
        writer.write(new Feature(index++, null, values));
      }
      writer.commit();
    }
    return Files.readAllBytes(file);
  }

  private static List<Column> columns(PatchTable table, boolean zh) {
    List<Column> columns = new ArrayList<>();
    String idField = table.analysis().spec().idField();
    columns.add(column(idField, term("word.patch_id"), FieldType.STRING, e -> e.row().id(), ""));
    columns.add(
        column("region", term("word.region_code"), FieldType.STRING, e -> e.row().regionId(), ""));
    columns.add(
        column(
            "region_name", term("word.region"), FieldType.STRING, e -> e.row().regionName(), ""));
    columns.add(label("restoration_state", "dimension.state", zh, e -> e.survey().state()));
    columns.add(label("mine_status", "dimension.status", zh, e -> e.survey().mineStatus()));
    columns.add(label("damage", "dimension.damage", zh, e -> e.survey().damageType()));
    columns.add(label("mode", "dimension.mode", zh, e -> e.survey().mode()));
    columns.add(label("period", "dimension.period", zh, e -> e.survey().period()));
    columns.add(
        column(
            "year",
            term("dimension.year"),
            FieldType.INTEGER,
            e -> e.survey().restorationYear() == null ? null : (long) e.survey().restorationYear(),
            ""));
    columns.add(
        column(
            "priority",
            term("dimension.priority"),
            FieldType.INTEGER,
            e -> (long) e.row().rank(),
            ""));
    Bilingual area = term("measure.area");
    columns.add(
        column(
            "area_mu",
            area,
            FieldType.REAL,
            e -> FilteredSummary.round(PatchLayer.mu(e.row().area().squareMetres()), 100),
            "mu"));
    columns.add(
        column(
            "area_ha",
            area,
            FieldType.REAL,
            e -> FilteredSummary.round(e.row().area().squareMetres() / 10_000, 10_000),
            "ha"));
    Labels labels = table.labels();
    for (ZoneColumns z : table.zoneColumns()) {
      for (ResultColumn column : z.areas()) {
        columns.add(
            column(
                column.key() + "_mu",
                labels.column(column.key()),
                FieldType.REAL,
                e -> FilteredSummary.round(PatchLayer.mu(e.row().area(column).squareMetres()), 100),
                "mu"));
      }
      Bilingual name = labels.column(z.zone());
      Bilingual distance = term("word.distance");
      for (ResultColumn column : z.distance().stream().toList()) {
        columns.add(
            column(
                column.name(),
                new Bilingual(distance.en() + " to " + name.en(), "距" + name.zh() + distance.zh()),
                FieldType.REAL,
                e ->
                    e.row()
                        .distance(column)
                        .map(d -> FilteredSummary.round(d.metres(), 100))
                        .orElse(null),
                "m"));
      }
    }
    return columns;
  }

  private static Bilingual term(String key) {
    return Vocabulary.term(key);
  }

  /** A column titled {@code words} with {@code unit} (mu, ha, m or none) after the title. */
  private static Column column(
      String key,
      Bilingual words,
      FieldType type,
      Function<PatchEntry, Object> value,
      String unit) {
    String zhUnit =
        switch (unit) {
          case "mu" -> "（亩）";
          case "ha" -> "（公顷）";
          case "m" -> "（米）";
          default -> "";
        };
    String enUnit = unit.isEmpty() ? "" : " (" + unit + ")";
    return new Column(key, words.zh() + zhUnit, words.en() + enUnit, type, value);
  }

  private static Column label(
      String key, String term, boolean inChinese, Function<PatchEntry, Labelled> value) {
    return column(
        key, term(term), FieldType.STRING, e -> MapLabels.in(inChinese, value.apply(e)), "");
  }
}
