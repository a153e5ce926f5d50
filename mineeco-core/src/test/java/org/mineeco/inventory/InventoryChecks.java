package org.mineeco.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.reporting.ReportingOptions;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.SmallSpec;
import org.mineeco.stats.MonitoringResult;
import org.mineeco.stats.MonitoringResult.Change;
import org.mineeco.stats.Preset;
import org.mineeco.units.AreaUnit;

/** What every inventory store must do, run against a GeoPackage file and a PostGIS schema. */
final class InventoryChecks {
  static final Path DEMO = Path.of("..", "data", "demo").toAbsolutePath().normalize();

  private InventoryChecks() {}

  static ReportingOptions options() {
    return ReportingOptions.builder(List.of(Preset.values()))
        .analysis(AnalysisOptions.defaults().withThreads(2))
        .build();
  }

  /**
   * The demo's two surveys recorded give the monitoring figures of the README (data/demo) from the
   * store alone, and a renamed patch's history spans both years.
   */
  static void demoMonitoringFromTheStore(Inventory inventory) {
    InventoryYear y2023 =
        inventory.add(2023, AnalysisSpec.load(DEMO.resolve("analysis.yaml")), options());
    assertEquals(5000, y2023.patches());
    assertEquals(0, y2023.previousYear());
    InventoryYear y2024 =
        inventory.add(2024, AnalysisSpec.load(DEMO.resolve("analysis_2024.yaml")), options());
    assertEquals(2023, y2024.previousYear());
    assertEquals(4900, y2024.matchedById());
    assertEquals(47, y2024.matchedByOverlap());
    assertEquals(List.of(y2023, y2024), inventory.years());

    InventoryReport report = inventory.report(2024, 2023, options());
    MonitoringResult m = report.monitoring().orElseThrow();
    assertEquals(4900, m.matchedById());
    assertEquals(47, m.matchedByOverlap());
    assertEquals(53, m.unmatchedBefore());
    assertEquals(150, m.unmatchedAfter());
    assertEquals(438, m.changes().get(Change.NEWLY_RESTORED).size());
    assertEquals(150, m.changes().get(Change.NEWLY_DAMAGED).size());
    assertEquals(79, m.changes().get(Change.RE_DAMAGED).size());
    assertEquals(75, m.changes().get(Change.DELISTED).size());
    assertEquals(53, m.changes().get(Change.REMOVED).size());
    assertEquals(7604.31, Math.round(m.netIncrease().in(AreaUnit.MU) * 100) / 100.0);
    // Every preset table and the monitoring table, from the store.
    assertEquals(Preset.values().length, report.tables().size());

    MonitoringResult.IdChange renamed = m.idChanges().get(0);
    List<HistoryEntry> history = inventory.history(renamed.after());
    assertEquals(List.of(2023, 2024), history.stream().map(HistoryEntry::year).toList());
    assertEquals(renamed.before(), history.get(0).id());
    assertEquals("first", history.get(0).matched());
    assertEquals("overlap " + renamed.before(), history.get(1).matched());
    assertEquals(history, inventory.history(renamed.before()));
  }

  /** Adding a year twice replaces it; two writers at once both land (the store serialises them). */
  static void replacesAYearAndSerialisesWriters(Inventory inventory, Path dir) throws Exception {
    Path spec = SmallSpec.write(Files.createDirectories(dir.resolve("small")));
    AnalysisSpec small = AnalysisSpec.load(spec);
    inventory.add(2020, small, options());
    inventory.add(2020, small, options());
    assertEquals(List.of(2020), inventory.years().stream().map(InventoryYear::year).toList());
    assertEquals(SmallSpec.PATCHES.size(), inventory.years().get(0).patches());

    List<CompletableFuture<InventoryYear>> writers =
        List.of(2021, 2022, 2023).stream()
            .map(year -> CompletableFuture.supplyAsync(() -> inventory.add(year, small, options())))
            .toList();
    writers.forEach(CompletableFuture::join);
    List<InventoryYear> years = inventory.years();
    assertEquals(List.of(2020, 2021, 2022, 2023), years.stream().map(InventoryYear::year).toList());
    for (InventoryYear y : years) {
      assertEquals(SmallSpec.PATCHES.size(), y.patches(), "year " + y.year());
    }
    List<HistoryEntry> history = inventory.history("P-RED");
    assertEquals(4, history.size());
    assertTrue(history.get(0).zones().containsKey("red_line"), history.get(0).toString());
  }
}
