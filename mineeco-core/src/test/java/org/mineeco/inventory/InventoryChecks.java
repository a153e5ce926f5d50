package org.mineeco.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;
import org.mineeco.io.Layers;
import org.mineeco.io.ReadOptions;
import org.mineeco.model.GeologicalHazard;
import org.mineeco.model.MineScale;
import org.mineeco.register.ImportResult;
import org.mineeco.register.LedgerEntry;
import org.mineeco.register.ProgressReport;
import org.mineeco.register.Register;
import org.mineeco.reporting.ReportingOptions;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.SmallSpec;
import org.mineeco.stats.MonitoringResult;
import org.mineeco.stats.MonitoringResult.Change;
import org.mineeco.stats.Preset;
import org.mineeco.stats.TableDefinition;
import org.mineeco.table.Table;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Language;

/** What every inventory store must do, run against a GeoPackage file and a PostGIS schema. */
final class InventoryChecks {
  static final Path DEMO = Path.of("..", "data", "demo").toAbsolutePath().normalize();

  private InventoryChecks() {}

  static ReportingOptions options() {
    return ReportingOptions.builder(List.of(Preset.values()))
        .analysis(AnalysisOptions.builder().threads(2).build())
        .build();
  }

  /**
   * The demo's two surveys recorded give the monitoring figures of the README (data/demo) from the
   * store alone, and a renamed patch's history spans both years; the demo's ledger and progress
   * files (written by generate-demo) import whole; its mine scale and geological hazard are table
   * dimensions whose counts are those of the survey file read directly.
   */
  static void demoMonitoringFromTheStore(String location) {
    Inventory inventory = Inventory.open(location);
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

    Register register = Register.open(location);
    ImportResult<LedgerEntry> ledger =
        register.importLedger(
            DEMO.resolve("ledger.csv"), org.mineeco.register.Change.now("test", "demo ledger"));
    assertTrue(ledger.recorded(), ledger.problems().toString());
    assertEquals(8, register.ledgerEntries().size());
    ImportResult<ProgressReport> progress =
        register.importProgress(
            DEMO.resolve("progress.csv"), org.mineeco.register.Change.now("test", "demo progress"));
    assertTrue(progress.recorded(), progress.problems().toString());
    assertEquals(10, register.progress().size());

    Map<String, Long> scales = new TreeMap<>();
    Map<String, Long> hazards = new TreeMap<>();
    try (FeatureReader reader =
        Layers.open(DEMO.resolve("patches_2024.geojson"), ReadOptions.DEFAULTS)) {
      while (reader.hasNext()) {
        Feature f = reader.next();
        scales.merge(MineScale.fromCode(f.getString("KSGM")).chineseLabel(), 1L, Long::sum);
        hazards.merge(GeologicalHazard.fromCode(f.getString("DZZH")).chineseLabel(), 1L, Long::sum);
      }
    }
    assertEquals(Set.of("大型", "中型", "小型"), scales.keySet());
    assertEquals(6, hazards.size(), hazards.toString());
    ReportingOptions byScale =
        ReportingOptions.builder(List.of())
            .tables(
                List.of(
                    TableDefinition.of("scale", "scale", "", "patches", ""),
                    TableDefinition.of("hazard", "hazard", "", "patches", "")))
            .build();
    List<Table> tables = inventory.report(2024, null, byScale).tables();
    assertEquals(scales, counts(tables.get(0)));
    assertEquals(hazards, counts(tables.get(1)));
  }

  /** First column → count of every data row (the total row left out). */
  private static Map<String, Long> counts(Table table) {
    Map<String, Long> counts = new TreeMap<>();
    for (int r = 0; r < table.rows().size() - 1; r++) {
      counts.put(table.text(r, 0, Language.ZH), table.number(r, 1).longValue());
    }
    return counts;
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
