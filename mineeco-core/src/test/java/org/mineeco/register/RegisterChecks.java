package org.mineeco.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.crs.Crs;
import org.mineeco.inventory.Inventory;
import org.mineeco.inventory.InventoryStore;
import org.mineeco.inventory.SurveyedPatch;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;
import org.mineeco.io.FieldType;
import org.mineeco.io.Layers;
import org.mineeco.io.WriteOptions;
import org.mineeco.reporting.ReportingOptions;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.SmallSpec;
import org.mineeco.stats.Preset;
import org.mineeco.table.Table;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Language;

/**
 * What the register must do on every store, on a hand-made inventory of two surveys (2023, 2024) of
 * seven 0.001° squares in the two counties of {@link SmallSpec}: West County W1-W4 (mines M1 =
 * W1+W2, M2 = W3, M3 = W4), East County E1-E3 (M4 = E1+E2, M5 = E3, inside the red line). Restored:
 * 2023 W1 W2 W4 E1 E3; 2024 W1 W2 W3 E1 E2 E3 (W4 damaged again). Planned period: W1 W2 E1 within
 * the 14th five-year plan, the others after it.
 */
final class RegisterChecks {
  static final List<String> IDS = List.of("W1", "W2", "W3", "W4", "E1", "E2", "E3");
  private static final Map<String, String> MINES =
      Map.of("W1", "M1", "W2", "M1", "W3", "M2", "W4", "M3", "E1", "M4", "E2", "M4", "E3", "M5");
  private static final Map<String, double[]> CENTRES =
      Map.of(
          "W1", new double[] {117.20, 30.00},
          "W2", new double[] {117.21, 30.00},
          "W3", new double[] {117.22, 30.00},
          "W4", new double[] {117.23, 30.00},
          "E1", new double[] {117.40, 30.00},
          "E2", new double[] {117.41, 30.00},
          "E3", new double[] {117.345, 30.065});
  private static final Map<Integer, List<String>> RESTORED =
      Map.of(
          2023, List.of("W1", "W2", "W4", "E1", "E3"),
          2024, List.of("W1", "W2", "W3", "E1", "E2", "E3"));

  /** Planned within the 14th five-year plan (NXFSJD A); the others after it (B). */
  private static final Set<String> WITHIN_14TH_FYP = Set.of("W1", "W2", "E1");

  private static final Change BY_TEST = Change.now("tester", "test");

  private RegisterChecks() {}

  /** Records both surveys in the store at {@code location}; returns its register. */
  static Register twoSurveys(String location, Path dir) throws IOException {
    SmallSpec.write(dir);
    ReportingOptions options =
        ReportingOptions.builder(List.of(Preset.values()))
            .analysis(AnalysisOptions.builder().threads(2).build())
            .build();
    Inventory inventory = Inventory.open(location);
    for (int year : List.of(2023, 2024)) {
      writePatches(dir.resolve("patches" + year + ".geojson"), RESTORED.get(year));
      Path spec =
          Files.writeString(
              dir.resolve("spec" + year + ".yaml"),
              """
              crs: EPSG:4490
              patches: {path: patches%d.geojson, id: TBBH}
              zones:
                - {name: red_line, type: polygons, path: redline.geojson}
              regions: {path: counties.geojson, id: XZQDM, name: NAME}
              """
                  .formatted(year));
      inventory.add(year, AnalysisSpec.load(spec), options);
    }
    return Register.open(location);
  }

