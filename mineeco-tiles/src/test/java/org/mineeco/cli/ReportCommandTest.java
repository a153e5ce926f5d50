package org.mineeco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad {@code report} usage fails with status 2 before any analysis runs, writing nothing. */
class ReportCommandTest {
  private static final String SPEC = Path.of("..", "data", "demo", "analysis.yaml").toString();

  @TempDir Path out;

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
}
