package org.mineeco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.spec.SmallSpec;

/**
 * The register's commands on {@link SmallSpec} recorded as 2023 and 2024 (P-RIVER restored, P-RED
 * and P-TOWN not; each patch its own mine): bad rows and refusals fail with one Chinese line each
 * and record nothing; what passes is written as one set of files.
 */
class RegisterCommandsTest {
  @TempDir Path dir;

  /** Standard output and error of one run, and its status. */
  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
    try {
      int status = Main.run(args);
      return new Run(
          status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void aYearOnTheCommandLine() throws Exception {
    Path spec = SmallSpec.write(Files.createDirectories(dir.resolve("small")));
    String store = dir.resolve("inventory.gpkg").toString();
    for (String year : List.of("2023", "2024")) {
      assertEquals(
          0,
          run("inventory", "add", "--store", store, "--spec", spec.toString(), "--year", year)
              .status());
    }
    Path bad =
        Files.writeString(
            dir.resolve("bad.csv"),
            """
            矿山编号,责任主体,责任类型,治理任务,资金来源,资金（万元）,治理时限,方案编号
            P-RED,东县自然资源局,历史遗留,复绿,中央财政,10,2024-06,A-1
            P-NONE,东县自然资源局,历史遗留,复绿,中央财政,10,2024-06,A-2
            P-TOWN,西县自然资源局,无主,复绿,中央财政,10,2024-06,A-3
            """);
    Run refused = run("inventory", "ledger", "import", "--store", store, bad.toString());
    assertEquals(1, refused.status(), refused.err());
    assertTrue(refused.err().contains("第 3 行：矿山编号 P-NONE 不在最新年度调查中"), refused.err());
    assertTrue(refused.err().contains("第 4 行：责任类型应为"), refused.err());
    assertTrue(refused.err().contains("未导入任何一行"), refused.err());

    Path good =
        Files.writeString(
            dir.resolve("good.csv"),
            Files.readString(bad)
                .lines()
                .filter(l -> !l.contains("P-NONE") && !l.contains("P-TOWN"))
                .reduce("", (a, b) -> a + b + "\n"));
    assertEquals(
        0, run("inventory", "ledger", "import", "--store", store, good.toString()).status());
    Run ledger =
        run(
            "inventory",
            "ledger",
            "--store",
            store,
            "--as-of",
            "2024-07-01",
            "--out",
            dir.resolve("ledger").toString());
    assertEquals(0, ledger.status(), ledger.err());
    assertTrue(ledger.out().contains("一矿一策台账（截至 2024-07-01）"), ledger.out());
    String csv = Files.readString(dir.resolve("ledger").resolve("ledger.csv"));
    assertTrue(csv.contains("P-RED") && csv.contains("是"), csv);

    Path progressBad =
        Files.writeString(
            dir.resolve("progress-bad.csv"),
            "矿山编号,填报日期,阶段,进度（%）,备注\nP-RED,2024-11-20,施工,30,\nP-RED,2024-11-21,施工,150,\n");
    Run progressRefused =
        run("inventory", "progress", "add", "--store", store, progressBad.toString());
    assertEquals(1, progressRefused.status(), progressRefused.err());
    assertTrue(
        progressRefused.err().contains("第 3 行：进度（%）应为 0 到 100 的整数，实为“150”"), progressRefused.err());
    Path progress =
        Files.writeString(
            dir.resolve("progress.csv"), "mine,date,stage,percent\nP-RED,2024-11-20,施工,30\n");
    Run added = run("inventory", "progress", "add", "--store", store, progress.toString());
    assertEquals(0, added.status(), added.err());
    assertTrue(added.out().contains("已记录进度填报 1 条"), added.out());
    Run december =
        run(
            "inventory",
            "progress",
            "--store",
            store,
            "--as-of",
            "2024-12-01",
            "--out",
            dir.resolve("progress").toString());
    assertEquals(0, december.status(), december.err());
    assertTrue(december.out().contains("修复工程进度月报（截至 2024-12-01）"), december.out());
    String progressCsv = Files.readString(dir.resolve("progress").resolve("progress.csv"));
    assertTrue(
        progressCsv.contains("P-RED,2024-11-20,施工,30") && progressCsv.contains("本月未填报"),
        progressCsv);

    Run unrestored =
        run(
            "inventory",
            "delist",
            "--store",
            store,
            "--patch",
            "P-RIVER",
            "P-RED",
            "--date",
            "2024-12-18",
            "--document",
            "东销〔2024〕1号");
    assertEquals(1, unrestored.status());
    assertTrue(unrestored.err().contains("P-RED：2024 年度调查显示未治理"), unrestored.err());
    assertFalse(unrestored.err().contains("P-RIVER："), unrestored.err());
    Run candidates = run("inventory", "candidates", "--store", store);
    assertTrue(candidates.out().contains("P-RIVER"), "nothing recorded: " + candidates.out());

    assertEquals(
        0,
        run(
                "inventory",
                "delist",
                "--store",
                store,
                "--patch",
                "P-RIVER",
                "--date",
                "2024-12-18",
                "--document",
                "东销〔2024〕1号")
            .status());
    assertFalse(run("inventory", "candidates", "--store", store).out().contains("P-RIVER"));

    // The inventory's report gains the register's balance: P-RIVER, restored in both surveys,
    // was restored in 2023 (the first) and delisted in 2024.
    Path report = dir.resolve("report");
    Run reported =
        run(
            "inventory",
            "report",
            "--store",
            store,
            "--year",
            "2024",
            "--previous-year",
            "2023",
            "--out",
            report.toString());
    assertEquals(0, reported.status(), reported.err());
    assertTrue(reported.out().contains("修复一批、注销一批（逐年）"), reported.out());
    List<String> yearly = Files.readAllLines(report.resolve("delisting-yearly.csv"));
    assertEquals(List.of("2023", "1", "0", "1"), fields(yearly, "2023"));
    assertEquals(List.of("2024", "0", "1", "0"), fields(yearly, "2024"));
    assertEquals(
        List.of("合计", "1", "1", "0", "0"),
        fields(Files.readAllLines(report.resolve("delisting-balance.csv")), "合计"));

    Path published = dir.resolve("public");
    assertEquals(
        0,
        run(
                "inventory",
                "publish",
                "--store",
                store,
                "--year",
                "2024",
                "--out",
                published.toString())
            .status());
    String list = Files.readString(published.resolve("public-list.csv"));
    assertTrue(
        list.contains("P-RIVER") && list.contains("已销号") && list.contains("2024-12-18"), list);
    assertFalse(list.contains("东县自然资源局"), "no ledger columns without --with-ledger: " + list);
    assertTrue(Files.readString(published.resolve("public-list.geojson")).contains("\"P-RED\""));

    Run sample =
        run(
            "inventory",
            "sample",
            "--store",
            store,
            "--year",
            "2024",
            "--size",
            "1",
            "--seed",
            "7",
            "--out",
            dir.resolve("sample").toString());
    assertEquals(0, sample.status(), sample.err());
    assertTrue(Files.readString(dir.resolve("sample").resolve("sample.csv")).contains("P-RIVER"));
    assertTrue(Files.exists(dir.resolve("sample").resolve("sample.geojson")));

    Run check =
        run(
            "inventory",
            "check",
            "add",
            "--store",
            store,
            "--patch",
            "P-RIVER",
            "--date",
            "2024-12-20",
            "--finding",
            "合格");
    assertEquals(0, check.status(), check.err());
    Run unknown =
        run(
            "inventory",
            "check",
            "add",
            "--store",
            store,
            "--patch",
            "P-X",
            "--date",
            "2024-12-20",
            "--finding",
            "合格");
    assertEquals(1, unknown.status(), unknown.err());
    Path checksBad =
        Files.writeString(
            dir.resolve("checks-bad.csv"),
            "图斑编号,核查日期,核查结果\nP-RIVER,2024-12-21,合格\nP-X,2024-12-21,合格\nP-RED,2024-12-21,优秀\n");
    Run refusedChecks =
        run("inventory", "check", "add", "--store", store, "--from", checksBad.toString());
    assertEquals(1, refusedChecks.status(), refusedChecks.err());
    assertTrue(refusedChecks.err().contains("第 3 行：图斑编号 P-X 不在最新年度调查中"), refusedChecks.err());
    assertTrue(refusedChecks.err().contains("第 4 行：核查结果应为合格或不合格，实为“优秀”"), refusedChecks.err());
    assertTrue(refusedChecks.err().contains("未导入任何一行"), refusedChecks.err());
    Run findings = run("inventory", "check", "--store", store);
    assertEquals(0, findings.status(), findings.err());
    assertTrue(findings.out().contains("抽查结果（按县区）"), findings.out());
    assertTrue(
        findings.out().lines().anyMatch(l -> l.matches("West County\\s+1\\s+1\\s+0")),
        findings.out());

    Path assessed = dir.resolve("assessment");
    Run assessment = assess(store, assessed);
    assertEquals(0, assessment.status(), assessment.err());
    String summary = Files.readString(assessed.resolve("自查评估.txt"));
    assertTrue(summary.startsWith("2024 年度矿山生态修复自查评估"), summary);
    assertTrue(summary.contains("已销号图斑 1 个"), summary); // P-RIVER
    assertTrue(summary.contains("可销号图斑 0 个"), summary);
    assertTrue(summary.contains("台账矿山 1 座，逾期 1 座：P-RED"), summary);
    assertTrue(Files.exists(assessed.resolve("assessment.xlsx")));
    assertTrue(Files.exists(assessed.resolve("progress.csv")));
    assertTrue(Files.exists(assessed.resolve("draft-plan.csv")));
    Path english = dir.resolve("assessment-en");
    Run inEnglish = assess(store, english, "--language", "en");
    assertEquals(0, inEnglish.status(), inEnglish.err());
    String summaryEn = Files.readString(english.resolve("self-assessment.txt"));
    assertTrue(summaryEn.contains("mines in the ledger: 1, overdue: 1: P-RED;"), summaryEn);
    assertTrue(Files.notExists(english.resolve("自查评估.txt")));
    Path earlier = dir.resolve("assessment-2023");
    Run notLatest =
        run(
            "inventory",
            "assessment",
            "--store",
            store,
            "--year",
            "2023",
            "--out",
            earlier.toString());
    assertEquals(1, notLatest.status());
    assertTrue(notLatest.err().contains("latest is 2024"), notLatest.err());
    assertFalse(Files.exists(earlier));
  }

  /** The first cell and the counts (every other cell from the second) of the row starting so. */
  private static List<String> fields(List<String> lines, String first) {
    String[] cells =
        lines.stream()
            .filter(l -> l.replace("\uFEFF", "").startsWith(first + ","))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no row " + first + " in " + lines))
            .replace("\uFEFF", "")
            .split(",", -1);
    List<String> counts = new java.util.ArrayList<>(List.of(cells[0]));
    for (int i = 1; i < cells.length; i += 2) {
      counts.add(cells[i]);
    }
    return counts;
  }

  /** {@code inventory assessment} of 2024 on {@code store} into {@code out}. */
  private static Run assess(String store, Path out, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "inventory",
                "assessment",
                "--store",
                store,
                "--year",
                "2024",
                "--out",
                out.toString()));
    args.addAll(List.of(options));
    return run(args.toArray(String[]::new));
  }
}
