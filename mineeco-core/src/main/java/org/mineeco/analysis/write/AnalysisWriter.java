package org.mineeco.analysis.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.mineeco.analysis.Analysis;
import org.mineeco.analysis.PatchRow;
import org.mineeco.analysis.ResultColumn;
import org.mineeco.analysis.SummaryRow;
import org.mineeco.ingest.PatchOutcome;
import org.mineeco.ingest.Repair;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;
import org.mineeco.io.FieldType;
import org.mineeco.io.Layers;
import org.mineeco.io.WriteOptions;
import org.mineeco.postgis.PostgisOutput;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Bilingual;

/**
 * Writes an {@link Analysis} to a folder: {@code patches.csv} and {@code patches.gpkg} (one row per
 * input feature, in input order: the results, then every input attribute as read, the ledger of
 * {@link SurveyLedger}; the GeoPackage with the repaired geometries in the patch layer's CRS; all
 * from the analysis's {@link org.mineeco.analysis.store.PatchStore}, so that the patch layer is not
 * read again), {@code declared_area.csv} (patches whose declared area {@code TBMJ} differs from the
 * computed one by more than the tolerance), {@code summary.csv} (per zone and band: patches, m²,
 * mu, ha), {@code repairs.csv} and {@code zones.csv} (every zone and region feature: used,
 * repaired, filtered or rejected). Areas are ellipsoidal (CGCS2000/GRS80) m² rounded to 0.001 m²,
 * distances metres rounded to 0.01 m. Each file is written under a temporary name and renamed when
 * complete. The patch files come from one replay of the store, the GeoPackage on a thread of its
 * own; {@link Layers#prepare} before the analysis starts its library meanwhile.
 */
public final class AnalysisWriter {
  private AnalysisWriter() {}

  /**
   * The input fields of {@code analysis} written under another name than their own in {@code
   * patches.csv}, {@code patches.gpkg} and PostGIS (a name the outputs' own columns have, a blank
   * name), one line each, e.g. {@code input field 'geom' is written as 'input_geom' (...)}.
   */
  public static List<Bilingual> renamedFields(Analysis analysis) {
    return SurveyLedger.of(analysis).renames();
  }

  /** {@link #write(Analysis, Path, OutputOptions)} with {@link OutputOptions#DEFAULTS}. */
  public static List<Path> write(Analysis analysis, Path folder) {
    return write(analysis, folder, OutputOptions.DEFAULTS);
  }

