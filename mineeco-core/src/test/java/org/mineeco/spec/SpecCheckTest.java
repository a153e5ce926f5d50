package org.mineeco.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Specs that would run but be silently wrong fail in one line naming the file and key. */
class SpecCheckTest {
  private static final String PATCHES = "patches: {path: patches.gpkg, id: TBBH}\n";
  private static final String ZONES =
      """
      zones:
        - {name: rivers, label: 测试分区, type: corridor, path: rivers.geojson, bands_m: [0, 1000, 3000]}
        - {name: red_line, type: polygons, path: redline.geojson}
      """;
  private static final String REGIONS =
      "regions: {path: counties.geojson, id: XZQDM, name: NAME}\n";

  @TempDir Path dir;

  @BeforeEach
  void layers() throws IOException {
    SmallSpec.write(dir);
  }

  private String failure(String yaml) throws IOException {
    Path file = Files.writeString(dir.resolve("check.yaml"), "crs: EPSG:4490\n" + yaml);
    AnalysisSpec spec = AnalysisSpec.load(file);
    SpecException e = assertThrows(SpecException.class, () -> SpecCheck.againstData(spec));
    assertTrue(e.getMessage().startsWith(file.toString() + ", "), e.getMessage());
    assertEquals(-1, e.getMessage().indexOf('\n'), "one line: " + e.getMessage());
    return e.getMessage().substring(file.toString().length() + 2);
  }

  @Test
  void theSmallSpecPasses() throws IOException {
    SpecCheck.againstData(AnalysisSpec.load(dir.resolve("spec.yaml")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{name: r, label: 测试分区, type: corridor, path: rivers.geojson, where: {NAEM: Qing He}, bands_m: [0, 9]}"
            + " | zones[0].where.NAEM: field 'NAEM' is not in rivers.geojson (did you mean 'NAME'?)",
        "{name: r, label: 测试分区, type: corridor, path: rivers.geojson, where: {NAME: Yangtze}, bands_m: [0, 9]}"
            + " | zones[0].where: matches none of the 1 features of rivers.geojson; values there:"
            + " {NAME=[Qing He]}",
        "{name: r, label: 测试分区, type: corridor, path: redline.geojson, bands_m: [0, 9]}"
            + " | zones[0].type: a corridor zone needs river lines (LineString, MultiLineString),"
            + " but redline.geojson has Polygon: use type polygons or buffer for these",
        "{name: r, label: 测试分区, type: polygons, path: rivers.geojson}"
            + " | zones[0].type: a polygons zone needs polygons (Polygon, MultiPolygon), but"
            + " rivers.geojson has LineString: use type corridor or buffer for these",
      })
  void zoneLayersThatCannotBeWhatTheSpecSays(String zone, String expected) throws IOException {
    assertEquals(expected, failure(PATCHES + "zones:\n  - " + zone + "\n"));
  }

  @Test
  void missingIdAndRegionFields() throws IOException {
    assertEquals(
        "patches.id: field 'TBHB' is not in patches.gpkg (did you mean 'TBBH'?)",
        failure("patches: {path: patches.gpkg, id: TBHB}\n" + ZONES));
    assertTrue(
        failure(PATCHES + ZONES + "regions: {path: counties.geojson, id: XZQ, name: NAME}\n")
            .startsWith("regions.id: field 'XZQ' is not in counties.geojson"));
  }

  @Test
  void lonLatReadAsGaussKrugerMetresIsCaught() throws IOException {
    Files.writeString(
        dir.resolve("p.geojson"),
        """
        {"type": "FeatureCollection",
         "crs": {"type": "name", "properties": {"name": "EPSG:4527"}},
         "features": [{"type": "Feature", "properties": {"TBBH": "A"}, "geometry":
           {"type": "Polygon", "coordinates": [[[117.1, 30.1], [117.2, 30.1], [117.2, 30.2],
             [117.1, 30.1]]]}}]}
        """);
    String message = failure("patches: {path: p.geojson, id: TBBH}\n" + ZONES);
    assertTrue(message.startsWith("patches.path: p.geojson read as EPSG:4527: "), message);
    assertTrue(message.contains("these look like degrees, not metres"), message);
    assertTrue(message.contains("crs: key"), message);
  }

  @Test
  void gaussKrugerMetresReadAsDegreesIsCaught() throws IOException {
    Files.writeString(
        dir.resolve("m.geojson"),
        """
        {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"TBBH": "A"},
          "geometry": {"type": "Polygon", "coordinates": [[[39500000, 3300000],
            [39500100, 3300000], [39500100, 3300100], [39500000, 3300000]]]}}]}
        """);
    String message = failure("patches: {path: m.geojson, id: TBBH}\n" + ZONES);
    assertTrue(message.startsWith("patches.path: no feature of m.geojson"), message);
    assertTrue(message.contains("feature 0: longitude 3.95"), message);
    assertTrue(message.contains("outside [-180, 180]"), message);
    assertTrue(message.contains("crs: key"), message);
  }

  @Test
  void aGaussKrugerZoneOfTheWrongNumberIsCaught() throws IOException {
    // 39,500,000 m is zone 39 (CM 117E) with its prefix; EPSG:4528 is zone 40 (CM 120E).
    Files.writeString(
        dir.resolve("z40.geojson"),
        """
        {"type": "FeatureCollection",
         "crs": {"type": "name", "properties": {"name": "EPSG:4528"}},
         "features": [{"type": "Feature", "properties": {"TBBH": "A"}, "geometry":
           {"type": "Polygon", "coordinates": [[[39500000, 3300000], [39500100, 3300000],
             [39500100, 3300100], [39500000, 3300000]]]}}]}
        """);
    String message = failure("patches: {path: z40.geojson, id: TBBH}\n" + ZONES);
    assertTrue(message.startsWith("patches.path: z40.geojson read as EPSG:4528: "), message);
  }
}
