package org.mineeco.analysis;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;
import org.mineeco.io.FieldType;
import org.mineeco.io.Layers;
import org.mineeco.io.WriteOptions;
import org.mineeco.units.Area;

/**
 * Writes {@code declared_area.csv} for the supplementary patch survey (seed 002): every analysed
 * patch whose declared area {@code TBMJ} (m²) differs from its computed ellipsoidal area
 * (CGCS2000/GRS80) by more than {@code tolerance} of the computed area, in input order: feature
 * index, id, declared and computed m² (0.001), difference m² (declared − computed) and relative
 * difference (declared − computed) / computed. Patches without a readable {@code TBMJ} are not
 * listed.
 */
final class DeclaredAreaCsv {
  private static final List<Field> FIELDS =
      List.of(
          new Field("index", FieldType.INTEGER),
          new Field("id", FieldType.STRING),
          new Field("declared_m2", FieldType.REAL),
          new Field("computed_m2", FieldType.REAL),
          new Field("difference_m2", FieldType.REAL),
          new Field("relative_difference", FieldType.REAL));

  private DeclaredAreaCsv() {}

  static Path write(Analysis analysis, Path file, double tolerance, boolean bom) {
    WriteOptions options =
        new WriteOptions(Crs.CGCS2000, "declared_area", FIELDS).withoutGeometry().withBom(bom);
    try (FeatureWriter writer = Layers.create(file, options)) {
      long[] row = {0};
      analysis
          .store()
          .replay(
              (outcome, overlay) -> {
                if (outcome.patch() == null || outcome.patch().survey().declaredArea() == null) {
                  return;
                }
                Area declared = outcome.patch().survey().declaredArea();
                double computed = outcome.area().squareMetres();
                double difference = declared.squareMetres() - computed;
                double relative = computed > 0 ? difference / computed : Double.POSITIVE_INFINITY;
                if (!(Math.abs(relative) > tolerance)) {
                  return;
                }
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("index", outcome.index());
                values.put("id", outcome.id());
                values.put("declared_m2", round(declared.squareMetres()));
                values.put("computed_m2", round(computed));
                values.put("difference_m2", round(difference));
                values.put(
                    "relative_difference",
                    Double.isFinite(relative) ? Math.round(relative * 1e6) / 1e6 : null);
                writer.write(new Feature(row[0]++, null, values));
              });
      writer.commit();
    }
    return file;
  }

  private static double round(double m2) {
    return Math.round(m2 * 1000) / 1000.0;
  }
}