  /** Writes the outputs into {@code folder} (created if needed) and returns the files written. */
  public static List<Path> write(Analysis analysis, Path folder, OutputOptions options) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create output folder " + folder, e);
    }
    WriteOptions patches = patchOptions(analysis, false);
    List<Path> written = new ArrayList<>();
    try (FeatureWriter csv =
            Layers.create(
                folder.resolve("patches.csv"),
                patchOptions(analysis, true).withoutGeometry().withBom(options.bom()));
        FeatureWriter gpkg =
            new BackgroundWriter(
                folder.resolve("patches.gpkg"),
                () -> Layers.create(folder.resolve("patches.gpkg"), patches));
        DeclaredAreaCsv declared =
            new DeclaredAreaCsv(
                folder.resolve("declared_area.csv"),
                options.declaredAreaTolerance(),
                options.bom())) {
      writePatches(
          analysis,
          feature -> {
            csv.write(feature);
            gpkg.write(feature);
          },
          declared::add);
      csv.commit();
      declared.commit();
      written.add(folder.resolve("patches.csv"));
      written.add(folder.resolve("patches.gpkg"));
      written.add(folder.resolve("declared_area.csv"));
      Tables tables =
          o ->
              Layers.create(
                  folder.resolve(o.layer() + ".csv"), o.withoutGeometry().withBom(options.bom()));
      writeSummary(analysis, tables);
      written.add(folder.resolve("summary.csv"));
      writeRepairs(analysis, tables);
      written.add(folder.resolve("repairs.csv"));
      written.add(
          ZoneFeaturesCsv.write(
              analysis.zoneFeatures(), folder.resolve("zones.csv"), options.bom()));
      gpkg.commit();
    }
    return written;
  }

  /**
   * Writes the tables {@code patches} (the columns of {@code patches.csv} and the geometry), {@code
   * summary} and {@code repairs} into {@code output}'s transaction; the caller commits it.
   */
  public static void write(Analysis analysis, PostgisOutput output) {
    WriteOptions patches = patchOptions(analysis, false);
    try (FeatureWriter writer = output.create(patches)) {
      writePatches(analysis, writer::write, outcome -> {});
      writer.commit();
    }
    writeSummary(analysis, output::create);
    writeRepairs(analysis, output::create);
  }

  /**
   * The {@code patches} table: the result columns, then the ledger of the input attributes, typed
   * as read or, for CSV, as text.
   */
  private static WriteOptions patchOptions(Analysis analysis, boolean text) {
    List<Field> fields = resultFields(analysis);
    SurveyLedger ledger = SurveyLedger.of(analysis);
    fields.addAll(text ? ledger.textFields() : ledger.fields());
    return new WriteOptions(analysis.ingest().crs(), "patches", fields);
  }

  /**
   * Replays the store once: every feature's {@code patches} row to {@code rows}, in input order,
   * and its outcome to {@code outcomes}.
   */
  private static void writePatches(
      Analysis analysis, Consumer<Feature> rows, Consumer<PatchOutcome> outcomes) {
    SurveyLedger ledger = SurveyLedger.of(analysis);
    analysis
        .store()
        .replay(
            (outcome, overlay) -> {
              PatchRow row = analysis.rows().get((int) outcome.index());
              Map<String, Object> ledgerValues = ledger.values(outcome);
              Map<String, Object> values = row(analysis, row, ledgerValues.size());
              values.putAll(ledgerValues);
              rows.accept(
                  new Feature(
                      outcome.index(),
                      outcome.patch() == null ? null : outcome.patch().geometry(),
                      values));
              outcomes.accept(outcome);
            });
  }

  /** The result columns of the {@code patches} table, before the ledger. */
  static List<Field> resultFields(Analysis analysis) {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field(analysis.spec().idField(), FieldType.STRING));
    fields.add(new Field("area_m2", FieldType.REAL));
    analysis.columns().names().forEach(c -> fields.add(new Field(c, FieldType.REAL)));
    fields.add(new Field("region", FieldType.STRING));
    fields.add(new Field("region_name", FieldType.STRING));
    fields.add(new Field("priority", FieldType.INTEGER));
    fields.add(new Field("repaired", FieldType.BOOLEAN));
    fields.add(new Field("status", FieldType.STRING));
    return fields;
  }

  /**
   * The {@code patches.csv} values of one row, by column name in column order: the id field, {@code
   * area_m2}, the analysis columns, {@code region}, {@code region_name}, {@code priority}, {@code
   * repaired}, {@code status} ({@code ok}, {@code repaired}, {@code rejected: <reason>} or {@code
   * filtered: <condition failed>}).
   */
  public static Map<String, Object> row(Analysis analysis, PatchRow row) {
    return row(analysis, row, 0);
  }

  /** {@link #row(Analysis, PatchRow)} in a map with room for {@code more} values after them. */
  private static Map<String, Object> row(Analysis analysis, PatchRow row, int more) {
    Map<String, Object> values =
        LinkedHashMap.newLinkedHashMap(analysis.columns().all().size() + 7 + more);
    values.put(analysis.spec().idField(), row.id());
    if (!row.isRejected()) {
      values.put("area_m2", round(row.area().squareMetres(), 1000));
      for (ResultColumn column : analysis.columns().all()) {
        values.put(
            column.name(),
            switch (column.kind()) {
              case AREA -> round(row.area(column).squareMetres(), 1000);
              case DISTANCE -> row.distance(column).map(d -> round(d.metres(), 100)).orElse(null);
            });
      }
      values.put("region", row.regionId());
      values.put("region_name", row.regionName());
      values.put("priority", (long) row.rank());
    }
    values.put("repaired", row.status() == PatchOutcome.Status.REPAIRED);
    values.put("status", status(row));
    return values;
  }

  private static String status(PatchRow row) {
    return switch (row.status()) {
      case ACCEPTED -> "ok";
      case REPAIRED -> "repaired";
      case REJECTED -> "rejected: " + row.reason();
      case FILTERED -> "filtered: " + row.reason();
    };
  }

  private static void writeSummary(Analysis analysis, Tables tables) {
    List<Field> fields =
        List.of(
            new Field("zone", FieldType.STRING),
            new Field("band", FieldType.STRING),
            new Field("label", FieldType.STRING),
            new Field("label_en", FieldType.STRING),
            new Field("patches", FieldType.INTEGER),
            new Field("area_m2", FieldType.REAL),
            new Field("area_mu", FieldType.REAL),
            new Field("area_ha", FieldType.REAL),
            new Field("patch_area_m2", FieldType.REAL),
            new Field("patch_area_mu", FieldType.REAL),
            new Field("patch_area_ha", FieldType.REAL));
    WriteOptions options =
        new WriteOptions(analysis.ingest().crs(), "summary", fields).withoutGeometry();
    tables.write(
        options,
        w -> {
          long index = 0;
          for (SummaryRow row : analysis.summary()) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("zone", row.zone());
            values.put("band", row.band());
            values.put("label", row.label().zh());
            values.put("label_en", row.label().en());
            values.put("patches", row.patches());
            values.put("area_m2", round(row.in(AreaUnit.SQUARE_METRE), 100));
            values.put("area_mu", round(row.in(AreaUnit.MU), 100));
            values.put("area_ha", round(row.in(AreaUnit.HECTARE), 10_000));
            values.put("patch_area_m2", round(row.patchArea().in(AreaUnit.SQUARE_METRE), 100));
            values.put("patch_area_mu", round(row.patchArea().in(AreaUnit.MU), 100));
            values.put("patch_area_ha", round(row.patchArea().in(AreaUnit.HECTARE), 10_000));
            Feature feature = new Feature(index++, null, values);
            w.write(feature);
          }
        });
  }

  private static void writeRepairs(Analysis analysis, Tables tables) {
    List<Field> fields =
        List.of(
            new Field("index", FieldType.INTEGER),
            new Field(analysis.spec().idField(), FieldType.STRING),
            new Field("reason", FieldType.STRING),
            new Field("area_before_m2", FieldType.REAL),
            new Field("area_after_m2", FieldType.REAL),
            new Field("area_change_m2", FieldType.REAL));
    WriteOptions options =
        new WriteOptions(analysis.ingest().crs(), "repairs", fields).withoutGeometry();
    tables.write(
        options,
        w -> {
          for (Repair repair : analysis.ingest().repairs()) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("index", repair.index());
            values.put(analysis.spec().idField(), repair.id());
            values.put("reason", repair.reason());
            values.put("area_before_m2", round(repair.before().squareMetres(), 1000));
            values.put("area_after_m2", round(repair.after().squareMetres(), 1000));
            values.put("area_change_m2", round(repair.change().squareMetres(), 1000));
            Feature feature = new Feature(repair.index(), null, values);
            w.write(feature);
          }
        });
  }

  private static double round(double value, double scale) {
    return Math.round(value * scale) / scale;
  }

  /** Where tables go: a writer for the table {@code options.layer()}. */
  private interface Tables {
    FeatureWriter create(WriteOptions options);

    /** Writes one table: committed when {@code work} returns, aborted when it fails. */
    default void write(WriteOptions options, Consumer<FeatureWriter> work) {
      FeatureWriter writer = create(options);
      try {
        work.accept(writer);
      } catch (RuntimeException e) {
        writer.abort();
        throw e;
      }
      writer.commit();
    }
  }
}
