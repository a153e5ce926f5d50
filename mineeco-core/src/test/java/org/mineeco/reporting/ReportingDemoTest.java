package org.mineeco.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.mineeco.analysis.Analysis;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.analysis.PatchRow;
import org.mineeco.analysis.ResultColumn;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;
import org.mineeco.io.Layers;
import org.mineeco.io.ReadOptions;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.stats.MonitoringResult;
import org.mineeco.stats.MonitoringResult.Change;
import org.mineeco.stats.Preset;
import org.mineeco.stats.Targets;
import org.mineeco.table.Column;
import org.mineeco.table.ReportOptions;
import org.mineeco.table.ReportWriter;
import org.mineeco.table.Row;
import org.mineeco.table.Table;
import org.mineeco.vocabulary.Language;

/**
 * The report of the demo's 2024 survey (data/demo/analysis_2024.yaml) with every preset, the demo
 * targets and the 2023 survey as the previous snapshot. Expected figures are summed in the test
 * from the analysis rows (the patches.csv figures) and the source attributes, and the monitoring
 * changes come from the generator's answer key changes_2024.geojson.
 */
class ReportingDemoTest {
  private static final Path DEMO = Path.of("..", "data", "demo");
  private static final double M2_PER_MU = 2000.0 / 3;

  private static Report report;
  private static Map<String, Feature> source;
  private static Analysis analysis;

  @BeforeAll
  static void runReport() {
    ReportingOptions options =
        ReportingOptions.builder(List.of(Preset.values()))
            .targets(Targets.read(DEMO.resolve("targets.csv")))
            .previous(DEMO.resolve("patches.geojson"), "XH")
            .analysis(AnalysisOptions.defaults())
            .build();
    report = Reporting.run(AnalysisSpec.load(DEMO.resolve("analysis_2024.yaml")), options);
    analysis = report.analysis();
    source = new HashMap<>();
    for (Feature f : read(DEMO.resolve("patches_2024.geojson"))) {
      source.put(f.getString("TBBH"), f);
    }
  }

  /** Seed 004's subject: abandoned open pits (TBDL 10 or 20, KCFS A), as the annex selects. */
  private static final Predicate<Feature> ABANDONED_OPEN_PIT =
      f -> Set.of("10", "20").contains(f.getString("TBDL")) && "A".equals(f.getString("KCFS"));

  @Test
  void yangtzeAnnexTotalsAreTheSumsOfTheBandColumnsOfAbandonedOpenPits() {
    Table annex = table("yangtze-annex");
    int total = totalRow(annex);
    double main = sum("yangtze_0_10000_m2", ABANDONED_OPEN_PIT);
    double union = sum("yangtze_tributaries_0_10000_m2", ABANDONED_OPEN_PIT);
    assertArea(annex, total, "MAIN_ha", main / 10_000);
    assertArea(annex, total, "TRIBUTARY_ha", (union - main) / 10_000);
    assertArea(annex, total, "total_ha", union / 10_000);
    ResultColumn m = analysis.columns().column("yangtze_0_10000_m2");
    ResultColumn u = analysis.columns().column("yangtze_tributaries_0_10000_m2");
    long mainCount = 0;
    long tributaryCount = 0;
    // mine (KSBH) → area in the main stream band, in the tributaries' only, beyond both
    Map<String, double[]> mines = new HashMap<>();
    for (PatchRow r : analysis.rows()) {
      if (r.isRejected()
          || r.area(u).squareMetres() <= 0
          || !ABANDONED_OPEN_PIT.test(source.get(r.id()))) {
        continue;
      }
      double inMain = r.area(m).squareMetres();
      double inTributaries = r.area(u).squareMetres() - inMain;
      double beyond = r.area().squareMetres() - r.area(u).squareMetres();
      if (inMain >= inTributaries && inMain >= beyond) {
        mainCount++;
      } else if (inTributaries >= beyond) {
        tributaryCount++;
      }
      double[] parts =
          mines.computeIfAbsent(source.get(r.id()).getString("KSBH"), k -> new double[3]);
      parts[0] += inMain;
      parts[1] += inTributaries;
      parts[2] += beyond;
    }
    long mainMines = mines.values().stream().filter(p -> p[0] >= p[1] && p[0] >= p[2]).count();
    long tributaryMines = mines.values().stream().filter(p -> p[1] > p[0] && p[1] >= p[2]).count();
    assertCount(annex, total, "MAIN_mines", mainMines);
    assertCount(annex, total, "TRIBUTARY_mines", tributaryMines);
    assertTrue(mainMines < mainCount, mainMines + " mines, " + mainCount + " patches");
    assertCount(annex, total, "MAIN_patches", mainCount);
    assertCount(annex, total, "TRIBUTARY_patches", tributaryCount);
    assertCount(annex, total, "total_patches", mainCount + tributaryCount);
    for (int r = 0; r < annex.rows().size(); r++) {
      long sum =
          annex.number(r, annex.columnIndex("MAIN_patches")).longValue()
              + annex.number(r, annex.columnIndex("TRIBUTARY_patches")).longValue();
      assertEquals(sum, annex.number(r, annex.columnIndex("total_patches")).longValue());
    }
  }