  /** Three bad rows import nothing and are listed with their lines; a good file imports all. */
  static void ledgerImport(Register register, String location, Path dir) throws IOException {
    Path bad =
        Files.writeString(
            dir.resolve("bad.csv"),
            """
            矿山编号,责任主体,责任类型,治理任务,资金来源,资金（万元）,治理时限,方案编号
            M1,西县自然资源局,历史遗留,复绿,中央财政,120.5,2024-12,XF-1
            M9,某公司,有主,复垦,自筹,30,2024-06,
            M2,西县自然资源局,历史遗留,削坡,省级财政,80,2024-13,XF-2
            M3,西县自然资源局,历史遗留,复绿,省级财政,八十,2024-06,XF-3
            """);
    ImportResult<LedgerEntry> refused = register.importLedger(bad, BY_TEST);
    assertFalse(refused.recorded());
    assertEquals(List.of(3L, 4L, 5L), refused.problems().stream().map(RowProblem::line).toList());
    assertTrue(refused.problems().get(0).reason().zh().contains("M9"), refused.toString());
    assertTrue(refused.problems().get(1).reason().zh().contains("2024-13"), refused.toString());
    assertTrue(refused.problems().get(2).reason().zh().contains("八十"), refused.toString());
    assertEquals(Map.of(), register.ledgerEntries());

    ImportResult<LedgerEntry> imported = register.importLedger(goodLedger(dir), BY_TEST);
    assertTrue(imported.recorded(), imported.toString());
    assertEquals(5, imported.imported().size());
    LedgerEntry m3 = register.ledgerEntries().get("M3");
    assertEquals(new BigDecimal("80"), m3.funds());
    assertEquals(YearMonth.of(2024, 6), m3.deadline());
    assertEquals(Responsibility.LEGACY, m3.responsibility());
    // W4 (M3) is not restored in 2024: late on the day after the deadline month, not before.
    assertFalse(register.overdue(m3, LocalDate.of(2024, 6, 30)));
    assertTrue(register.overdue(m3, LocalDate.of(2024, 7, 1)));
    // M2's only patch W3 is restored in 2024: never late.
    assertFalse(register.overdue(register.ledgerEntries().get("M2"), LocalDate.of(2030, 1, 1)));

    Table ledger = register.ledgerTable(LocalDate.of(2024, 7, 1));
    assertEquals(5, ledger.rows().size());
    int m1 = rowOf(ledger, "M1");
    assertEquals("2", ledger.text(m1, ledger.columnIndex("patches"), Language.ZH));
    assertEquals(
        round2(SmallAreas.square("W1") + SmallAreas.square("W2")),
        ledger.number(m1, ledger.columnIndex("area")).doubleValue());
    assertEquals("是", ledger.text(rowOf(ledger, "M3"), ledger.columnIndex("overdue"), Language.ZH));
    assertEquals("否", ledger.text(m1, ledger.columnIndex("overdue"), Language.ZH));
    // M5's patch E3 lies inside the red line: the whole square is inside; no other mine touches it.
    int redLine = ledger.columnIndex("zone_red_line");
    assertEquals(
        round2(SmallAreas.square("E3")), ledger.number(rowOf(ledger, "M5"), redLine).doubleValue());
    assertEquals(0.0, ledger.number(m1, redLine).doubleValue());

    // A later import appends: the mine's latest entry is its ledger, the earlier one is kept.
    Files.writeString(
        dir.resolve("m1.csv"),
        "mine,party,responsibility,task,funds,deadline\nM1,西县人民政府,legacy,复绿,150,2025-06\n");
    register.importLedger(dir.resolve("m1.csv"), Change.now("lead", "budget raised"));
    assertEquals(new BigDecimal("150"), register.ledgerEntries().get("M1").funds());
    List<Feature> rows = InventoryStore.open(location).read(Register.LEDGER);
    assertEquals(6, rows.size());
    assertEquals("120.5", rows.get(0).getString("funds"));
    assertEquals("budget raised", rows.get(5).getString("reason"));
    assertEquals("lead", rows.get(5).getString("user"));
  }

