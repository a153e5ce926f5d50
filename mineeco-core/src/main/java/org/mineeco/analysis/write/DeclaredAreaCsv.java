package org.mineeco.analysis.write;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mineeco.crs.Crs;
import org.mineeco.ingest.PatchOutcome;
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
 * listed. Not thread-safe.
 */
final class DeclaredAreaCsv implements AutoCloseable {
  private static final List<Field> FIELDS =
      List.of(
          new Field("index", FieldType.INTEGER),
          new Field("id", FieldType.STRING),
          new Field("declared_m2", FieldType.REAL),
          new Field("computed_m2", FieldType.REAL),
          new Field("difference_m2", FieldType.REAL),
          new Field("relative_difference", FieldType.REAL));

  private final FeatureWriter writer;
  private final double tolerance;
  private long rows;

  /** Starts the file; {@link #add} the outcomes in input order, then {@link #commit()}. */
  DeclaredAreaCsv(Path file, double tolerance, boolean bom) {
    this.tolerance = tolerance;
    this.writer =
        Layers.create(
            file,
            new WriteOptions(Crs.CGCS2000, "declared_area", FIELDS).withoutGeometry().withBom(bom));
  }

  /** Lists the outcome's patch when its declared area differs by more than the tolerance. */
  void add(PatchOutcome outcome) {
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
        "relative_difference", Double.isFinite(relative) ? Math.round(relative * 1e6) / 1e6 : null);
    writer.write(new Feature(rows++, null, values));
  }

  /** Completes the file and renames it into place. */
  void commit() {
    writer.commit();
  }

  /** Deletes the file unless it was committed. */
  @Override
  public void close() {
    writer.abort();
  }

  private static double round(double m2) {
    return Math.round(m2 * 1000) / 1000.0;
  }
}
