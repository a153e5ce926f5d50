package org.mineeco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zone-table} counts the demo's 41 red-line polygons by TYPE into zone-counts.csv; a zone
 * that is not a polygons zone or a field the layer lacks is a usage error that writes nothing.
 */
class ZoneTableCommandTest {
  private static final String SPEC = Path.of("..", "data", "demo", "analysis.yaml").toString();

  @TempDir Path out;

  @Test
  void countsTheRedLinePolygonsByType() throws Exception {
    Path dir = out.resolve("z");
    assertEquals(
        0,
        Main.run(
            "zone-table",
            "--spec",
            SPEC,
            "--zone",
            "red_line",
            "--by",
            "TYPE",
            "--out",
            dir.toString()));
    List<String> lines = Files.readAllLines(dir.resolve("zone-counts.csv"), StandardCharsets.UTF_8);
    // title, group row, header, units, 5 types, total
    // Chinese by default
    assertEquals("TYPE,分区个数,面积", lines.get(2));
    String total = lines.stream().filter(l -> l.startsWith("合计,")).findFirst().orElseThrow();
    assertTrue(total.startsWith("合计,41,"), total);
    assertEquals(5, lines.subList(4, lines.indexOf(total)).size(), lines.toString());
  }

  @Test
  void aCorridorOrAMissingFieldIsAUsageError() {
    Path dir = out.resolve("bad");
    assertEquals(
        2,
        Main.run(
            "zone-table",
            "--spec",
            SPEC,
            "--zone",
            "yangtze",
            "--by",
            "NAME",
            "--out",
            dir.toString()));
    assertEquals(
        2,
        Main.run(
            "zone-table",
            "--spec",
            SPEC,
            "--zone",
            "red_line",
            "--by",
            "LEVEL",
            "--out",
            dir.toString()));
    assertFalse(Files.exists(dir.resolve("zone-counts.csv")));
  }

  @Test
  void anUnknownLanguageIsAUsageErrorNamingTheOption() {
    Path dir = out.resolve("fr");
    StringWriter text = new StringWriter();
    PrintWriter writer = new PrintWriter(text);
    int status =
        Main.run(
            writer,
            writer,
            "zone-table",
            "--spec",
            SPEC,
            "--zone",
            "red_line",
            "--by",
            "TYPE",
            "--language",
            "fr",
            "--out",
            dir.toString());
    writer.flush();
    assertEquals(2, status, text.toString());
    assertTrue(
        text.toString().startsWith("mineeco zone-table: --language: expected en or zh, was 'fr'"),
        text.toString());
    assertFalse(Files.exists(dir.resolve("zone-counts.csv")));
  }
}
