package org.mineeco.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.sf.geographiclib.PolygonArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.analysis.write.AnalysisWriter;
import org.mineeco.io.BadInputException;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.SmallSpec;

/**
 * Admin outlines as decoded from public map data: MultiPolygons with 3-point islands and zero-area
 * spikes keep their other parts, and every zone and region feature is accounted for in zones.csv.
 */
class ZoneAccountingTest {
  @TempDir Path dir;

  private static final String COUNTIES =
      """
      {"type": "FeatureCollection", "features": [
       {"type": "Feature", "properties": {"XZQDM": "340101", "NAME": "West County"},
        "geometry": {"type": "MultiPolygon", "coordinates": [
          [[[117.1, 29.8], [117.3, 29.8], [117.3, 30.2], [117.1, 30.2], [117.1, 29.8]]],
          [[[125.0, 35.0], [125.1, 35.0], [125.0, 35.0]]],
          [[[117.0, 29.0], [117.01, 29.0], [117.0, 29.0], [117.0, 29.0]]]]}},
       {"type": "Feature", "properties": {"XZQDM": "340102", "NAME": "East County"},
        "geometry": {"type": "Polygon", "coordinates":
          [[[117.3, 29.8], [117.5, 29.8], [117.5, 30.2], [117.3, 30.2], [117.3, 29.8]]]}},
       {"type": "Feature", "properties": {"NAME": "no code"},
        "geometry": {"type": "Polygon", "coordinates":
          [[[117.3, 29.8], [117.5, 29.8], [117.5, 30.2], [117.3, 29.8]]]}},
       {"type": "Feature", "properties": {"XZQDM": "340103"}, "geometry": null}]}
      """;

  @Test
  void degeneratePartsAreDroppedAndEveryFeatureIsListed() throws IOException {
    Path spec = SmallSpec.write(dir);
    Files.writeString(dir.resolve("counties.geojson"), COUNTIES);
    Analysis analysis = AnalysisJob.run(AnalysisSpec.load(spec), AnalysisOptions.defaults());
    AnalysisWriter.write(analysis, dir.resolve("out"));

    List<Map<String, String>> patches = AnalysisJobTest.readCsv(dir.resolve("out/patches.csv"));
    Map<String, String> river =
        patches.stream().filter(r -> "P-RIVER".equals(r.get("TBBH"))).findFirst().orElseThrow();
    assertEquals("340101", river.get("region"), "the West County keeps its main part");

    List<Map<String, String>> zones = AnalysisJobTest.readCsv(dir.resolve("out/zones.csv"));
    assertEquals(
        List.of("rivers", "red_line", "residential", "regions", "regions", "regions", "regions"),
        zones.stream().map(r -> r.get("layer")).toList());
    assertEquals(
        List.of("ok", "ok", "ok", "repaired", "ok", "rejected", "rejected"),
        zones.stream().map(r -> r.get("status")).toList());
    Map<String, String> west = zones.get(3);
    assertEquals("340101", west.get("id"));
    assertTrue(
        west.get("reason").contains("polygon 1 ring 0 (outer) has 3 positions: dropped polygon 1"),
        west.get("reason"));
    assertTrue(west.get("reason").contains("Too few distinct points"), west.get("reason"));
    double box = grs80Area(117.1, 29.8, 117.3, 30.2);
    assertEquals(box, Double.parseDouble(west.get("area_after_m2")), box * 1e-6);
    assertEquals(0, Double.parseDouble(west.get("area_change_m2")), 0.01, "the spike had no area");
    assertEquals("no XZQDM value", zones.get(5).get("reason"));
    assertEquals("no geometry", zones.get(6).get("reason"));
  }

  @Test
  void aRunWhereEveryPatchIsRejectedFailsWithTheCommonestReason() throws IOException {
    Path spec = SmallSpec.write(dir);
    Files.writeString(
        dir.resolve("bad.geojson"),
        """
        {"type": "FeatureCollection", "features": [
         {"type": "Feature", "properties": {"TBBH": "A"}, "geometry": null},
         {"type": "Feature", "properties": {"TBBH": "B"}, "geometry":
           {"type": "Point", "coordinates": [117.2, 30.0]}},
         {"type": "Feature", "properties": {"TBBH": "C"}, "geometry":
           {"type": "Point", "coordinates": [117.3, 30.0]}},
         {"type": "Feature", "properties": {"TBBH": "D"}, "geometry":
           {"type": "Polygon", "coordinates": [[[117.2, 30.0], [117.3, 30.0], [117.2, 30.0]]]}}]}
        """);
    Files.writeString(
        spec,
        Files.readString(spec).replace("{path: patches.gpkg, id: TBBH}", "{path: bad.geojson}"));
    BadInputException e =
        assertThrows(
            BadInputException.class,
            () -> AnalysisJob.run(AnalysisSpec.load(spec), AnalysisOptions.defaults()));
    assertTrue(
        e.getMessage()
            .contains("all 4 features were rejected; the commonest reason (2 of 4): geometry:"),
        e.getMessage());
    assertTrue(e.getMessage().contains("Point"), e.getMessage());
  }

  private static double grs80Area(double w, double s, double e, double n) {
    PolygonArea p = new PolygonArea(SmallSpec.GRS80, false);
    p.AddPoint(s, w);
    p.AddPoint(s, e);
    p.AddPoint(n, e);
    p.AddPoint(n, w);
    return Math.abs(p.Compute(false, true).area);
  }
}
