package org.mineeco.map;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.analysis.Analysis;
import org.mineeco.cartography.PatchEntry;
import org.mineeco.server.ReportData;

/**
 * The server's JSON of an analysis. {@code /api/summary}: a {@link org.mineeco.server.SummaryJson}
 * of the patches the request's filter keeps ({@link FilteredSummary}). {@code /api/patches/{id}}:
 * the patch's map attributes, then its {@code patches.csv} columns (areas in m², distances in m;
 * the CSV's {@code status} renamed {@code ingest_status} because {@code status} is the mine
 * status), {@code area_ha}, {@code survey} and {@code reasons} (see {@link SurveyFacts}) and {@code
 * bounds}; its members are named after the spec's zones, so it stays a map. Ellipsoidal areas
 * (CGCS2000/GRS80).
 */
final class MapReport {
  private MapReport() {}

  static ReportData of(
      Analysis analysis, List<PatchEntry> entries, Map<Geometry, String> riverNames) {
    PatchTable table = new PatchTable(analysis, entries, riverNames);
    return new ReportData(table::patch, table);
  }
}
