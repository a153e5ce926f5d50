package org.mineeco.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.postgis.PostgisUrl;
import org.mineeco.units.Length;

class AnalysisSpecTest {
  @TempDir Path dir;

  @BeforeEach
  void layers() throws IOException {
    for (String name :
        List.of("patches.geojson", "rivers.geojson", "redline.geojson", "t.geojson")) {
      Files.writeString(dir.resolve(name), "{}");
    }
    Files.writeString(dir.resolve("counties.geojson"), "{}");
  }

  private Path spec(String yaml) throws IOException {
    return Files.writeString(dir.resolve("spec.yaml"), yaml);
  }

  @Test
  void readsTheReadmeExample() throws IOException {
    AnalysisSpec spec =
        AnalysisSpec.load(
            spec(
                """
                crs: EPSG:4490
                patches: {path: patches.geojson, id: TBBH}
                zones:
                  - {name: rivers, label: 测试分区, type: corridor, path: rivers.geojson, bands_m: [0, 5000, 10000]}
                  - {name: yangtze, label: 测试分区, type: corridor, path: rivers.geojson, where: {CLASS: main}, bands_m: [0, 10000]}
                  - {name: red_line, type: polygons, path: redline.geojson}
                  - {name: residential, type: buffer, path: t.geojson, distance_m: 1000}
                regions: {path: counties.geojson, id: XZQDM, name: NAME}
                """));
    assertEquals(Crs.CGCS2000, spec.crs());
    assertEquals(dir.resolve("patches.geojson"), spec.patches().path());
    assertEquals("TBBH", spec.idField());
    assertEquals(4, spec.zones().size());
    ZoneSpec rivers = spec.zones().get(0);
    assertEquals(ZoneType.CORRIDOR, rivers.type());
    assertEquals(
        List.of(Length.metres(0), Length.metres(5000), Length.metres(10000)), rivers.bandEdges());
    ZoneSpec yangtze = spec.zones().get(1);
    assertTrue(yangtze.source().accepts(new Feature(0, null, Map.of("CLASS", "main"))));
    assertTrue(!yangtze.source().accepts(new Feature(1, null, Map.of("CLASS", "tributary"))));
    assertEquals(Length.metres(1000), spec.zones().get(3).distance());
    assertEquals("XZQDM", spec.regions().idField());
  }

  @Test
  void readsPriorityRules() throws IOException {
    AnalysisSpec spec =
        AnalysisSpec.load(
            spec(
                """
                patches: {path: patches.geojson}
                zones:
                  - {name: red_line, type: polygons, path: redline.geojson}
                  - {name: towns, label: 测试分区, type: buffer, path: t.geojson, distance_m: 500}
                priority: {must_clear: [red_line], three_zones_two_lines: towns}
                """));
    assertEquals(java.util.Set.of("red_line"), spec.priority().mustClear());
    assertEquals(java.util.Set.of("towns"), spec.priority().threeZonesTwoLines());
    assertTrue(spec.priority().corridors().isEmpty());
  }

  @Test
  void defaultsWhenOptionalKeysAreAbsent() throws IOException {
    AnalysisSpec spec = AnalysisSpec.load(spec("patches: {path: patches.geojson}\n"));
    assertNull(spec.crs());
    assertEquals("TBBH", spec.idField());
    assertTrue(spec.zones().isEmpty());
    assertNull(spec.regions());
    assertNull(spec.priority());
  }

  /** A band edge or buffer distance beyond 200 km is refused before anything is read. */
  @Test
  void distancesBeyondTheMaximumAreErrors() throws IOException {
    assertMessage(
        "zones[0].bands_m[2]: must be at most 200000 m",
        """
        patches: {path: patches.geojson}
        zones: [{name: r, label: 测试分区, type: corridor, path: rivers.geojson, bands_m: [0, 5000, 1000000000000]}]
        """);
    assertMessage(
        "zones[0].distance_m: must be at most 200000 m",
        """
        patches: {path: patches.geojson}
        zones: [{name: t, label: 测试分区, type: buffer, path: t.geojson, distance_m: 250000}]
        """);
    AnalysisSpec atMaximum =
        AnalysisSpec.load(
            spec(
                """
                patches: {path: patches.geojson}
                zones: [{name: r, label: 测试分区, type: corridor, path: rivers.geojson, bands_m: [0, 200000]}]
                """));
    assertEquals(Length.metres(200_000), atMaximum.zones().get(0).bandEdges().get(1));
  }