  /**
   * Monthly progress (after {@link #ledgerImport}: the ledger names M1-M5): four bad rows import
   * nothing and are listed; the latest report as of a day ignores later ones; 本月未填报 flips on the
   * first day of the next month.
   */
  static void progress(Register register, String location, Path dir) throws IOException {
    Path bad =
        Files.writeString(
            dir.resolve("progress-bad.csv"),
            """
            矿山编号,填报日期,阶段,进度（%）,备注
            M1,2024-11-05,施工,40,
            M9,2024-11-05,施工,40,
            M2,2024-11-31,设计,10,
            M3,2024-11-10,开挖,10,
            M4,2024-11-10,验收,120,
            """);
    ImportResult<ProgressReport> refused = register.importProgress(bad, BY_TEST);
    assertFalse(refused.recorded());
    assertEquals(
        List.of(3L, 4L, 5L, 6L), refused.problems().stream().map(RowProblem::line).toList());
    assertTrue(refused.problems().get(0).reason().zh().contains("M9"), refused.toString());
    assertTrue(refused.problems().get(1).reason().zh().contains("2024-11-31"), refused.toString());
    assertTrue(refused.problems().get(2).reason().zh().contains("开挖"), refused.toString());
    assertTrue(refused.problems().get(3).reason().zh().contains("120"), refused.toString());
    assertEquals(List.of(), register.progress());

    Path good =
        Files.writeString(
            dir.resolve("progress.csv"),
            """
            mine,date,stage,percent,note
            M1,2024-10-20,design,100,方案批复
            M1,2024-12-03,施工,70,
            M1,2024-11-05,construction,40%,
            M2,2024-10-31,验收,100,
            M4,2024-11-30,管护,100,
            """);
    ImportResult<ProgressReport> imported =
        register.importProgress(good, Change.now("county", "November"));
    assertTrue(imported.recorded(), imported.toString());
    assertEquals(5, register.progress().size());
    List<Feature> stored = InventoryStore.open(location).read(Register.PROGRESS);
    assertEquals("county", stored.get(4).getString("user"));
    assertEquals("November", stored.get(4).getString("reason"));

    // As of 2024-11-30, M1's latest is 2024-11-05 (the December report is later, though listed
    // before it).
    Map<String, ProgressReport> nov = register.progressAsOf(LocalDate.of(2024, 11, 30));
    assertEquals(Set.of("M1", "M2", "M4"), nov.keySet());
    assertEquals(Stage.CONSTRUCTION, nov.get("M1").stage());
    assertEquals(40, nov.get("M1").percent());
    assertEquals(Stage.AFTERCARE, nov.get("M4").stage());
    assertEquals(70, register.progressAsOf(LocalDate.of(2024, 12, 3)).get("M1").percent());

    Table table = register.progressTable(LocalDate.of(2024, 11, 30));
    assertEquals(5, table.rows().size(), "the ledger's five mines");
    assertEquals(
        "West County", table.text(rowOf(table, "M1"), table.columnIndex("county"), Language.ZH));
    assertEquals("施工", thisMonth(table, "M1", "stage"));
    assertEquals(
        40.0, table.number(rowOf(table, "M1"), table.columnIndex("percent")).doubleValue());
    assertEquals("是", thisMonth(table, "M1", "this_month"));
    assertEquals("本月未填报", thisMonth(table, "M2", "this_month"));
    assertEquals("本月未填报", thisMonth(table, "M3", "this_month"));
    assertEquals("-", thisMonth(table, "M3", "stage"));
    assertEquals("是", thisMonth(table, "M4", "this_month"));
    // M2 reported on 2024-10-31: reported that day, not the next.
    assertEquals(
        "是", thisMonth(register.progressTable(LocalDate.of(2024, 10, 31)), "M2", "this_month"));
    Table dec1 = register.progressTable(LocalDate.of(2024, 12, 1));
    assertEquals("本月未填报", thisMonth(dec1, "M4", "this_month"));
    assertEquals("本月未填报", thisMonth(dec1, "M1", "this_month"));
    assertEquals(
        "是", thisMonth(register.progressTable(LocalDate.of(2024, 12, 3)), "M1", "this_month"));
  }

