package org.mineeco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.spec.SmallSpec;

/**
 * Bad {@code report} usage fails with status 2 before any analysis runs, writing nothing; a report
 * after {@code analyze} on the same spec reuses its analysis.
 */
class ReportCommandTest {
  private static final String SPEC = Path.of("..", "data", "demo", "analysis.yaml").toString();

  @TempDir Path out;

  @Test
  void reportAfterAnalyzeReusesTheAnalysis() {
    String cache = out.resolve("cache").toString();
    assertEquals(
        0,
        Main.run(
            "analyze", "--spec", SPEC, "--cache", cache, "--out", out.resolve("a").toString()));
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    int status;
    try {
      status =
          Main.run(
              "report",
              "--spec",
              SPEC,
              "--preset",
              "periods",
              "--cache",
              cache,
              "--out",
              out.resolve("r").toString());
    } finally {
      System.setErr(err);
    }
    assertEquals(0, status);
    String log = captured.toString(StandardCharsets.UTF_8);
    assertTrue(log.contains("复用已缓存的分析"), log);
    assertFalse(log.contains("已分析图斑"), "no patch analysed again: " + log);
    assertTrue(Files.exists(out.resolve("r").resolve("periods.csv")));
  }

  @Test
  void threeReportsIntoOneFolderKeepEveryTableAsASheet() throws Exception {
    String cache = out.resolve("cache").toString();
    String folder = out.resolve("r").toString();
    for (String[] what :
        new String[][] {
          {"--preset", "periods"},
          {"--preset", "dandong"},
          {"--rows", "county,status", "--columns", "damage", "--measure", "mu", "--name", "damage"}
        }) {
      String[] args = new String[7 + what.length];
      System.arraycopy(
          new String[] {"table", "--spec", SPEC, "--cache", cache, "--out", folder}, 0, args, 0, 7);
      System.arraycopy(what, 0, args, 7, what.length);
      assertEquals(0, Main.run(args), String.join(" ", args));
    }
    try (var in = Files.newInputStream(out.resolve("r").resolve("report.xlsx"));
        var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      java.util.List<String> sheets = new java.util.ArrayList<>();
      workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
      // sheets are named by the tables' Chinese titles (at most 31 characters)
      assertEquals(
          java.util.List.of(
              "历史遗留矿山生态修复治理任务分解表（公顷）", "矿山地质环境恢复治理面积统计表（按矿山状态和治理时段，亩）", "按区县、矿山状态、破坏方式统计面积（亩）"),
          sheets);
      var damage = workbook.getSheetAt(2);
      assertTrue(damage.getPaneInformation().isFreezePane(), "header rows frozen");
      assertTrue(
          workbook.getSheetAt(1).getNumMergedRegions() >= 3,
          "each period's three status columns under one merged header");
    }
    assertTrue(Files.exists(out.resolve("r").resolve("damage.csv")));
  }

  @Test
  void aReportFromTheInventoryHoldsTheTablesOfTheSpec() throws Exception {
    String spec = SmallSpec.write(Files.createDirectories(out.resolve("small"))).toString();
    String store = out.resolve("inventory.gpkg").toString();
    assertEquals(
        0,
        Main.run(
            "inventory", "add", "--store", store, "--year", "2024", "--spec", spec, "--no-cache"));
    assertEquals(
        0,
        Main.run(
            "report",
            "--store",
            store,
            "--year",
            "2024",
            "--preset",
            "all",
            "--table",
            "damage-status",
            "--out",
            out.resolve("from-store").toString()));
    assertEquals(
        0,
        Main.run(
            "report",
            "--spec",
            spec,
            "--no-cache",
            "--preset",
            "all",
            "--table",
            "damage-status",
            "--out",
            out.resolve("from-spec").toString()));
    for (String table : new String[] {"damage-status.csv", "periods.csv", "yangtze-annex.csv"}) {
      assertEquals(
          Files.readString(out.resolve("from-spec").resolve(table)),
          Files.readString(out.resolve("from-store").resolve(table)),
          table);
    }
    String report = out.resolve("bad").toString();
    assertEquals(2, Main.run("report", "--store", store, "--preset", "all", "--out", report));
    assertEquals(
        2,
        Main.run(
            "report",
            "--store",
            store,
            "--year",
            "2024",
            "--spec",
            spec,
            "--preset",
            "all",
            "--out",
            report));
    assertEquals(
        2,
        Main.run("report", "--spec", spec, "--year", "2024", "--preset", "all", "--out", report));
    assertEquals(
        1,
        Main.run("report", "--store", store, "--year", "2030", "--preset", "all", "--out", report));
    assertFalse(Files.exists(out.resolve("bad")), "nothing written by a refused report");
  }

  @Test
  void aReportNeedsAPresetOrATable() {
    assertEquals(2, Main.run("table", "--spec", SPEC, "--out", out.toString()));
    assertEquals(
        2, Main.run("table", "--spec", SPEC, "--rows", "county,colour", "--out", out.toString()));
    assertEquals(
        2, Main.run("table", "--spec", SPEC, "--columns", "damage", "--out", out.toString()));
  }

  @Test
  void anUnknownPresetIsBadUsage() {
    assertEquals(
        2, Main.run("report", "--spec", SPEC, "--preset", "nope", "--out", out.toString()));
    assertFalse(Files.exists(out.resolve("report.json")));
  }

  @Test
  void aBadPeriodIsBadUsage() {
    assertEquals(
        2,
        Main.run(
            "report",
            "--spec",
            SPEC,
            "--preset",
            "periods",
            "--period1",
            "2020-2018",
            "--out",
            out.toString()));
  }

  @Test
  void anUnknownLanguageIsBadUsage() {
    assertEquals(
        2,
        Main.run(
            "report",
            "--spec",
            SPEC,
            "--preset",
            "periods",
            "--language",
            "fr",
            "--out",
            out.toString()));
  }

  @Test
  void anOutputFolderHoldingTheTargetsFileIsRefusedBeforeAnyAnalysis() throws Exception {
    Path spec = SmallSpec.write(out);
    Path targets =
        Files.writeString(out.resolve("targets.csv"), "region,target,unit\n340101,10,mu\n");
    assertEquals(
        1,
        Main.run(
            "report",
            "--spec",
            spec.toString(),
            "--preset",
            "periods",
            "--targets",
            targets.toString(),
            "--out",
            out.toString()));
    assertEquals("region,target,unit\n340101,10,mu\n", Files.readString(targets));
    assertFalse(Files.exists(out.resolve("report.json")));
  }
}
