package org.mineeco.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mineeco.analysis.SummaryRow;
import org.mineeco.analysis.ZoneSummary;
import org.mineeco.cartography.PatchEntry;
import org.mineeco.ingest.IngestReport;
import org.mineeco.server.BilingualJson;
import org.mineeco.server.KeyLabel;
import org.mineeco.server.PatchFilter;
import org.mineeco.server.SummaryJson;
import org.mineeco.table.Table;
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
  static SummaryJson.Row json(SummaryRow r) {
    return new SummaryJson.Row(
        r.band().isEmpty() ? r.zone() : r.zone() + " " + r.band(),
        r.label().zh(),
        r.label().en(),
        r.zone(),
        r.band(),
        r.key(),
        r.patches(),
        round(r.area().in(AreaUnit.MU), 100),
        round(r.area().in(AreaUnit.HECTARE), 10_000),
        round(r.patchArea().in(AreaUnit.MU), 100),
        round(r.patchArea().in(AreaUnit.HECTARE), 10_000));
  }

  /** The summary document of {@code filter} (see {@link MapReport}). */
  static SummaryJson of(PatchTable table, PatchFilter filter) {
    List<SummaryRow> rows = rows(table, filter);
    Table words = ZoneSummary.table(rows);
    List<KeyLabel> columns = new ArrayList<>();
    for (String key : List.of("label", "patches", "mu", "patch_mu")) {
      Bilingual title = Vocabulary.term(COLUMNS.get(key));
      boolean mu = key.endsWith("mu");
      columns.add(
          new KeyLabel(key, title.zh() + (mu ? "（亩）" : ""), title.en() + (mu ? " (mu)" : "")));
    }
    IngestReport ingest = table.analysis().ingest();
    return new SummaryJson(
        words.title().en(),
        words.title().zh(),
        "mu, ha",
        columns,
        words.notes().stream().map(BilingualJson::of).toList(),
        rows.stream().map(FilteredSummary::json).toList(),
        json(rows.get(0)),
        "mu",
        table.meta().orElseThrow().priorityMax(),
        !filter.equals(PatchFilter.ALL),
        new SummaryJson.Ingest(
            ingest.read(),
            ingest.accepted(),
            ingest.repaired(),
            ingest.rejected(),
            ingest.filtered()));
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
