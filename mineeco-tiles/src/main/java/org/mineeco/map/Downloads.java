package org.mineeco.map;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mineeco.analysis.ResultColumn;
import org.mineeco.analysis.ZoneColumns;
import org.mineeco.cartography.MapLabels;
import org.mineeco.cartography.PatchEntry;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;
import org.mineeco.io.FieldType;
import org.mineeco.io.Layers;
import org.mineeco.io.WriteOptions;
import org.mineeco.model.Labelled;
import org.mineeco.server.PatchCatalog.Download;
import org.mineeco.server.PatchFilter;

/**
 * The downloads of the filtered patches, written by mineeco-core's CSV and GeoJSON writers (one
 * dialect for every file) to a temporary file and returned as bytes. Patch CSV: one row per kept
 * patch in input order, headers and code labels in the chosen language, areas in mu (0.01) and ha
 * (0.0001) per zone and band, distances in metres; no geometry. GeoJSON: the same values under
 * English keys with the lon/lat geometries (CGCS2000). CSV files are in the core's CSV dialect
 * (org.mineeco.io.CsvDialect), which starts them with a UTF-8 BOM so that Excel reads the Chinese
 * text.
 */
final class Downloads {
  private record Column(
      String key, String zh, String en, FieldType type, Function<PatchEntry, Object> value) {}

  private Downloads() {}

  static byte[] of(PatchTable table, PatchFilter filter, Download what, boolean zh) {
    try {
      Path dir = Files.createTempDirectory("mineeco-download");
      try {
        return switch (what) {
          case PATCHES_CSV -> patches(table, filter, zh, dir.resolve("patches.csv"), true);
          case PATCHES_GEOJSON -> patches(table, filter, zh, dir.resolve("patches.geojson"), false);
          case SUMMARY_CSV -> summary(table, filter, zh, dir.resolve("summary.csv"));
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

  private static byte[] patches(
      PatchTable table, PatchFilter filter, boolean zh, Path file, boolean csv) throws IOException {
    List<Column> columns = columns(table, zh);
    List<Field> fields = new ArrayList<>();
    for (Column c : columns) {
      fields.add(new Field(csv ? (zh ? c.zh() : c.en()) : c.key(), c.type()));
    }
    WriteOptions options = new WriteOptions(Crs.CGCS2000, "patches", fields);
    try (FeatureWriter writer = Layers.create(file, csv ? options.withoutGeometry() : options)) {
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
    List<Field> fields =
        List.of(
            new Field(zh ? "统计项" : "zone and band", FieldType.STRING),
            new Field(zh ? "图斑数" : "patches", FieldType.INTEGER),
            new Field(zh ? "面积（亩）" : "area (mu)", FieldType.REAL),
            new Field(zh ? "面积（公顷）" : "area (ha)", FieldType.REAL));
    try (FeatureWriter writer =
        Layers.create(file, new WriteOptions(Crs.CGCS2000, "summary", fields).withoutGeometry())) {
      long index = 0;
      for (FilteredSummary.Row row : FilteredSummary.rows(table, filter)) {
        Map<String, Object> json = row.json();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(fields.get(0).name(), zh ? row.zh() : row.en());
        values.put(fields.get(1).name(), row.patches());
        values.put(fields.get(2).name(), json.get("mu"));
        values.put(fields.get(3).name(), json.get("ha"));
        writer.write(new Feature(index++, null, values));
      }
      writer.commit();
    }
    return Files.readAllBytes(file);
  }

  private static List<Column> columns(PatchTable table, boolean zh) {
    List<Column> columns = new ArrayList<>();
    String idField = table.analysis().spec().idField();
    columns.add(new Column(idField, "图斑编号", "patch id", FieldType.STRING, e -> e.row().id()));
    columns.add(
        new Column("region", "行政区代码", "region code", FieldType.STRING, e -> e.row().regionId()));
    columns.add(
        new Column("region_name", "行政区", "region", FieldType.STRING, e -> e.row().regionName()));
    columns.add(
        label("restoration_state", "恢复治理情况", "restoration state", zh, e -> e.survey().state()));
    columns.add(label("mine_status", "矿山状态", "mine status", zh, e -> e.survey().mineStatus()));
    columns.add(label("damage", "损毁类型", "damage type", zh, e -> e.survey().damageType()));
    columns.add(label("mode", "拟修复方式", "planned restoration mode", zh, e -> e.survey().mode()));
    columns.add(label("period", "拟修复时间阶段", "planned period", zh, e -> e.survey().period()));
    columns.add(
        new Column(
            "year",
            "治理年度",
            "restoration year",
            FieldType.INTEGER,
            e ->
                e.survey().restorationYear() == null ? null : (long) e.survey().restorationYear()));
    columns.add(
        new Column(
            "priority", "修复优先序", "priority rank", FieldType.INTEGER, e -> (long) e.row().rank()));
    columns.add(
        new Column(
            "area_mu",
            "面积（亩）",
            "area (mu)",
            FieldType.REAL,
            e -> FilteredSummary.round(PatchLayer.mu(e.row().area().squareMetres()), 100)));
    columns.add(
        new Column(
            "area_ha",
            "面积（公顷）",
            "area (ha)",
            FieldType.REAL,
            e -> FilteredSummary.round(e.row().area().squareMetres() / 10_000, 10_000)));
    for (ZoneColumns z : table.zoneColumns()) {
      List<String> label = MapLabels.zone(z.zone());
      for (ResultColumn column : z.areas()) {
        String zhName = label.get(0);
        String enName = label.get(1);
        if (column.band().isPresent()) {
          List<String> band = MapLabels.band(column.band().get());
          zhName += " " + band.get(0);
          enName += " " + band.get(1);
        }
        columns.add(
            new Column(
                column.key() + "_mu",
                zhName + "（亩）",
                enName + " (mu)",
                FieldType.REAL,
                e ->
                    FilteredSummary.round(
                        PatchLayer.mu(e.row().area(column).squareMetres()), 100)));
      }
      for (ResultColumn column : z.distance().stream().toList()) {
        columns.add(
            new Column(
                column.name(),
                "距" + label.get(0) + "（米）",
                "distance to " + label.get(1) + " (m)",
                FieldType.REAL,
                e ->
                    e.row()
                        .distance(column)
                        .map(d -> FilteredSummary.round(d.metres(), 100))
                        .orElse(null)));
      }
    }
    return columns;
  }

  private static Column label(
      String key, String zh, String en, boolean inChinese, Function<PatchEntry, Labelled> value) {
    return new Column(key, zh, en, FieldType.STRING, e -> MapLabels.in(inChinese, value.apply(e)));
  }
}