  @Test
  void dandongTotalIsTheAreaRestoredIn2018To2022ByStatus() {
    Table dandong = table("dandong");
    int total = totalRow(dandong);
    Predicate<Feature> years = f -> year(f) >= 2018 && year(f) <= 2022;
    Set<String> closed = Set.of("11", "12", "21", "22", "32");
    Predicate<Feature> isProducing = f -> "31".equals(f.getString("TBXL"));
    Predicate<Feature> isClosed =
        f ->
            f.getString("TBXL") == null
                ? Set.of("10", "20").contains(String.valueOf(f.getString("TBDL")))
                : closed.contains(f.getString("TBXL"));
    assertArea(
        dandong, total, "total_PRODUCING_mu", sum("area", years.and(isProducing)) / M2_PER_MU);
    assertArea(
        dandong,
        total,
        "total_CLOSED_OR_ABANDONED_mu",
        sum("area", years.and(isClosed)) / M2_PER_MU);
    assertArea(
        dandong, total, "total_mu", sum("area", years.and(isProducing.or(isClosed))) / M2_PER_MU);
  }

  @Test
  void periodsTotalsAreTheLegacyMinesAreasPlannedOrRestoredIn2022To2025() {
    Table periods = table("periods");
    int total = totalRow(periods);
    Predicate<Feature> legacy = f -> "10".equals(f.getString("TBDL"));
    assertArea(
        periods,
        total,
        "2022-2023_ha",
        sum("area", legacy.and(f -> year(f) >= 2022 && year(f) <= 2023)) / 1e4);
    assertArea(
        periods,
        total,
        "2024-2025_ha",
        sum("area", legacy.and(f -> year(f) >= 2024 && year(f) <= 2025)) / 1e4);
    assertArea(
        periods,
        total,
        "total_ha",
        sum("area", legacy.and(f -> year(f) >= 2022 && year(f) <= 2025)) / 1e4);
    assertTrue(periods.title().zh().startsWith("历史遗留矿山"), periods.title().zh());
  }

  @Test
  void allocationSumsThePlanAndTheAreaRestoredIn2021To2025() throws IOException {
    Table allocation = table("allocation");
    int total = totalRow(allocation);
    double plan = 0;
    for (String line : Files.readAllLines(DEMO.resolve("targets.csv"))) {
      String[] f = line.split(",", -1);
      if (f.length == 7 && f[0].matches("\\d{6}") && f[3].isEmpty()) {
        plan += Double.parseDouble(f[5]);
      }
    }
    assertEquals(60_000, plan, "the demo plan figure");
    assertArea(allocation, total, "target", plan);
    Predicate<Feature> restored2021To2025 =
        f -> "B".equals(f.getString("HFZLQK")) && year(f) >= 2021 && year(f) <= 2025;
    double achieved = sum("area", restored2021To2025) / M2_PER_MU;
    assertArea(allocation, total, "mu", achieved);
    assertArea(allocation, total, "remaining", plan - achieved);
    assertEquals(7, allocation.rows().size(), "6 cities and the total, no zone targets");
  }

