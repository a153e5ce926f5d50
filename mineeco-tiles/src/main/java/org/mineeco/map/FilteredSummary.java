package org.mineeco.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mineeco.analysis.SummaryRow;
import org.mineeco.analysis.ZoneSummary;
import org.mineeco.cartography.PatchEntry;
import org.mineeco.report.Table;
import org.mineeco.server.PatchFilter;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Vocabulary;

/**
 * The summary per zone and band of the patches a filter keeps, counted by the one rule of every
 * output ({@link ZoneSummary}, as {@code analyze}'s summary): a patch counts in a zone when it has
 * area in it, and in the one band of a corridor where it has the most area, while its area is split
 * over the bands; each row has the area inside and the whole area of the patches counted. Areas
 * ellipsoidal (CGCS2000/GRS80), summed in m² and then rounded (0.01 mu, 0.0001 ha).
 */
final class FilteredSummary {
  private static final Map<String, String> COLUMNS =
      Map.of(
          "label", "dimension.zone_or_band",
          "patches", "measure.patches",
          "mu", "measure.zone_area",
          "patch_mu", "measure.patch_area");

  private FilteredSummary() {}

  /** One row as the viewer reads it, with its label in both languages. */
  static Map<String, Object> json(SummaryRow r) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("label", r.band().isEmpty() ? r.zone() : r.zone() + " " + r.band());
    row.put("label_zh", r.label().zh());
    row.put("label_en", r.label().en());
    row.put("zone", r.zone());
    row.put("band", r.band());
    row.put("key", r.key());
    row.put("patches", r.patches());
    row.put("mu", round(r.area().in(AreaUnit.MU), 100));
    row.put("ha", round(r.area().in(AreaUnit.HECTARE), 10_000));
    row.put("patch_mu", round(r.patchArea().in(AreaUnit.MU), 100));
    row.put("patch_ha", round(r.patchArea().in(AreaUnit.HECTARE), 10_000));
    return row;
  }

  /** The summary document of {@code filter} (see {@link MapReport}). */
  static Map<String, Object> of(PatchTable table, PatchFilter filter) {
    List<SummaryRow> rows = rows(table, filter);
    Table words = ZoneSummary.table(rows);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("title", words.title().en());
    summary.put("title_zh", words.title().zh());
    summary.put("units", "mu, ha");
    List<Map<String, Object>> columns = new ArrayList<>();
    for (String key : List.of("label", "patches", "mu", "patch_mu")) {
      Bilingual title = Vocabulary.term(COLUMNS.get(key));
      boolean mu = key.endsWith("mu");
      columns.add(
          Map.of(
              "key", key,
              "zh", title.zh() + (mu ? "（亩）" : ""),
              "en", title.en() + (mu ? " (mu)" : "")));
    }
    summary.put("columns", columns);
    summary.put(
        "notes", words.notes().stream().map(n -> Map.of("zh", n.zh(), "en", n.en())).toList());
    summary.put("rows", rows.stream().map(FilteredSummary::json).toList());
    summary.put("total", json(rows.get(0)));
    summary.put("chart", "mu");
    summary.put("patch_count", table.meta().get("priority_max"));
    summary.put("filtered", !filter.equals(PatchFilter.ALL));
    Map<String, Object> ingest = new LinkedHashMap<>();
    ingest.put("read", table.analysis().ingest().read());
    ingest.put("accepted", table.analysis().ingest().accepted());
    ingest.put("repaired", table.analysis().ingest().repaired());
    ingest.put("rejected", table.analysis().ingest().rejected());
    ingest.put("filtered", table.analysis().ingest().filtered());
    summary.put("ingest", ingest);
    return summary;
  }

  /** The rows: all kept patches first, then per zone its total and, for a corridor, its bands. */
  static List<SummaryRow> rows(PatchTable table, PatchFilter filter) {
    ZoneSummary summary = new ZoneSummary(table.analysis().columns(), table.labels());
    for (PatchEntry e : table.entries()) {
      if (table.keeps(e, filter)) {
        summary.add(e.row());
      }
    }
    return summary.rows();
  }

  static double round(double value, double scale) {
    return Math.round(value * scale) / scale;
  }
}
