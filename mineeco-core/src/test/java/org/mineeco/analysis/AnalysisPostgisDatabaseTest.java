package org.mineeco.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.analysis.write.AnalysisWriter;
import org.mineeco.io.ReadOptions;
import org.mineeco.postgis.Postgis;
import org.mineeco.postgis.PostgisOutput;
import org.mineeco.postgis.PostgisUrl;
import org.mineeco.postgis.TestDatabase;
import org.mineeco.spec.AnalysisSpec;

/**
 * The demo analysed from and into a real PostGIS (see {@link TestDatabase}): the patch layer loaded
 * into a table gives the same outputs as the GeoJSON file, and the sink's tables hold what the
 * files hold.
 */
class AnalysisPostgisDatabaseTest {
  private static final Path DEMO = Path.of("..", "data", "demo").toAbsolutePath().normalize();
  private static PostgisUrl schema;
  private static Analysis fromFile;
  private static Path fileOutputs;

  @BeforeAll
  static void analyseTheDemoFromTheFiles(@TempDir Path dir) {
    schema = TestDatabase.freshSchema("analysis");
    assertEquals(
        countFeatures(),
        Postgis.load(
            DEMO.resolve("patches.geojson"), ReadOptions.DEFAULTS, schema.withTable("patches_in")));
    fromFile = AnalysisJob.run(AnalysisSpec.load(DEMO.resolve("analysis.yaml")), options());
    fileOutputs = dir.resolve("files");
    AnalysisWriter.write(fromFile, fileOutputs);
  }

  private static long countFeatures() {
    try (var reader =
        org.mineeco.io.Layers.open(DEMO.resolve("patches.geojson"), ReadOptions.DEFAULTS)) {
      long n = 0;
      while (reader.hasNext()) {
        reader.next();
        n++;
      }
      return n;
    }
  }

  private static AnalysisOptions options() {
    return AnalysisOptions.builder().threads(2).build();
  }

  @Test
  void aLayerReadFromPostgisGivesTheSameOutputsAsTheGeoJsonFile(@TempDir Path dir)
      throws IOException {
    String yaml = Files.readString(DEMO.resolve("analysis.yaml"));
    yaml =
        yaml.replace("path: patches.geojson", "path: \"" + schema.withTable("patches_in") + "\"");
    yaml = yaml.replaceAll("path: (\\w+\\.geojson)", "path: " + DEMO + "/$1");
    Path spec = dir.resolve("analysis.yaml");
    Files.writeString(spec, yaml);
    Analysis fromTable = AnalysisJob.run(AnalysisSpec.load(spec), options());
    Path out = dir.resolve("out");
    AnalysisWriter.write(fromTable, out);
    for (String name : List.of("patches.csv", "summary.csv", "repairs.csv", "zones.csv")) {
      assertEquals(
          Files.readString(fileOutputs.resolve(name)), Files.readString(out.resolve(name)), name);
    }
    assertEquals(fromFile.ingest().read(), fromTable.ingest().read());
  }

  /**
   * The two CSV files hold the same cells, numbers compared as numbers: the table keeps the input
   * attributes typed (a real {@code 19322.0} where the CSV file says {@code 19322}).
   */
  private static void assertSameValues(Path expected, Path actual) throws IOException {
    List<Map<String, String>> a = AnalysisJobTest.readCsv(expected);
    List<Map<String, String>> b = AnalysisJobTest.readCsv(actual);
    assertEquals(a.size(), b.size(), expected.getFileName().toString());
    assertEquals(a.get(0).keySet(), b.get(0).keySet());
    for (int i = 0; i < a.size(); i++) {
      for (String column : a.get(i).keySet()) {
        String x = a.get(i).get(column);
        String y = b.get(i).get(column);
        if (!x.equals(y)) {
          assertEquals(
              Double.parseDouble(x),
              Double.parseDouble(y),
              expected.getFileName() + " row " + i + " " + column + ": " + x + " vs " + y);
        }
      }
    }
  }

  @Test
  void theSinksTablesHoldWhatTheFilesHold(@TempDir Path dir) throws IOException {
    PostgisUrl out = TestDatabase.freshSchema("sink");
    try (PostgisOutput output = PostgisOutput.open(out)) {
      AnalysisWriter.write(fromFile, output);
      output.commit();
    }
    for (String table : List.of("patches", "summary", "repairs")) {
      Path csv = TestDatabase.tableAsCsv(out, table, dir.resolve(table + ".csv"));
      assertSameValues(fileOutputs.resolve(table + ".csv"), csv);
    }
    String patches = out.withTable("patches").quotedTable();
    assertEquals(
        4490,
        TestDatabase.value(
            out, "SELECT DISTINCT ST_SRID(geom) FROM " + patches + " WHERE geom IS NOT NULL"));
    assertEquals(
        fromFile.ingest().read() - fromFile.ingest().rejected(),
        TestDatabase.value(out, "SELECT count(geom) FROM " + patches));
    assertEquals(
        1L,
        TestDatabase.value(
            out,
            "SELECT count(*) FROM pg_indexes WHERE schemaname = '"
                + out.schema()
                + "' AND tablename = 'patches' AND indexdef LIKE '%USING gist%'"));
  }
}