  @Test
  void errorsNameTheFileAndTheKey() throws IOException {
    assertMessage(
        "zones[0].bands_m",
        """
        patches: {path: patches.geojson}
        zones: [{name: r, label: 测试分区, type: corridor, path: rivers.geojson, bands_m: [0, x]}]
        """);
    assertMessage(
        "zones[0]: corridor r needs strictly increasing",
        """
        patches: {path: patches.geojson}
        zones: [{name: r, label: 测试分区, type: corridor, path: rivers.geojson, bands_m: [0, 5000, 5000]}]
        """);
    assertMessage(
        "zones[0].type",
        """
        patches: {path: patches.geojson}
        zones: [{name: r, type: circle, path: rivers.geojson}]
        """);
    assertMessage(
        "zones[0]: zone name must match",
        """
        patches: {path: patches.geojson}
        zones: [{name: Red Line, label: 测试分区, type: polygons, path: redline.geojson}]
        """);
    assertMessage("patches.path: no such file", "patches: {path: missing.geojson}\n");
    assertMessage(
        "priority names zones [farmland]",
        "patches: {path: patches.geojson}\npriority: {must_clear: [farmland]}\n");
    assertMessage("patches: missing", "zones: []\n");
    assertMessage("crs: cannot read CRS", "crs: lonlat\npatches: {path: patches.geojson}\n");
    assertMessage("not valid YAML", "patches: {path: [\n");
    assertMessage(
        "zone names must be unique",
        """
        patches: {path: patches.geojson}
        zones:
          - {name: a, label: 测试分区, type: polygons, path: redline.geojson}
          - {name: a, label: 测试分区, type: polygons, path: redline.geojson}
        """);
    assertMessage(
        "zones[0]: buffer zone b needs distance_m > 0",
        """
        patches: {path: patches.geojson}
        zones: [{name: b, label: 测试分区, type: buffer, path: t.geojson}]
        """);
  }

  @Test
  void unknownKeysAnywhereAreErrorsWithADidYouMean() throws IOException {
    assertMessage(
        ", zonez: unknown key (did you mean 'zones'?)",
        "patches: {path: patches.geojson}\nzonez: []\n");
    assertMessage(
        ", region: unknown key (did you mean 'regions'?)",
        "patches: {path: patches.geojson}\nregion: {path: counties.geojson, id: A, name: B}\n");
    assertMessage(
        ", zones[0].colour: unknown key; expected one of: label, label_en, layer, name, path, type, where",
        """
        patches: {path: patches.geojson}
        zones: [{name: r, label: 测试分区, type: polygons, path: redline.geojson, colour: red}]
        """);
    assertMessage(
        ", zones[0].bands_m: bands_m is for corridor zones, not polygons ones",
        """
        patches: {path: patches.geojson}
        zones: [{name: r, label: 测试分区, type: polygons, path: redline.geojson, bands_m: [0, 10]}]
        """);
    assertMessage(
        ", zones[0].distance_m: distance_m is for buffer zones, not corridor ones",
        """
        patches: {path: patches.geojson}
        zones: [{name: r, label: 测试分区, type: corridor, path: rivers.geojson, bands_m: [0, 9], distance_m: 9}]
        """);
    assertMessage(
        ", patches.ids: unknown key (did you mean 'id'?)",
        "patches: {path: patches.geojson, ids: TBBH}\n");
    assertMessage(
        ", regions.nmae: unknown key (did you mean 'name'?)",
        "patches: {path: patches.geojson}\nregions: {path: counties.geojson, id: A, nmae: B}\n");
    assertMessage(
        ", priority.must_clean: unknown key (did you mean 'must_clear'?)",
        "patches: {path: patches.geojson}\npriority: {must_clean: []}\n");
  }

  @Test
  void anUnknownTypeListsTheValidOnes() throws IOException {
    assertMessage(
        ", zones[0].type: unknown type 'banana': expected one of corridor, polygons, buffer",
        """
        patches: {path: patches.geojson}
        zones: [{name: r, type: banana, path: redline.geojson}]
        """);
  }

  @Test
  void zoneNamesWhoseColumnsCollideAreErrors() throws IOException {
    assertMessage(
        "zone 'area' makes output column area_m2, which is already a column every patch row has",
        """
        patches: {path: patches.geojson}
        zones: [{name: area, label: 测试分区, type: polygons, path: redline.geojson}]
        """);
    assertMessage(
        "zone 'r_0_10' makes output column r_0_10_m2, which is already zone r",
        """
        patches: {path: patches.geojson}
        zones:
          - {name: r, label: 测试分区, type: corridor, path: rivers.geojson, bands_m: [0, 10]}
          - {name: r_0_10, label: 测试分区, type: polygons, path: redline.geojson}
        """);
    assertMessage(
        "zone 'tbbh' makes output column tbbh_m2",
        """
        patches: {path: patches.geojson, id: TBBH_M2}
        zones: [{name: tbbh, label: 测试分区, type: polygons, path: redline.geojson}]
        """);
  }

