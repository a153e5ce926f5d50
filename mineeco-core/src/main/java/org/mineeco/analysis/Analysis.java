package org.mineeco.analysis;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mineeco.analysis.store.PatchStore;
import org.mineeco.ingest.IngestReport;
import org.mineeco.io.FieldType;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Labels;
import org.mineeco.zone.FeatureAccount;
import org.mineeco.zone.RegionLayer;
import org.mineeco.zone.Zone;

/**
 * The result of analysing a spec: one row per input patch feature in input order, the summary per
 * zone and band, the ingest report (read / repaired / rejected) and notes on the zone layers. Areas
 * are ellipsoidal on CGCS2000/GRS80 in m²; distances metres on the ground.
 *
 * @param spec the analysed spec
 * @param zones the zone layers, in spec order
 * @param regions the admin regions patches were assigned to ({@link RegionLayer#NONE} when the spec
 *     names none)
 * @param columns the per-patch result columns (areas by zone and band, corridor distances)
 * @param rows one row per input feature, in input order
 * @param summary per zone and band: patch count and area
 * @param ingest what reading the patch layer accepted, repaired and rejected
 * @param zoneNotes zone and region features left out or repaired
 * @param zoneFeatures what became of every zone and region feature (written to {@code zones.csv})
 * @param inputFields the attribute names of the patch layer's features, in the order first seen,
 *     with the type of their values ({@link InputFieldTypes}): the input columns kept in {@code
 *     patches.csv} and, so typed, in {@code patches.gpkg} and PostGIS
 * @param elapsed the time the analysis took
 * @param store every analysed feature with its geometry, which the outputs are written from
 * @param reused whether the analysis was replayed from the cache rather than computed
 */
public record Analysis(
    AnalysisSpec spec,
    List<Zone> zones,
    RegionLayer regions,
    ResultColumns columns,
    List<PatchRow> rows,
    List<SummaryRow> summary,
    IngestReport ingest,
    List<Bilingual> zoneNotes,
    List<FeatureAccount> zoneFeatures,
    Map<String, FieldType> inputFields,
    Duration elapsed,
    PatchStore store,
    boolean reused) {
  public Analysis {
    zones = List.copyOf(zones);
    Objects.requireNonNull(regions, "regions (use RegionLayer.NONE)");
    Objects.requireNonNull(columns, "result columns");
    rows = List.copyOf(rows);
    summary = List.copyOf(summary);
    zoneNotes = List.copyOf(zoneNotes);
    zoneFeatures = List.copyOf(zoneFeatures);
    inputFields = Collections.unmodifiableMap(new LinkedHashMap<>(inputFields));
    Objects.requireNonNull(store, "patch store");
  }

  /**
   * The words readers see: each zone, band and group column (the spec's {@code label} and {@code
   * label_en}, bands as 长江干流 0～10 公里), each region level, and the patch selection.
   */
  public Labels labels() {
    return columns.labels(spec);
  }
}