  /**
   * The 2024 self-assessment before any delisting (after {@link #progress}): restored W1 W2 W3 E1
   * E2 E3, none delisted, ready W1 W2 E1 E3, M3 overdue (W4 not restored, deadline 2024-06), W4
   * left open for 2025; only the latest survey can be assessed.
   */
  static void assessment(Register register) {
    Assessment a = register.assessment(2024);
    assertEquals(
        List.of("delisting-balance", "ledger", "findings", "progress", "draft-plan"),
        a.tables().stream().map(Table::name).toList());
    // The draft plan: W4 is the only open patch, and the only unrestored one of the 2024
    // analysis, so it ranks first (restored patches rank after every unrestored one).
    Table plan = a.tables().get(4);
    int w4 = rowOf(plan, "W4");
    assertEquals("1", plan.text(w4, plan.columnIndex("rank"), Language.ZH));
    assertEquals(
        mu("W4"), plan.text(w4, plan.columnIndex("area"), Language.ZH), "W4's area in the plan");
    assertTrue(plan.title().zh().startsWith("2025 年度实施方案草案"), plan.title().zh());
    assertTrue(
        a.tables().get(1).title().zh().contains("2024-12-31"), a.tables().get(1).title().zh());
    assertTrue(
        a.tables().get(3).title().zh().contains("2024-12-20"), a.tables().get(3).title().zh());
    String english = a.summary().en();
    assertTrue(
        english.contains("restored patches: 6, " + mu("W1", "W2", "W3", "E1", "E2", "E3") + " mu;"),
        english);
    assertTrue(english.contains("mines in the ledger: 5, overdue: 1: M3;"), english);
    assertTrue(english.contains("open patches for 2025: 1, " + mu("W4") + " mu"), english);
    String summary = a.summary().zh();
    assertTrue(
        summary.contains("已治理图斑 6 个，" + mu("W1", "W2", "W3", "E1", "E2", "E3") + " 亩；"), summary);
    assertTrue(summary.contains("已销号图斑 0 个，0.00 亩；"), summary);
    // Every 2024 patch was surveyed in 2023 under its id: W4, unrestored again, is not new.
    assertTrue(summary.contains("新增损毁图斑 0 个，0.00 亩"), summary);
    assertTrue(summary.contains("可销号图斑 4 个，" + mu("W1", "W2", "E1", "E3") + " 亩"), summary);
    assertTrue(summary.contains("台账矿山 5 座，逾期 1 座：M3；"), summary);
    assertTrue(summary.contains("2025 年度待修复图斑 1 个，" + mu("W4") + " 亩"), summary);
    assertThrows(IllegalArgumentException.class, () -> register.assessment(2023));
  }

  /** The summed area of the squares in mu, 2 decimals, as the summary writes it. */
  private static String mu(String... ids) {
    double m2 = 0;
    for (String id : ids) {
      m2 += SmallAreas.square(id);
    }
    return String.format(java.util.Locale.ROOT, "%.2f", m2 / AreaUnit.MU.squareMetres());
  }

  private static String thisMonth(Table table, String mine, String column) {
    return table.text(rowOf(table, mine), table.columnIndex(column), Language.ZH);
  }

  /** The good ledger of the five mines. */
  static Path goodLedger(Path dir) throws IOException {
    return Files.writeString(
        dir.resolve("ledger.csv"),
        """
        矿山编号,责任主体,责任类型,治理任务,资金来源,资金（万元）,治理时限,方案编号
        M1,西县自然资源局,历史遗留,复绿,中央财政,120.5,2024-12,XF-1
        M2,西县自然资源局,历史遗留,削坡,省级财政,80,2023-12,XF-2
        M3,西县自然资源局,历史遗留,复绿,省级财政,80,2024-06,XF-3
        M4,东县某矿业公司,有主,复垦,自筹,45,2025-03,DF-1
        M5,东县自然资源局,历史遗留,拆除复绿,中央财政,200,2024-09,DF-2
        """);
  }

