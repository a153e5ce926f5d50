package org.mineeco.analysis.write;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;
import org.mineeco.io.FieldType;
import org.mineeco.io.Layers;
import org.mineeco.io.WriteOptions;
import org.mineeco.zone.FeatureAccount;

/**
 * Writes {@code zones.csv}: one row per feature of every zone and region layer (layer, feature
 * index, region id, status {@code ok} / {@code repaired} / {@code filtered} / {@code rejected},
 * reason, ellipsoidal areas before and after in m² rounded to 0.001), so every feature is accounted
 * for.
 */
final class ZoneFeaturesCsv {
  private static final List<Field> FIELDS =
      List.of(
          new Field("layer", FieldType.STRING),
          new Field("feature", FieldType.INTEGER),
          new Field("id", FieldType.STRING),
          new Field("status", FieldType.STRING),
          new Field("reason", FieldType.STRING),
          new Field("area_before_m2", FieldType.REAL),
          new Field("area_after_m2", FieldType.REAL),
          new Field("area_change_m2", FieldType.REAL));

  private ZoneFeaturesCsv() {}

  static Path write(List<FeatureAccount> accounts, Path file, boolean bom) {
    WriteOptions options =
        new WriteOptions(Crs.CGCS2000, "zones", FIELDS).withoutGeometry().withBom(bom);
    try (FeatureWriter writer = Layers.create(file, options)) {
      long row = 0;
      for (FeatureAccount a : accounts) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("layer", a.layer());
        values.put("feature", a.feature());
        values.put("id", a.id());
        values.put("status", a.status().name().toLowerCase(Locale.ROOT));
        values.put("reason", a.reason());
        values.put("area_before_m2", round(a.before().squareMetres()));
        values.put("area_after_m2", round(a.after().squareMetres()));
        values.put("area_change_m2", round(a.change().squareMetres()));
        writer.write(new Feature(row++, null, values));
      }
      writer.commit();
    }
    return file;
  }

  private static double round(double m2) {
    return Math.round(m2 * 1000) / 1000.0;
  }
}