  @Test
  void aLayerPathMayBeAPostgisTable() throws IOException {
    AnalysisSpec spec =
        AnalysisSpec.load(
            spec(
                """
                crs: EPSG:4490
                patches: {path: "postgresql://gis@db:5433/survey?table=mines.patches", id: TBBH}
                zones:
                  - {name: red_line, type: polygons, path: "postgresql://db/survey?table=redline", where: {KIND: A}}
                  - {name: rivers, label: 测试分区, type: corridor, path: rivers.geojson, bands_m: [0, 1000]}
                """));
    LayerRef patches = spec.patches();
    assertFalse(patches.isFile());
    assertEquals(
        PostgisUrl.parse("postgresql://gis@db:5433/survey?table=mines.patches"), patches.table());
    LayerRef redline = spec.zones().get(0).source();
    assertEquals("public", redline.table().schema());
    assertEquals(Map.of("KIND", List.of("A")), redline.where());
    assertTrue(spec.zones().get(1).source().isFile());
  }

  @Test
  void theDemoSpecOverPostgisNamesTheDemoLayersAsTables() {
    Path demo = Path.of("..", "data", "demo");
    AnalysisSpec files = AnalysisSpec.load(demo.resolve("analysis.yaml"));
    AnalysisSpec tables = AnalysisSpec.load(demo.resolve("analysis_postgis.yaml"));
    assertEquals(files.zones().size(), tables.zones().size());
    List<LayerRef> layers = new ArrayList<>();
    layers.add(tables.patches());
    tables.zones().forEach(z -> layers.add(z.source()));
    layers.add(tables.regions().source());
    List<LayerRef> fileLayers = new ArrayList<>();
    fileLayers.add(files.patches());
    files.zones().forEach(z -> fileLayers.add(z.source()));
    fileLayers.add(files.regions().source());
    for (int i = 0; i < layers.size(); i++) {
      PostgisUrl table = layers.get(i).table();
      String file = fileLayers.get(i).path().getFileName().toString();
      assertEquals("demo", table.schema());
      assertEquals(file.substring(0, file.indexOf('.')), table.table());
      assertEquals(fileLayers.get(i).where(), layers.get(i).where());
    }
  }

  @Test
  void badPostgisPathsAreErrorsNamingTheKey() throws IOException {
    String zones =
        "zones: [{name: r, label: 测试分区, type: corridor, path: rivers.geojson, bands_m: [0, 10]}]\n";
    assertMessage(
        "patches.path: unknown URL parameter 'tabel'",
        "patches: {path: \"postgresql://h/db?tabel=t\"}\n" + zones);
    assertMessage(
        "patches.path: the URL names no table",
        "patches: {path: \"postgresql://h/db?schema=s\"}\n" + zones);
    assertMessage(
        "patches.layer: a PostGIS layer is named by ?table=",
        "patches: {path: \"postgresql://h/db?table=t\", layer: x}\n" + zones);
    Path file = spec("patches: {path: \"postgresql://u:hunter2@h/db?table=t\"}\n" + zones);
    SpecException e = assertThrows(SpecException.class, () -> AnalysisSpec.load(file));
    assertTrue(e.getMessage().contains("PGPASSWORD"), e.getMessage());
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
  }

  /**
   * What the probes met as stack traces or internals, now one line each (issue 22): a fractional
   * band edge, YAML nested thousands deep, a billion laughs of aliases, binary data as a CRS, a
   * folder or a pipe as the spec, a spec that is not UTF-8.
   */
  @Test
  void hostileSpecsAreOneLineErrors() throws Exception {
    assertMessage(
        "zones[0].bands_m[1]: band edges are whole metres, was 10000.5",
        """
        patches: {path: patches.geojson}
        zones: [{name: r, type: corridor, path: rivers.geojson, bands_m: [0, 10000.5]}]
        """);
    assertMessage(
        "nested more than 64 levels deep at line 1",
        "patches: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
    StringBuilder laughs = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 0; i < 9; i++) {
      laughs.append("b").append(i).append(": &b").append(i).append(" [");
      laughs.append(
          String.join(", ", java.util.Collections.nCopies(10, i == 0 ? "*a" : "*b" + (i - 1))));
      laughs.append("]\n");
    }
    assertMessage("more than 20 aliases (*name)", laughs.toString());
    assertMessage(
        "crs: expected text, was binary data (!!binary)",
        "crs: !!binary AAEC\npatches: {path: patches.geojson}\n");
    SpecException folder = assertThrows(SpecException.class, () -> AnalysisSpec.load(dir));
    assertEquals(dir + ": is a folder: the spec must be a file", folder.getMessage());
    Path fifo = dir.resolve("fifo.yaml");
    new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
    SpecException pipe = assertThrows(SpecException.class, () -> AnalysisSpec.load(fifo));
    assertTrue(
        pipe.getMessage()
            .endsWith("is not a regular file (a pipe or device): the spec must be a file"));
    Path latin1 =
        Files.write(
            dir.resolve("latin1.yaml"),
            "crs: \u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    SpecException encoding = assertThrows(SpecException.class, () -> AnalysisSpec.load(latin1));
    assertTrue(encoding.getMessage().endsWith("the spec is not UTF-8 text: save it as UTF-8"));
  }

  private void assertMessage(String expected, String yaml) throws IOException {
    Path file = spec(yaml);
    SpecException e = assertThrows(SpecException.class, () -> AnalysisSpec.load(file));
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
