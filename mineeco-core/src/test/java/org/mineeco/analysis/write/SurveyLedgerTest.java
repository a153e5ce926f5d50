package org.mineeco.analysis.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.analysis.Analysis;
import org.mineeco.analysis.AnalysisJob;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;
import org.mineeco.io.Layers;
import org.mineeco.io.ReadOptions;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.SpecException;
import org.mineeco.vocabulary.Bilingual;

/**
 * Attribute names are data and attribute values keep their type (issue 22): names that collide with
 * the outputs' own columns ({@code geom}, {@code fid}, case-insensitively, and within PostgreSQL's
 * 63 bytes) are renamed by the stated rule and listed, a name holding a quote is a column of that
 * name, numbers beyond the 64-bit range stay reals, -0.0 and "" are kept, and a GeoJSON Feature's
 * own id can be the id field.
 */
class SurveyLedgerTest {
  @TempDir Path dir;

  private static final String LONG_A = "长".repeat(20) + "_甲"; // 64 bytes: equal to B in 63
  private static final String LONG_B = "长".repeat(20) + "_乙";

  private Path spec(String id, String properties1, String properties2) throws IOException {
    Files.writeString(
        dir.resolve("patches.geojson"),
        """
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:4490"}},
        "features":[
        {"type":"Feature","id":"F1","properties":%s,"geometry":{"type":"Polygon",
        "coordinates":[[[114.3,30.6],[114.31,30.6],[114.31,30.61],[114.3,30.61],[114.3,30.6]]]}},
        {"type":"Feature","id":"F2","properties":%s,"geometry":{"type":"Polygon",
        "coordinates":[[[114.4,30.6],[114.41,30.6],[114.41,30.61],[114.4,30.61],[114.4,30.6]]]}}
        ]}
        """
            .formatted(properties1, properties2));
    Files.writeString(
        dir.resolve("red.geojson"),
        """
        {"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
        "geometry":{"type":"Polygon","coordinates":[[[114.2,30.5],[114.5,30.5],[114.5,30.7],
        [114.2,30.7],[114.2,30.5]]]}}]}
        """);
    return Files.writeString(
        dir.resolve("spec.yaml"),
        "patches: {path: patches.geojson, id: "
            + id
            + "}\nzones: [{name: red, label: 生态保护红线, type: polygons, path: red.geojson}]\n");
  }

  private static List<Map<String, Object>> rows(Path gpkg) {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (FeatureReader reader = Layers.open(gpkg, ReadOptions.DEFAULTS)) {
      while (reader.hasNext()) {
        Feature f = reader.next();
        rows.add(new LinkedHashMap<>(f.properties()));
      }
    }
    return rows;
  }

  @Test
  void hostileNamesAreColumnsAndCollisionsAreRenamedAndListed() throws IOException {
    String props =
        """
        {"TBBH":"P%d","geom":"g","GEOM":"G","fid":1,"Id":3,"a\\" TEXT, \\"x":"evil",
        "%s":1,"%s":2,"red_m2":5}
        """;
    Path spec =
        spec("TBBH", props.formatted(1, LONG_A, LONG_B), props.formatted(2, LONG_A, LONG_B));
    Analysis analysis = AnalysisJob.run(AnalysisSpec.load(spec), AnalysisOptions.defaults());
    assertEquals(
        List.of(
            "input field 'geom' is written as 'input_geom' (the outputs have a column of that"
                + " name)",
            "input field 'GEOM' is written as 'input_GEOM_2' (the outputs have a column of that"
                + " name)",
            "input field 'fid' is written as 'input_fid' (the outputs have a column of that name)",
            "input field '"
                + LONG_B
                + "' is written as 'input_"
                + LONG_B
                + "' (the outputs have a column of that name)",
            "input field 'red_m2' is written as 'input_red_m2' (the outputs have a column of that"
                + " name)"),
        AnalysisWriter.renamedFields(analysis).stream().map(Bilingual::en).toList());
    AnalysisWriter.write(analysis, dir.resolve("out"));
    Map<String, Object> row = rows(dir.resolve("out/patches.gpkg")).get(0);
    assertEquals("g", row.get("input_geom"));
    assertEquals("G", row.get("input_GEOM_2"));
    assertEquals(1L, row.get("input_fid"));
    assertEquals(3L, row.get("Id"), "an ArcGIS Id field is kept as it is");
    assertEquals("evil", row.get("a\" TEXT, \"x"));
    assertEquals(1L, row.get(LONG_A));
    assertEquals(5L, row.get("input_red_m2"));
    assertTrue(row.get("red_m2") instanceof Double, "the result column keeps its name");
  }

  @Test
  void typesValuesAndTheFeatureIdAreKept() throws IOException {
    Path spec =
        spec(
            "$id",
            """
            {"TBBH":"P1","big":1e19,"huge":1.5e300,"neg":-0.0,"empty":"","ok":true,
            "avg_temp":34,"n":7,"mixed":1}
            """,
            """
            {"TBBH":"P2","big":2,"huge":1,"neg":1.5,"empty":"x","ok":false,
            "avg_temp":18.25,"n":9007199254740993,"mixed":"a"}
            """);
    Analysis analysis = AnalysisJob.run(AnalysisSpec.load(spec), AnalysisOptions.defaults());
    AnalysisWriter.write(analysis, dir.resolve("out"));
    List<Map<String, Object>> rows = rows(dir.resolve("out/patches.gpkg"));
    Map<String, Object> first = rows.get(0);
    assertEquals("F1", first.get("$id"));
    assertEquals("P1", first.get("TBBH"));
    assertEquals(1e19, first.get("big"), "beyond the 64-bit range: a real, not clamped");
    assertEquals(1.5e300, first.get("huge"));
    assertEquals("", first.get("empty"), "an empty string is not null");
    assertEquals(Boolean.TRUE, first.get("ok"));
    assertEquals(34.0, first.get("avg_temp"), "a real column, whole values too");
    assertEquals(7L, first.get("n"));
    assertEquals("1", first.get("mixed"), "text and numbers: text");
    assertEquals(18.25, rows.get(1).get("avg_temp"));
    assertEquals(9007199254740993L, rows.get(1).get("n"));
    String csv = Files.readString(dir.resolve("out/patches.csv"));
    assertTrue(csv.contains(",P1,10000000000000000000.0,1.5E300,-0.0,,true,34,7,1\r\n"), csv);
  }

  @Test
  void anEmptyLayerOrOneMissingTheIdFieldFails() throws IOException {
    Path spec = spec("TBBH", "{\"TBBH\":\"P1\"}", "{\"TBBH\":\"P2\"}");
    Files.writeString(
        dir.resolve("patches.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[]}");
    SpecException e =
        assertThrows(
            SpecException.class,
            () -> AnalysisJob.run(AnalysisSpec.load(spec), AnalysisOptions.defaults()));
    assertTrue(
        e.getMessage().contains("patches.path: patches.geojson has no features"), e.getMessage());
  }
}
