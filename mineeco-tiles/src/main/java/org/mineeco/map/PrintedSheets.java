package org.mineeco.map;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.analysis.Analysis;
import org.mineeco.cartography.MapSheet;
import org.mineeco.cartography.PatchEntry;
import org.mineeco.cartography.SheetData;
import org.mineeco.cartography.SheetInfo;
import org.mineeco.cartography.SheetOptions;
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

  /**
   * Writes the sheet of the patches {@code keeps} passes; {@code note} states the filter in words
   * ({@link FilterWords#sentence}) under the sheet's title.
   */
  synchronized SheetInfo write(
      PatchFilter filter,
      Predicate<PatchEntry> keeps,
      SheetOptions options,
      String note,
      OutputStream out) {
    if (data == null) {
      data = SheetData.of(analysis, entries, riverNames, Reporting.regions(analysis.spec()));
    }
    data.requirePlace(options.extent());
    data.requireCorridor(options.corridor());
    SheetOptions filtered =
        filter.equals(PatchFilter.ALL) ? options : options.withPatches(keeps, note);
    return MapSheet.write(data, filtered, out);
  }
}