  /**
   * Candidates are restored in both surveys and not delisted; an unrestored patch is refused
   * (nothing of its request recorded) unless forced with a reason; the balance counts them.
   */
  static void delisting(Register register) {
    assertEquals(List.of("W1", "W2", "E1", "E3"), ids(register.candidates()));

    DelistResult refused =
        register.delist(
            new DelistRequest(
                List.of("E3", "W4"), LocalDate.of(2024, 8, 1), "东销〔2024〕1号", false, BY_TEST));
    assertEquals(List.of(), refused.recorded());
    assertEquals(1, refused.refusals().size());
    assertTrue(refused.refusals().get(0).en().startsWith("W4: "), refused.refusals().toString());
    assertEquals(Map.of(), register.delistings());

    DelistResult done =
        register.delist(
            new DelistRequest(
                List.of("E3"), LocalDate.of(2024, 8, 1), "东销〔2024〕1号", false, BY_TEST));
    assertEquals(1, done.recorded().size());
    assertEquals(List.of("W1", "W2", "E1"), ids(register.candidates()));
    assertTrue(
        register
            .delist(
                new DelistRequest(List.of("E3"), LocalDate.of(2024, 9, 1), "again", false, BY_TEST))
            .refusals()
            .get(0)
            .en()
            .contains("already delisted"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new DelistRequest(
                List.of("W4"), LocalDate.of(2024, 8, 1), "x", true, Change.now("tester", "")));
    DelistResult forced =
        register.delist(
            new DelistRequest(
                List.of("W4"),
                LocalDate.of(2024, 9, 1),
                "西销〔2024〕3号",
                true,
                Change.now("tester", "accepted in the field after the survey")));
    assertTrue(forced.recorded().get(0).forced());
    Delisting w4 = register.delistings().get("W4");
    assertEquals("accepted in the field after the survey", w4.change().reason());
    assertEquals("tester", w4.change().user());

    Table balance = register.balanceTable();
    int west = rowOf(balance, "West County");
    int east = rowOf(balance, "East County");
    int total = balance.rows().size() - 1;
    assertEquals(3, count(balance, west, "restored_patches")); // W1 W2 W3
    assertEquals(1, count(balance, west, "delisted_patches")); // W4 forced
    assertEquals(2, count(balance, west, "ready_patches")); // W1 W2
    assertEquals(3, count(balance, west, "open_patches")); // W1 W2 W3
    assertEquals(3, count(balance, east, "restored_patches"));
    assertEquals(1, count(balance, east, "delisted_patches")); // E3
    assertEquals(1, count(balance, east, "ready_patches")); // E1
    assertEquals(2, count(balance, east, "open_patches")); // E1 E2
    assertEquals(2, count(balance, total, "delisted_patches"));
    assertEquals(
        round2(SmallAreas.square("W4") + SmallAreas.square("E3")),
        balance.number(total, balance.columnIndex("delisted_area")).doubleValue());
  }

  /** Without a register the inventory's report has no balance tables. */
  static void reportWithoutRegister(Register register) {
    assertTrue(register.isEmpty());
    List<String> names =
        register.report(2024, 2023, reportOptions()).tables().stream().map(Table::name).toList();
    assertFalse(names.stream().anyMatch(n -> n.startsWith("delisting")), names.toString());
  }

  /**
   * The report after {@link #delisting} (E3 delisted on 2024-08-01, W4 forced on 2024-09-01): the
   * county balance is the register's and its ready total is the candidates' count; per planned
   * period and year by year by hand; a delisted patch leaves the open tasks but keeps its history.
   */
  static void report(Register register) {
    List<Table> tables = register.report(2024, 2023, reportOptions()).tables();
    Table county = table(tables, "delisting-balance");
    Table balance = register.balanceTable();
    int total = county.rows().size() - 1;
    for (String column : List.of("restored_patches", "delisted_patches", "ready_patches")) {
      for (int row = 0; row <= total; row++) {
        assertEquals(count(balance, row, column), count(county, row, column), column + " " + row);
      }
    }
    assertEquals(register.candidates().size(), count(county, total, "ready_patches"));
    assertEquals(3, count(county, total, "ready_patches")); // W1 W2 E1

    // A (W1 W2 E1): restored 3, none delisted, ready 3, open 3; B (W3 W4 E2 E3): restored W3 E2
    // E3, delisted W4 E3, none ready, open W3 E2.
    Table period = table(tables, "delisting-balance-period");
    assertEquals("“十四五”期间", period.text(0, 0, Language.ZH));
    assertEquals("“十四五”以后", period.text(1, 0, Language.ZH));
    assertEquals(3, period.rows().size());
    long[][] expected = {{3, 0, 3, 3}, {3, 2, 0, 2}, {6, 2, 3, 5}};
    String[] groups = {"restored", "delisted", "ready", "open"};
    for (int row = 0; row < 3; row++) {
      for (int g = 0; g < groups.length; g++) {
        assertEquals(
            expected[row][g], count(period, row, groups[g] + "_patches"), row + " " + groups[g]);
      }
    }
    assertEquals(
        round2(SmallAreas.square("W4") + SmallAreas.square("E3")),
        period.number(1, period.columnIndex("delisted_area")).doubleValue());

    // 2023 (first): restored W1 W2 W4 E1 E3, none delisted (both delistings are dated 2024);
    // 2024: newly restored W3 E2, delisted W4 E3, open W1 W2 W3 E1 E2.
    Table yearly = table(tables, "delisting-yearly");
    assertEquals("2023", yearly.text(0, 0, Language.ZH));
    assertEquals(5, count(yearly, 0, "restored_patches"));
    assertEquals(0, count(yearly, 0, "delisted_patches"));
    assertEquals(5, count(yearly, 0, "open_patches"));
    assertEquals(2, count(yearly, 1, "restored_patches"));
    assertEquals(
        round2(SmallAreas.square("W3") + SmallAreas.square("E2")),
        yearly.number(1, yearly.columnIndex("restored_area")).doubleValue());
    assertEquals(2, count(yearly, 1, "delisted_patches"));
    assertEquals(5, count(yearly, 1, "open_patches"));
    assertEquals(7, count(yearly, 2, "restored_patches"));
    assertEquals(2, count(yearly, 2, "delisted_patches"));

    // 2023's own balance: the 2024 delistings do not count yet, and the first survey has no
    // candidates.
    Table y2023 = table(register.report(2023, null, reportOptions()).tables(), "delisting-balance");
    int west = rowOf(y2023, "West County");
    assertEquals(3, count(y2023, west, "restored_patches")); // W1 W2 W4
    assertEquals(0, count(y2023, west, "delisted_patches"));
    assertEquals(0, count(y2023, west, "ready_patches"));

    // E3 left the open tasks (candidates, restored-not-delisted) but keeps its file.
    assertFalse(ids(register.candidates()).contains("E3"));
    PatchHistory e3 = register.patchHistory("E3").orElseThrow();
    assertEquals(List.of(2023, 2024), e3.surveys().stream().map(e -> e.year()).toList());
    assertEquals("东销〔2024〕1号", e3.delisting().orElseThrow().document());
    assertEquals("M5", e3.mine());
    assertEquals("东县自然资源局", e3.ledger().orElseThrow().party());
    assertTrue(register.patchHistory("NOPE").isEmpty());
  }

  private static ReportingOptions reportOptions() {
    return ReportingOptions.builder(List.of(Preset.values()))
        .analysis(AnalysisOptions.builder().threads(2).build())
        .build();
  }

  private static Table table(List<Table> tables, String name) {
    return tables.stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table " + name));
  }

  /**
   * The sample is drawn among restored or delisted patches, the stated size per county, the same
   * for the same seed; the outcome of a check is recorded.
   */
  static void sampleAndChecks(Register register) {
    Sample one = register.sample(new SampleOptions(2024, 2, true, 42));
    assertEquals(
        ids(one.patches()), ids(register.sample(new SampleOptions(2024, 2, true, 42)).patches()));
    Map<String, Integer> perCounty = new TreeMap<>();
    one.patches().forEach(p -> perCounty.merge(p.regionName(), 1, Integer::sum));
    assertEquals(Map.of("East County", 2, "West County", 2), perCounty);
    // W4, damaged in 2024, is drawn only since its forced delisting: West holds 4, East 3, and
    // a stratum smaller than the size gives all of it.
    assertEquals(7, register.sample(new SampleOptions(2024, 5, true, 1)).patches().size());
    assertEquals(
        3,
        register.sample(new SampleOptions(2024, 3, true, 7)).patches().stream()
            .filter(p -> p.regionName().equals("East County"))
            .count());
    assertEquals(4, register.sample(new SampleOptions(2024, 4, false, 1)).patches().size());
    // Different seeds draw different samples at least once among a few.
    boolean differs = false;
    for (long seed = 1; seed < 20 && !differs; seed++) {
      differs =
          !ids(register.sample(new SampleOptions(2024, 2, true, seed)).patches())
              .equals(ids(one.patches()));
    }
    assertTrue(differs);
    Table sheet = one.fieldSheet();
    assertEquals(4, sheet.rows().size());
    SurveyedPatch first = one.patches().get(0);
    double lon = Double.parseDouble(sheet.text(0, sheet.columnIndex("lon"), Language.ZH));
    assertEquals(CENTRES.get(first.id())[0], lon, SmallSpec.HALF);

    register.recordChecks(
        List.of(
            new Check(first.id(), LocalDate.of(2024, 10, 9), Finding.FAILED, "植被未成活", BY_TEST)));
    assertEquals(Finding.FAILED, register.checks().get(0).finding());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            register.recordChecks(
                List.of(
                    new Check("NOPE", LocalDate.of(2024, 10, 9), Finding.PASSED, "", BY_TEST))));
    assertEquals(1, register.checks().size());
  }

