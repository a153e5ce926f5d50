package org.mineeco.map;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.analysis.Analysis;
import org.mineeco.cartography.MapLabels;
import org.mineeco.cartography.MapSheet;
import org.mineeco.cartography.PatchEntry;
import org.mineeco.cartography.SheetData;
import org.mineeco.cartography.SheetInfo;
import org.mineeco.cartography.SheetOptions;
import org.mineeco.model.Labelled;
import org.mineeco.model.MineStatus;
import org.mineeco.model.PlannedPeriod;
import org.mineeco.model.RestorationState;
import org.mineeco.report.Language;
import org.mineeco.reporting.Reporting;
import org.mineeco.server.PatchFilter;

/**
 * The web map's printed sheets ({@link MapSheet}): the sheet data of the map's analysis, built on
 * the first print and kept, and the filter of the view in words for the sheet's title block. Sheets
 * are drawn one at a time (a sheet holds its page in memory). Thread-safe.
 */
final class PrintedSheets {
  private final Analysis analysis;
  private final List<PatchEntry> entries;
  private final Map<Geometry, String> riverNames;
  private volatile SheetData data;

  PrintedSheets(Analysis analysis, List<PatchEntry> entries, Map<Geometry, String> riverNames) {
    this.analysis = analysis;
    this.entries = entries;
    this.riverNames = riverNames;
  }

  synchronized SheetInfo write(
      PatchFilter filter, Predicate<PatchEntry> keeps, SheetOptions options, OutputStream out) {
    if (data == null) {
      data = SheetData.of(analysis, entries, riverNames, Reporting.regions(analysis.spec()));
    }
    data.requirePlace(options.extent());
    data.requireCorridor(options.corridor());
    SheetOptions filtered =
        filter.equals(PatchFilter.ALL)
            ? options
            : options.withPatches(keeps, note(filter, options.language() == Language.ZH));
    return MapSheet.write(data, filtered, out);
  }

  /** The filter in words, e.g. 恢复治理情况：未治理；行政区：明河县. */
  private String note(PatchFilter filter, boolean zh) {
    List<String> parts = new ArrayList<>();
    codes(parts, zh ? "恢复治理情况" : "state", filter.states(), RestorationState.values(), zh);
    codes(parts, zh ? "矿山状态" : "status", filter.statuses(), MineStatus.values(), zh);
    codes(parts, zh ? "拟修复时间阶段" : "period", filter.periods(), PlannedPeriod.values(), zh);
    if (filter.zone() != null) {
      parts.add((zh ? "区域：" : "zone: ") + MapLabels.zone(filter.zone()).get(zh ? 0 : 1));
    }
    if (filter.band() != null) {
      parts.add((zh ? "距离带：" : "band: ") + filter.band());
    }
    if (filter.region() != null) {
      parts.add((zh ? "行政区：" : "region: ") + data.name(filter.region()));
    }
    if (filter.priorityMin() > 1 || filter.priorityMax() < Integer.MAX_VALUE) {
      String max = filter.priorityMax() == Integer.MAX_VALUE ? "" : "" + filter.priorityMax();
      parts.add((zh ? "优先序：" : "rank: ") + filter.priorityMin() + "–" + max);
    }
    return String.join(zh ? "；" : "; ", parts);
  }

  private static <E extends Enum<E> & Labelled> void codes(
      List<String> parts, String name, java.util.Set<String> keys, E[] values, boolean zh) {
    if (keys.isEmpty()) {
      return;
    }
    List<String> labels = new ArrayList<>();
    for (E v : values) {
      if (keys.contains(MapLabels.key(v))) {
        labels.add(zh ? v.chineseLabel() : v.label());
      }
    }
    parts.add(name + (zh ? "：" : ": ") + String.join(zh ? "、" : ", ", labels));
  }
}
