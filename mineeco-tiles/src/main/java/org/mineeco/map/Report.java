package org.mineeco.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mineeco.analysis.Analysis;
import org.mineeco.analysis.AnalysisWriter;
import org.mineeco.analysis.PatchRow;
import org.mineeco.analysis.SummaryRow;
import org.mineeco.io.Feature;
import org.mineeco.server.ReportData;
import org.mineeco.units.AreaUnit;

/**
 * The server's JSON of an analysis. {@code /api/summary}: {@code title}, {@code units}, {@code
 * columns} (the ones the viewer's table shows), {@code rows} (per zone and band: {@code label},
 * {@code zone}, {@code band}, {@code patches}, {@code mu}, {@code ha}), {@code chart}, {@code
 * patch_count} (the last priority rank) and {@code ingest} (read, accepted, repaired, rejected).
 * {@code /api/patches/{id}}: the patch's map attributes, then its {@code patches.csv} columns
 * (areas in m², distances in m), the CSV's {@code status} renamed {@code ingest_status} because
 * {@code status} is the mine status. Ellipsoidal areas (CGCS2000/GRS80).
 */
final class Report {
  private Report() {}

  static ReportData of(Analysis analysis, List<Feature> patches) {
    Map<String, Integer> rowById = new HashMap<>();
    List<PatchRow> rows = analysis.rows();
    Map<Long, Feature> featureByIndex = new HashMap<>();
    patches.forEach(f -> featureByIndex.put(f.index(), f));
    for (int i = 0; i < rows.size(); i++) {
      if (!rows.get(i).isRejected()) {
        rowById.put(rows.get(i).id(), i);
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).isRejected() && rows.get(i).id() != null) {
        rowById.putIfAbsent(rows.get(i).id(), i);
      }
    }
    return new ReportData(
        summary(analysis),
        id ->
            Optional.ofNullable(rowById.get(id))
                .map(i -> patch(analysis, rows.get(i), featureByIndex.get((long) i))));
  }

  private static Map<String, Object> patch(Analysis analysis, PatchRow row, Feature feature) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (feature != null) {
      values.putAll(feature.properties());
    }
    AnalysisWriter.row(analysis, row)
        .forEach((k, v) -> values.put(k.equals("status") ? "ingest_status" : k, v));
    return values;
  }

  private static Map<String, Object> summary(Analysis analysis) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SummaryRow r : analysis.summary()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("label", r.band().isEmpty() ? r.zone() : r.zone() + " " + r.band());
      row.put("zone", r.zone());
      row.put("band", r.band());
      row.put("patches", r.patches());
      row.put("mu", Math.round(r.in(AreaUnit.MU) * 100) / 100.0);
      row.put("ha", Math.round(r.in(AreaUnit.HECTARE) * 10_000) / 10_000.0);
      rows.add(row);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("title", "Patches by zone and band");
    summary.put("units", "mu, ha");
    summary.put("columns", List.of("label", "patches", "mu", "ha"));
    summary.put("rows", rows);
    summary.put("chart", "mu");
    summary.put("patch_count", analysis.rows().stream().mapToLong(PatchRow::rank).max().orElse(0));
    Map<String, Object> ingest = new LinkedHashMap<>();
    ingest.put("read", analysis.ingest().read());
    ingest.put("accepted", analysis.ingest().accepted());
    ingest.put("repaired", analysis.ingest().repaired());
    ingest.put("rejected", analysis.ingest().rejected());
    summary.put("ingest", ingest);
    return summary;
  }
}