  /**
   * Checks from a file (after {@link #sampleAndChecks}: one check recorded): three bad rows (an
   * unknown patch, 2024-02-30, finding 优秀) record nothing and are listed; the good file records
   * both of its rows.
   */
  static void checksFromAFile(Register register, Path dir) throws IOException {
    Path bad =
        Files.writeString(
            dir.resolve("checks-bad.csv"),
            """
            图斑编号,核查日期,核查结果,备注
            W1,2024-11-02,合格,
            NOPE,2024-11-02,合格,
            W2,2024-02-30,合格,
            E1,2024-11-02,优秀,
            """);
    ImportResult<Check> refused = register.importChecks(bad, BY_TEST);
    assertFalse(refused.recorded());
    assertEquals(List.of(3L, 4L, 5L), refused.problems().stream().map(RowProblem::line).toList());
    assertTrue(refused.problems().get(0).reason().zh().contains("NOPE"), refused.toString());
    assertTrue(refused.problems().get(1).reason().zh().contains("2024-02-30"), refused.toString());
    assertTrue(refused.problems().get(2).reason().zh().contains("优秀"), refused.toString());
    assertEquals(1, register.checks().size());
    Path good =
        Files.writeString(
            dir.resolve("checks.csv"),
            "patch,date,finding\nW1,2024-11-02,passed\nE1,2024-11-03,不合格\n");
    ImportResult<Check> imported = register.importChecks(good, Change.now("field", "November"));
    assertTrue(imported.recorded(), imported.toString());
    List<Check> checks = register.checks();
    assertEquals(3, checks.size());
    assertEquals(Finding.PASSED, checks.get(1).finding());
    assertEquals("E1", checks.get(2).patch());
    assertEquals(Finding.FAILED, checks.get(2).finding());
    assertEquals("field", checks.get(2).change().user());
  }

