package org.mineeco.map;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.analysis.Analysis;
import org.mineeco.cartography.PatchEntry;
import org.mineeco.server.PatchFilter;
import org.mineeco.server.ReportData;

/**
 * The server's JSON of an analysis. {@code /api/summary}: {@code title} (and {@code title_zh}),
 * {@code units}, {@code columns} (the ones the viewer's table shows), {@code rows} (per zone and
 * band: {@code label}, {@code label_zh}, {@code label_en}, {@code zone}, {@code band}, {@code key},
 * {@code patches}, {@code mu}, {@code ha}), {@code total} (the first row), {@code chart}, {@code
 * patch_count} (the last priority rank), {@code filtered} and {@code ingest} (read, accepted,
 * repaired, rejected). {@code /api/patches/{id}}: the patch's map attributes, then its {@code
 * patches.csv} columns (areas in m², distances in m; the CSV's {@code status} renamed {@code
 * ingest_status} because {@code status} is the mine status), {@code area_ha}, {@code survey} and
 * {@code reasons} (see {@link SurveyFacts}) and {@code bounds}. Ellipsoidal areas (CGCS2000/GRS80).
 */
final class MapReport {
  private MapReport() {}

  static ReportData of(
      Analysis analysis, List<PatchEntry> entries, Map<Geometry, String> riverNames) {
    PatchTable table = new PatchTable(analysis, entries, riverNames);
    return new ReportData(FilteredSummary.of(table, PatchFilter.ALL), table::patch, table);
  }
}
