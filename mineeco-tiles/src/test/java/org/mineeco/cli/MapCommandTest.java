package org.mineeco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.spec.SmallSpec;

/** {@code map} on the small spec: one sheet, one per county, and errors naming the option. */
class MapCommandTest {
  @TempDir Path dir;

  /** {@code map --spec <small spec> --cache <dir> args...}. */
  private int map(StringWriter out, StringWriter err, String... args) throws Exception {
    String[] all = new String[args.length + 5];
    all[0] = "map";
    all[1] = "--spec";
    all[2] = SmallSpec.write(dir).toString();
    all[3] = "--cache";
    all[4] = dir.resolve("cache").toString();
    System.arraycopy(args, 0, all, 5, args.length);
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
  }

  @Test
  void writesAPdfSheetAndOnePerCounty() throws Exception {
    Path pdf = dir.resolve("out/map.pdf");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        map(
            out,
            err,
            "--region",
            "340101",
            "--theme",
            "zones",
            "--language",
            "en",
            "--date",
            "2026-12-06",
            "--out",
            pdf.toString());
    assertEquals(0, status, err.toString());
    assertTrue(out.toString().contains("wrote " + pdf), out.toString());
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Mine patches and controlled zones, West County"), text);
      assertTrue(text.contains("Made 2026-12-06"), text);
    }
    Path png = dir.resolve("each/sheet.png");
    status =
        map(out, err, "--bbox", "117.1,29.8,117.5,30.2", "--out", png.toString(), "--dpi", "50");
    assertEquals(0, status, err.toString());
    assertTrue(Files.size(png) > 10_000);
    status =
        map(
            out,
            err,
            "--region",
            "340100",
            "--each-region",
            "county",
            "--dpi",
            "50",
            "--out",
            png.toString());
    assertEquals(0, status, err.toString());
    try (Stream<Path> files = Files.list(png.getParent())) {
      var names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertTrue(names.contains("sheet_340100_340100.png"), names.toString());
      assertTrue(names.contains("sheet_340101_West_County.png"), names.toString());
      assertTrue(names.contains("sheet_340102_East_County.png"), names.toString());
    }
  }

  @Test
  void badOptionsAreOneLineNamingTheOption() throws Exception {
    String spec = SmallSpec.write(dir).toString();
    String out = dir.resolve("x.pdf").toString();
    String[][] cases = {
      {"--region", "340101", "--theme", "heat", "--out", out, "--theme: expected one of"},
      {"--region", "340101", "--out", dir.resolve("x.svg").toString(), "--out: expected a file"},
      {"--region", "340101", "--size", "B5", "--out", out, "--size: expected one of"},
      {"--region", "340101", "--dpi", "5", "--out", out, "--dpi: dpi must be 50 to 1200"},
      {"--bbox", "1,2,3", "--out", out, "--bbox: expected west,south,east,north"},
      {"--region", "999999", "--out", out, "--region: no region '999999'"},
      {"--region", "340101", "--corridor", "nile", "--out", out, "--corridor: the spec has no"},
      {"--region", "340101", "--date", "6.12.2026", "--out", out, "--date: expected YYYY-MM-DD"},
      {"--bbox", "117,29,118,31", "--each-region", "county", "--out", out, "--each-region: needs"},
      {"--region", "340101", "--font", spec, "--out", out, "--font: font "},
      {
        "--region",
        "340101",
        "--out",
        spec.replace(".yaml", ".png"),
        "--title",
        "a\u0007b",
        "--title: title must be one line"
      },
    };
    for (String[] c : cases) {
      String[] args = java.util.Arrays.copyOf(c, c.length - 1);
      StringWriter err = new StringWriter();
      int status = map(new StringWriter(), err, args);
      assertTrue(status == 1 || status == 2, String.join(" ", args) + ": " + status);
      String first =
          err.toString()
              .lines()
              .map(l -> l.replaceFirst("^mineeco map: ", ""))
              .filter(l -> l.startsWith("--"))
              .findFirst()
              .orElse("");
      assertTrue(first.startsWith(c[c.length - 1]), String.join(" ", args) + " said: " + err);
    }
  }
}