  /** The public list leaves the ledger out unless asked; a delisted patch shows its date. */
  static void publish(Register register) {
    Publication plain = register.publish(2024, false);
    assertEquals(7, plain.features().size());
    assertFalse(plain.table().columns().stream().anyMatch(c -> c.key().equals("party")));
    Publication full = register.publish(2024, true);
    int e3 = rowOf(full.table(), "E3");
    assertEquals(
        "2024-08-01",
        full.table().text(e3, full.table().columnIndex("delisting_date"), Language.ZH));
    assertEquals("已销号", full.table().text(e3, full.table().columnIndex("state"), Language.ZH));
    assertEquals("东县自然资源局", full.table().text(e3, full.table().columnIndex("party"), Language.ZH));
  }

  /** Re-recording a survey keeps the register's tables. */
  static void surveysReplacedKeepTheRegister(Register register, String location, Path dir)
      throws IOException {
    int ledger = register.ledgerEntries().size();
    int delisted = register.delistings().size();
    int progress = register.progress().size();
    assertNotEquals(0, ledger);
    assertNotEquals(0, progress);
    twoSurveys(location, dir);
    assertEquals(ledger, register.ledgerEntries().size());
    assertEquals(delisted, register.delistings().size());
    assertEquals(progress, register.progress().size());
  }