  @Test
  void clearToZeroTargetsListTheOpenPatchesInRedLinesAndFarmland() {
    Table targets = table("targets");
    int zone = targets.columnIndex("zone");
    for (String name : List.of("red_line", "farmland")) {
      int row = -1;
      for (int r = 0; r < targets.rows().size(); r++) {
        if (targets.text(r, zone, Language.ZH).equals(analysis.labels().column(name).zh())) {
          row = r;
        }
      }
      assertTrue(row >= 0, "a targets row for " + name);
      Predicate<Feature> open = f -> !"B".equals(f.getString("HFZLQK"));
      assertArea(targets, row, "remaining", sum(name + "_m2", open) / M2_PER_MU);
      assertCount(targets, row, "open_count", countWhere(name + "_m2", open));
    }
  }

  @Test
  void xlsxHoldsTheNumbersOfTheCsv(@TempDir Path dir) throws IOException {
    ReportWriter.write(report.tables(), dir, new ReportOptions("report", Language.ZH));
    int numbers = 0;
    try (InputStream in = Files.newInputStream(dir.resolve("report.xlsx"));
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      for (int t = 0; t < report.tables().size(); t++) {
        Table table = report.tables().get(t);
        Sheet sheet = workbook.getSheetAt(t);
        List<String> lines = Files.readAllLines(dir.resolve(table.name() + ".csv"));
        for (int r = 4; r < lines.size() && !lines.get(r).isEmpty(); r++) {
          List<String> fields = csvFields(lines.get(r));
          for (int c = 0; c < fields.size(); c++) {
            org.apache.poi.ss.usermodel.Cell cell = sheet.getRow(r).getCell(c);
            String where = table.name() + " line " + (r + 1) + " column " + (c + 1);
            if (cell.getCellType() == CellType.NUMERIC) {
              numbers++;
              boolean percent = table.columns().get(c).kind() == Column.Kind.PERCENT;
              BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue());
              assertEquals(
                  0,
                  new BigDecimal(fields.get(c))
                      .compareTo(percent ? value.movePointRight(2) : value),
                  where);
            } else {
              assertEquals(fields.get(c), cell.getStringCellValue(), where);
            }
          }
        }
      }
    }
    assertTrue(numbers > 500, "numeric cells compared: " + numbers);
  }

  @Test
  void monitoringReproducesTheAnswerKey() {
    Map<String, List<Feature>> key = new HashMap<>();
    for (Feature f : read(DEMO.resolve("changes_2024.geojson"))) {
      key.computeIfAbsent(f.getString("CHANGE"), c -> new ArrayList<>()).add(f);
    }
    MonitoringResult m = report.monitoring().orElseThrow();
    assertEquals(ids(key, "newly_restored", "TBBH_2024"), set(m, Change.NEWLY_RESTORED));
    assertEquals(ids(key, "re_damaged", "TBBH_2024"), set(m, Change.RE_DAMAGED));
    assertEquals(ids(key, "delisted_flagged", "TBBH_2024"), set(m, Change.DELISTED));
    assertEquals(ids(key, "delisted_removed", "TBBH"), set(m, Change.REMOVED));
    assertEquals(ids(key, "newly_damaged", "TBBH_2024"), set(m, Change.NEWLY_DAMAGED));
    Set<String> renamed = new HashSet<>();
    key.get("renamed")
        .forEach(f -> renamed.add(f.getString("TBBH") + ">" + f.getString("TBBH_2024")));
    Set<String> matched = new HashSet<>();
    m.idChanges().forEach(c -> matched.add(c.before() + ">" + c.after()));
    assertEquals(renamed, matched);
    int changedAfter = 0;
    for (List<Feature> rows : key.values()) {
      changedAfter += (int) rows.stream().filter(f -> f.getString("TBBH_2024") != null).count();
    }
    int unchanged = source.size() - changedAfter;
    assertEquals(
        unchanged
            + key.get("newly_restored").size()
            + key.get("re_damaged").size()
            + key.get("delisted_flagged").size(),
        m.matchedById());
    assertEquals(key.get("delisted_removed").size(), m.unmatchedBefore());
    assertEquals(key.get("newly_damaged").size(), m.unmatchedAfter());
    // mines: each mine with a newly restored patch once (KSBH of the 2024 survey)
    Set<String> mines = new HashSet<>();
    ids(key, "newly_restored", "TBBH_2024")
        .forEach(id -> mines.add(source.get(id).getString("KSBH")));
    Table t = m.table();
    assertCount(t, totalRow(t), "newly_restored_mines", mines.size());
    assertTrue(mines.size() < key.get("newly_restored").size(), mines.size() + " mines");
  }

  @Test
  void netIncreaseIsNewlyRestoredMinusReDamagedMinusRemovedArea() {
    MonitoringResult m = report.monitoring().orElseThrow();
    Map<String, Double> area2024 = new HashMap<>();
    for (PatchRow row : analysis.rows()) {
      area2024.put(row.id(), row.area().squareMetres());
    }
    double expected = 0;
    for (String id : m.changes().get(Change.NEWLY_RESTORED)) {
      expected += area2024.get(id);
    }
    for (String id : m.changes().get(Change.RE_DAMAGED)) {
      expected -= area2024.get(id);
    }
    Set<String> removed = new HashSet<>(m.changes().get(Change.REMOVED));
    for (Feature f : read(DEMO.resolve("patches.geojson"))) {
      if (removed.contains(f.getString("TBBH"))) {
        expected -= EllipsoidalArea.ofLonLat(GeometryFixer.fix(f.geometry())).squareMetres();
      }
    }
    assertEquals(expected, m.netIncrease().squareMetres(), Math.abs(expected) * 1e-9 + 1e-3);
  }

  private static Table table(String name) {
    return report.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  private static int totalRow(Table table) {
    for (int r = 0; r < table.rows().size(); r++) {
      if (table.rows().get(r).kind() == Row.Kind.TOTAL) {
        return r;
      }
    }
    throw new AssertionError(table.name() + " has no total row");
  }

  /** The written value equals {@code expected} rounded to the column's decimals. */
  private static void assertArea(Table table, int row, String column, double expected) {
    int c = table.columnIndex(column);
    double half = 0.5 * Math.pow(10, -table.columns().get(c).decimals());
    double written = table.number(row, c).doubleValue();
    assertTrue(
        Math.abs(written - expected) <= half + 1e-9,
        table.name() + " " + column + ": wrote " + written + ", expected " + expected);
  }

  private static void assertCount(Table table, int row, String column, long expected) {
    assertEquals(
        expected,
        table.number(row, table.columnIndex(column)).longValue(),
        table.name() + " " + column);
  }

  /** The sum of {@code column} ("area" for the patch area) over accepted rows passing {@code p}. */
  private static double sum(String column, Predicate<Feature> p) {
    double sum = 0;
    for (PatchRow row : analysis.rows()) {
      if (!row.isRejected() && p.test(source.get(row.id()))) {
        sum +=
            column.equals("area")
                ? row.area().squareMetres()
                : row.area(analysis.columns().column(column)).squareMetres();
      }
    }
    return sum;
  }

  private static long count(String column) {
    return countWhere(column, f -> true);
  }

  private static long countWhere(String column, Predicate<Feature> p) {
    ResultColumn c = analysis.columns().column(column);
    return analysis.rows().stream()
        .filter(r -> !r.isRejected() && r.area(c).squareMetres() > 0 && p.test(source.get(r.id())))
        .count();
  }

  private static int year(Feature f) {
    String year = f.getString("ZLND");
    return year == null ? 0 : Integer.parseInt(year);
  }

  private static Set<String> ids(Map<String, List<Feature>> key, String change, String field) {
    Set<String> ids = new HashSet<>();
    key.get(change).forEach(f -> ids.add(f.getString(field)));
    return ids;
  }

  private static Set<String> set(MonitoringResult m, Change change) {
    return new HashSet<>(m.changes().get(change));
  }

  private static List<Feature> read(Path file) {
    List<Feature> features = new ArrayList<>();
    try (FeatureReader reader = Layers.open(file, ReadOptions.DEFAULTS)) {
      reader.forEachRemaining(features::add);
    }
    return features;
  }

  private static List<String> csvFields(String line) {
    return org.mineeco.io.CsvDialect.read(new java.io.StringReader(line)).get(0);
  }
}
