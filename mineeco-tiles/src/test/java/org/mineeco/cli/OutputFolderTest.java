package org.mineeco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.io.OutputSet;
import org.mineeco.spec.SmallSpec;

/**
 * Output folders from the command line (issue 22): a set that cannot be placed whole leaves the
 * previous one, in one line without a trace; {@code --out} naming a file is refused; {@code report}
 * says when it reused the analysis; {@code inventory report} takes {@code --preset}.
 */
class OutputFolderTest {
  @TempDir Path dir;
  private String spec;
  private String other;

  @BeforeEach
  void specs() throws IOException {
    Path small = SmallSpec.write(Files.createDirectories(dir.resolve("small")));
    spec = small.toString();
    other =
        Files.writeString(
                small.resolveSibling("other.yaml"),
                Files.readString(small).replace("bands_m: [0, 1000, 3000]", "bands_m: [0, 2000]"))
            .toString();
  }

  /** Runs the command line; returns its status, then its output and error in one text. */
  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(status, out.toString(), err.toString());
  }

  private record Result(int status, String out, String err) {}

  /** The error lines (the others are progress lines), each {@code mineeco: ...}. */
  private static List<String> errors(Result r) {
    return r.err.lines().filter(l -> !l.startsWith("已检查") && !l.startsWith("已分析图斑")).toList();
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void analyzeKeepsThePreviousSetWhenARenameFailsInTheMiddle() throws IOException {
    Path out = dir.resolve("out");
    assertEquals(0, run("analyze", "--spec", spec, "--no-cache", "--out", out.toString()).status);
    String patches = Files.readString(out.resolve("patches.csv"));
    String manifest = Files.readString(out.resolve(OutputSet.MANIFEST));
    // A folder where summary.csv was: the fifth of the six renames fails.
    Files.delete(out.resolve("summary.csv"));
    Files.createDirectories(out.resolve("summary.csv/kept"));
    Result r = run("analyze", "--spec", other, "--no-cache", "--out", out.toString());
    assertEquals(1, r.status, r.err);
    assertEquals(List.of(), errors(r).subList(1, errors(r).size()), r.err);
    assertTrue(errors(r).get(0).contains("the previous ones are kept"), r.err);
    assertFalse(r.err.contains("Exception") || r.err.contains("\tat "), r.err);
    assertEquals(patches, Files.readString(out.resolve("patches.csv")));
    assertEquals(manifest, Files.readString(out.resolve(OutputSet.MANIFEST)));
    assertTrue(Files.isDirectory(out.resolve("summary.csv/kept")));
    assertEquals(
        List.of(
            "declared_area.csv",
            OutputSet.MANIFEST,
            "patches.csv",
            "patches.gpkg",
            "repairs.csv",
            "summary.csv",
            "zones.csv"),
        names(out),
        "no staging folder left");
  }

  @Test
  void reportKeepsThePreviousSetWhenARenameFailsInTheMiddle() throws IOException {
    Path out = dir.resolve("report");
    String cache = dir.resolve("cache").toString();
    Result first =
        run("report", "--spec", spec, "--cache", cache, "--preset", "dandong", "--out", "" + out);
    assertEquals(0, first.status, first.err);
    assertTrue(first.out.matches("(?s).*分析了 \\d+ 个图斑.*"), first.out);
    String json = Files.readString(out.resolve("report.json"));
    Files.delete(out.resolve("report.xlsx"));
    Files.createDirectories(out.resolve("report.xlsx/kept"));
    Result r =
        run("report", "--spec", spec, "--cache", cache, "--preset", "periods", "--out", "" + out);
    assertEquals(1, r.status, r.err);
    assertTrue(r.err.contains("the previous ones are kept"), r.err);
    assertEquals(json, Files.readString(out.resolve("report.json")));
    assertFalse(Files.exists(out.resolve("periods.csv")));
    // The same report once the folder is in the way no more: the analysis is reused, and says so.
    Files.delete(out.resolve("report.xlsx/kept"));
    Files.delete(out.resolve("report.xlsx"));
    Result again =
        run("report", "--spec", spec, "--cache", cache, "--preset", "periods", "--out", "" + out);
    assertEquals(0, again.status, again.err);
    assertTrue(again.out.contains("复用了相同输入的已缓存分析"), again.out);
    assertFalse(again.out.matches("(?s).*分析了 \\d+ 个图斑.*"), again.out);
  }

  @Test
  void outNamingAFileIsRefusedInOneLine() throws IOException {
    Path file = Files.writeString(dir.resolve("file.txt"), "mine");
    for (Path out : List.of(file, file.resolve("below"))) {
      Result r = run("analyze", "--spec", spec, "--no-cache", "--out", out.toString());
      assertEquals(1, r.status, r.err);
      assertEquals(1, errors(r).size(), r.err);
      assertFalse(r.err.contains("Exception") || r.err.contains("\tat "), r.err);
    }
    assertEquals("mine", Files.readString(file));
  }

  @Test
  void inventoryReportTakesAPreset() throws IOException {
    String store = dir.resolve("inventory.gpkg").toString();
    assertEquals(
        0,
        run("inventory", "add", "--store", store, "--year", "2024", "--spec", spec, "--no-cache")
            .status);
    Path out = dir.resolve("inventory-report");
    for (String preset : List.of("all", "dandong")) {
      Result r =
          run(
              "inventory",
              "report",
              "--store",
              store,
              "--year",
              "2024",
              "--preset",
              preset,
              "--out",
              out.resolve(preset).toString());
      assertEquals(0, r.status, r.err);
    }
    assertTrue(Files.exists(out.resolve("all/periods.csv")));
    assertTrue(Files.exists(out.resolve("dandong/dandong.csv")));
    assertFalse(Files.exists(out.resolve("dandong/periods.csv")));
    Result bad =
        run(
            "inventory",
            "report",
            "--store",
            store,
            "--year",
            "2024",
            "--preset",
            "dandon",
            "--out",
            out.resolve("bad").toString());
    assertEquals(2, bad.status);
    assertTrue(bad.err.contains("--preset:"), bad.err);
  }
}