  private static List<String> ids(List<SurveyedPatch> patches) {
    return patches.stream().map(SurveyedPatch::id).toList();
  }

  private static int rowOf(Table table, String first) {
    for (int r = 0; r < table.rows().size(); r++) {
      for (int c = 0; c < 3; c++) {
        if (table.text(r, c, Language.ZH).equals(first)) {
          return r;
        }
      }
    }
    throw new AssertionError("no row " + first + " in " + table.name());
  }

  private static long count(Table table, int row, String column) {
    return table.number(row, table.columnIndex(column)).longValue();
  }

  private static double round2(double squareMetres) {
    return Math.round(squareMetres / AreaUnit.MU.squareMetres() * 100) / 100.0;
  }

  private static void writePatches(Path file, List<String> restored) {
    List<Field> fields =
        List.of("TBBH", "KSBH", "TBDL", "TBXL", "TBSX", "NXFFS", "NXFSJD", "HFZLQK").stream()
            .map(k -> new Field(k, FieldType.STRING))
            .toList();
    try (FeatureWriter w = Layers.create(file, new WriteOptions(Crs.CGCS2000, "patches", fields))) {
      long index = 0;
      for (String id : IDS) {
        Map<String, Object> v = new HashMap<>();
        v.put("TBBH", id);
        v.put("KSBH", MINES.get(id));
        v.put("TBDL", "10");
        v.put("TBXL", "11");
        v.put("TBSX", "3");
        v.put("NXFFS", "3");
        v.put("NXFSJD", WITHIN_14TH_FYP.contains(id) ? "A" : "B");
        v.put("HFZLQK", restored.contains(id) ? "B" : "A");
        w.write(new Feature(index++, SmallAreas.polygon(CENTRES.get(id)), v));
      }
      w.commit();
    }
  }

  /** The squares and their GRS80 areas (GeographicLib), the reference. */
  static final class SmallAreas {
    static Geometry polygon(double[] c) {
      return SmallSpec.squareAt(c);
    }

    static double square(String id) {
      net.sf.geographiclib.PolygonArea p =
          new net.sf.geographiclib.PolygonArea(SmallSpec.GRS80, false);
      Coordinate[] ring = polygon(CENTRES.get(id)).getCoordinates();
      for (int i = 0; i < ring.length - 1; i++) {
        p.AddPoint(ring[i].y, ring[i].x);
      }
      return Math.abs(p.Compute(false, true).area);
    }

    private SmallAreas() {}
  }
}
