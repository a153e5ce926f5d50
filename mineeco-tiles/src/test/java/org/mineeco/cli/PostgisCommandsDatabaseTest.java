package org.mineeco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.postgis.PostgisUrl;
import org.mineeco.postgis.TestDatabase;
import org.mineeco.spec.SmallSpec;

/**
 * The database commands against a real PostGIS (see {@link TestDatabase}): load the small spec's
 * layers, analyse from and into PostGIS, record the survey in a PostGIS inventory and report from
 * it; passwords never printed.
 */
class PostgisCommandsDatabaseTest {
  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void loadAnalyseRecordAndReportThroughPostgis(@TempDir Path dir) throws Exception {
    Path files = Files.createDirectories(dir.resolve("files"));
    String yaml = Files.readString(SmallSpec.write(files));
    PostgisUrl layers = TestDatabase.freshSchema("cli_layers");
    Run load =
        run(
            "load",
            "--to",
            layers.toString(),
            files.resolve("patches.gpkg").toString(),
            files.resolve("rivers.geojson").toString(),
            files.resolve("redline.geojson").toString(),
            files.resolve("towns.geojson").toString(),
            files.resolve("counties.geojson").toString());
    assertEquals(0, load.status(), load.err());
    assertTrue(load.out().contains("的要素 4 个到"), load.out());

    for (String name : new String[] {"patches", "rivers", "redline", "towns", "counties"}) {
      String ext = name.equals("patches") ? ".gpkg" : ".geojson";
      yaml = yaml.replace("path: " + name + ext, "path: \"" + layers.withTable(name) + "\"");
    }
    assertFalse(yaml.contains(".geojson"), yaml);
    Path spec = Files.writeString(dir.resolve("spec.yaml"), yaml);
    PostgisUrl out = TestDatabase.freshSchema("cli_out");
    Run analyze = run("analyze", "--no-cache", "--spec", spec.toString(), "--out", out.toString());
    assertEquals(0, analyze.status(), analyze.err());
    assertEquals(
        3L,
        TestDatabase.value(
            out, "SELECT count(geom) FROM " + out.withTable("patches").quotedTable()));

    PostgisUrl store = TestDatabase.freshSchema("cli_inventory");
    Run add =
        run(
            "inventory",
            "add",
            "--no-cache",
            "--store",
            store.toString(),
            "--year",
            "2023",
            "--spec",
            spec.toString());
    assertEquals(0, add.status(), add.err());
    Run list = run("inventory", "list", "--store", store.toString());
    assertTrue(list.out().contains("2023  图斑 3 个"), list.out());
    Run history = run("inventory", "history", "--store", store.toString(), "P-RED");
    assertEquals(0, history.status(), history.err());
    assertTrue(history.out().contains("匹配 first"), history.out());
    assertTrue(history.out().contains("生态保护红线"), history.out());
    assertTrue(!history.out().contains("red_line"), "zones in words: " + history.out());
    Path report = dir.resolve("report");
    Run tables =
        run(
            "inventory",
            "report",
            "--store",
            store.toString(),
            "--year",
            "2023",
            "--out",
            report.toString());
    assertEquals(0, tables.status(), tables.err());
    assertTrue(Files.isRegularFile(report.resolve("report.xlsx")));
    Run missing =
        run(
            "inventory",
            "report",
            "--store",
            store.toString(),
            "--year",
            "2030",
            "--out",
            report.toString());
    assertEquals(1, missing.status());
    assertTrue(missing.err().contains("holds no year 2030"), missing.err());
  }

  @Test
  void aTableCarryingSqlIsAnErrorAndPasswordsAreNeverPrinted(@TempDir Path dir) throws Exception {
    PostgisUrl schema = TestDatabase.freshSchema("cli_bad");
    String yaml =
        Files.readString(SmallSpec.write(dir))
            .replace(
                "path: patches.gpkg",
                "path: \""
                    + schema.withTable("p\\\"; DROP SCHEMA " + schema.schema() + " CASCADE; --")
                    + "\"");
    Path spec = Files.writeString(dir.resolve("bad.yaml"), yaml);
    Run bad =
        run(
            "analyze",
            "--no-cache",
            "--spec",
            spec.toString(),
            "--out",
            dir.resolve("o").toString());
    assertEquals(1, bad.status(), bad.out() + bad.err());
    assertTrue(bad.err().contains("no table"), bad.err());
    assertEquals(
        1L,
        TestDatabase.value(
            schema,
            "SELECT count(*) FROM information_schema.schemata WHERE schema_name = '"
                + schema.schema()
                + "'"));

    Run unreachable =
        run(
            "analyze",
            "--no-cache",
            "--spec",
            SmallSpec.write(Files.createDirectories(dir.resolve("small"))).toString(),
            "--out",
            "postgresql://127.0.0.1:1/db?schema=x");
    assertEquals(1, unreachable.status(), unreachable.err());
    assertTrue(unreachable.err().contains("cannot connect"), unreachable.err());
    assertFalse(unreachable.out().contains("read "), "no analysis before the connection");

    String secret = "pw-" + Long.toHexString(System.nanoTime());
    for (String url :
        new String[] {
          "postgresql://user:" + secret + "@127.0.0.1:1/db?schema=x",
          "postgresql://127.0.0.1:1/db?schema=x&password=" + secret
        }) {
      Run refused = run("analyze", "--no-cache", "--spec", spec.toString(), "--out", url);
      assertTrue(refused.status() != 0);
      assertFalse((refused.out() + refused.err()).contains(secret), refused.err());
      Run store = run("inventory", "list", "--store", url);
      assertTrue(store.status() != 0);
      assertFalse((store.out() + store.err()).contains(secret), store.err());
    }
  }
}
