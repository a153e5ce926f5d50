package org.mineeco.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.geographiclib.GeodesicMask;
import net.sf.geographiclib.PolygonArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.mineeco.analysis.write.AnalysisWriter;
import org.mineeco.analysis.write.OutputOptions;
import org.mineeco.crs.Crs;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;
import org.mineeco.io.FieldType;
import org.mineeco.io.Layers;
import org.mineeco.io.ReadOptions;
import org.mineeco.io.WriteOptions;
import org.mineeco.spec.AnalysisSpec;

/**
 * The analysis on a hand-made province: a river along the meridian 117°E, a red-line square east of
 * it, a town west of it, two counties split at 117°E, and six patch features covering each outcome
 * (inside the red line, across the river and the county line, null geometry, bow-tie, duplicate id,
 * far away).
 */
class AnalysisJobTest {
  private static final WKTReader WKT = new WKTReader();
  private static final String P0 =
      "POLYGON ((117.035 30.105, 117.04 30.105, 117.04 30.11, 117.035 30.11, 117.035 30.105))";

  @TempDir static Path dir;
  static Analysis analysis;
  static List<Map<String, String>> csv;

  @BeforeAll
  static void analyse() throws IOException, ParseException {
    layer("rivers.geojson", List.of("NAME"), row("LINESTRING (117 30, 117 30.3)", "NAME", "江"));
    layer(
        "redline.geojson",
        List.of("NAME"),
        row(
            "POLYGON ((117.03 30.1, 117.05 30.1, 117.05 30.12, 117.03 30.12, 117.03 30.1))",
            "NAME",
            "红线"));
    layer("towns.geojson", List.of("NAME"), row("POINT (116.95 30.2)", "NAME", "镇"));
    layer(
        "counties.geojson",
        List.of("XZQDM", "NAME"),
        row(
            "POLYGON ((116.5 29.9, 117 29.9, 117 30.4, 116.5 30.4, 116.5 29.9))",
            "XZQDM",
            "420101",
            "NAME",
            "西区"),
        row(
            "POLYGON ((117 29.9, 117.5 29.9, 117.5 30.4, 117 30.4, 117 29.9))",
            "XZQDM",
            "420102",
            "NAME",
            "东区"));
    layer(
        "patches.geojson",
        List.of("TBBH", "HFZLQK"),
        row(P0, "TBBH", "P0", "HFZLQK", "A"),
        row(
            "POLYGON ((116.998 30.2, 117.004 30.2, 117.004 30.205, 116.998 30.205, 116.998 30.2))",
            "TBBH",
            "P1",
            "HFZLQK",
            "A"),
        row(null, "TBBH", "P2", "HFZLQK", "A"),
        row(
            "POLYGON ((117.01 30.01, 117.02 30.02, 117.02 30.01, 117.01 30.02, 117.01 30.01))",
            "TBBH",
            "P3",
            "HFZLQK",
            "B"),
        row(P0, "TBBH", "P0", "HFZLQK", "A"),
        row(
            "POLYGON ((117.2 30.15, 117.205 30.15, 117.205 30.155, 117.2 30.155, 117.2 30.15))",
            "TBBH",
            "P5",
            "HFZLQK",
            "A"));
    Files.writeString(
        dir.resolve("spec.yaml"),
        """
        patches: {path: patches.geojson, id: TBBH}
        zones:
          - {name: rivers, label: 测试分区, type: corridor, path: rivers.geojson, bands_m: [0, 5000, 10000]}
          - {name: red_line, type: polygons, path: redline.geojson}
          - {name: towns, label: 测试分区, type: buffer, path: towns.geojson, distance_m: 1000}
        regions: {path: counties.geojson, id: XZQDM, name: NAME}
        """);
    analysis =
        AnalysisJob.run(AnalysisSpec.load(dir.resolve("spec.yaml")), AnalysisOptions.defaults());
    AnalysisWriter.write(analysis, dir.resolve("out"));
    csv = readCsv(dir.resolve("out/patches.csv"));
  }

  @Test
  void oneRowPerInputFeatureInInputOrder() {
    assertEquals(
        List.of(
            "TBBH",
            "area_m2",
            "rivers_0_5000_m2",
            "rivers_5000_10000_m2",
            "rivers_dist_m",
            "red_line_m2",
            "towns_m2",
            "region",
            "region_name",
            "priority",
            "repaired",
            "status",
            "HFZLQK"),
        new ArrayList<>(csv.get(0).keySet()));
    assertEquals("B", csv.get(3).get("HFZLQK"), "the input attributes are kept, as read");
    assertEquals("A", csv.get(2).get("HFZLQK"), "for rejected features too");
    assertEquals(
        List.of("P0", "P1", "P2", "P3", "P0", "P5"), csv.stream().map(r -> r.get("TBBH")).toList());
    assertEquals("ok", csv.get(0).get("status"));
    assertTrue(csv.get(2).get("status").startsWith("rejected: geometry"), csv.get(2).get("status"));
    assertEquals("repaired", csv.get(3).get("status"));
    assertEquals("true", csv.get(3).get("repaired"));
    assertTrue(csv.get(4).get("status").contains("duplicate"), csv.get(4).get("status"));
    assertEquals("", csv.get(4).get("area_m2"), "a rejected row has no figures");
    assertEquals(6, analysis.ingest().read());
    assertEquals(1, analysis.ingest().repaired());
    assertEquals(2, analysis.ingest().rejected());
  }

  @Test
  void theSelectionIsAppliedBeforeTheAnalysisAndEveryFilteredFeatureIsListed() throws IOException {
    Files.writeString(
        dir.resolve("selected.yaml"),
        """
        patches: {path: patches.geojson, id: TBBH, where: {HFZLQK: A}}
        zones:
          - {name: red_line, type: polygons, path: redline.geojson}
        regions: {path: counties.geojson, id: XZQDM, name: NAME}
        """);
    Analysis selected =
        AnalysisJob.run(
            AnalysisSpec.load(dir.resolve("selected.yaml")), AnalysisOptions.defaults());
    AnalysisWriter.write(selected, dir.resolve("selected"));
    List<Map<String, String>> rows = readCsv(dir.resolve("selected/patches.csv"));
    // P3 (HFZLQK B, the bow-tie) is filtered before it is repaired; P2 and the second P0 are
    // rejected as before: 6 read = 3 accepted + 0 repaired + 2 rejected + 1 filtered.
    var ingest = selected.ingest();
    assertEquals(
        List.of(6L, 3L, 0L, 2L, 1L),
        List.of(
            ingest.read(),
            ingest.accepted(),
            ingest.repaired(),
            ingest.rejected(),
            ingest.filtered()));
    assertEquals(6, rows.size(), "every input feature keeps its row");
    assertEquals("filtered: HFZLQK is 'B', not one of [A]", rows.get(3).get("status"));
    assertEquals("", rows.get(3).get("area_m2"));
    assertEquals("P3", ingest.filteredOut().get(0).id());
    assertEquals(3, selected.rows().stream().filter(r -> !r.isRejected()).count());
  }

  @Test
  void theLedgerKeepsEveryInputFieldAndDeclaredAreasBeyondTheToleranceAreListed()
      throws IOException, ParseException {
    double p0 = EllipsoidalArea.of(WKT.read(P0), Crs.CGCS2000).squareMetres();
    layer(
        "declared.geojson",
        List.of("TBBH", "TBMJ", "status", "KSBH"),
        // 10% more than computed: listed at 5%
        row(P0, "TBBH", "D0", "TBMJ", Double.toString(p0 * 1.10), "status", "x", "KSBH", "M1"),
        // 1% less: listed only below 1%
        row(P0, "TBBH", "D1", "TBMJ", Double.toString(p0 * 0.99), "status", "y", "KSBH", "M1"),
        row(P0, "TBBH", "D2", "status", "z"));
    Files.writeString(
        dir.resolve("declared.yaml"),
        """
        patches: {path: declared.geojson, id: TBBH}
        zones: [{name: red_line, type: polygons, path: redline.geojson}]
        """);
    Analysis declared =
        AnalysisJob.run(
            AnalysisSpec.load(dir.resolve("declared.yaml")), AnalysisOptions.defaults());
    AnalysisWriter.write(declared, dir.resolve("declared"), new OutputOptions(0.05, true));
    List<Map<String, String>> listed = readCsv(dir.resolve("declared/declared_area.csv"));
    assertEquals(List.of("D0"), listed.stream().map(r -> r.get("id")).toList());
    assertEquals(p0 * 0.10, number(listed.get(0), "difference_m2"), 0.002);
    assertEquals(0.10, number(listed.get(0), "relative_difference"), 1e-6);
    AnalysisWriter.write(declared, dir.resolve("declared-strict"), new OutputOptions(0.005, false));
    assertEquals(
        List.of("D0", "D1"),
        readCsv(dir.resolve("declared-strict/declared_area.csv")).stream()
            .map(r -> r.get("id"))
            .toList());
    List<Map<String, String>> rows = readCsv(dir.resolve("declared/patches.csv"));
    assertEquals("ok", rows.get(0).get("status"));
    assertEquals("x", rows.get(0).get("input_status"), "a clashing input field is renamed");
    assertEquals("M1", rows.get(1).get("KSBH"));
    assertEquals("", rows.get(2).get("TBMJ"));
  }

  @Test
  void aPatchAcrossTheCountyLineHasItsZonesMeasuredInEachCounty() throws ParseException {
    // P1 straddles 117°E (the county line and the river): its part west of 117°E is the
    // rectangle 116.998-117 x 30.2-30.205, all of it within 5 km of the river.
    PolygonArea west = new PolygonArea(EllipsoidalArea.GRS80, false);
    for (double[] lonLat :
        new double[][] {{116.998, 30.2}, {117.0, 30.2}, {117.0, 30.205}, {116.998, 30.205}}) {
      west.AddPoint(lonLat[1], lonLat[0]);
    }
    double westM2 = Math.abs(west.Compute(false, true).area);
    List<org.mineeco.overlay.PatchOverlay> p1 = new ArrayList<>();
    analysis
        .store()
        .replay(
            (outcome, overlay) -> {
              if (outcome.index() == 1) {
                p1.add(overlay);
              }
            });
    var regions = p1.get(0).regions();
    assertEquals(2, regions.size());
    var westShare = regions.stream().filter(r -> r.id().equals("420101")).findFirst().orElseThrow();
    assertEquals(westM2, westShare.area().squareMetres(), westM2 * 1e-6);
    // zone order: rivers, red_line, towns; rivers band 0-5000 holds the whole western part
    assertEquals(westM2, westShare.zones().get(0).areas().get(0).squareMetres(), westM2 * 1e-6);
    assertEquals(0, westShare.zones().get(1).total().squareMetres(), "no red line west");
    double sum = 0;
    for (var r : regions) {
      sum += r.zones().get(0).areas().get(0).squareMetres();
    }
    assertEquals(
        p1.get(0).zones().get(0).areas().get(0).squareMetres(), sum, sum * 1e-9, "parts add up");
  }

  @Test
  void areasAreEllipsoidalAndZonesContainThePatch() {
    Map<String, String> p0 = csv.get(0);
    PolygonArea reference = new PolygonArea(EllipsoidalArea.GRS80, false);
    for (double[] lonLat :
        new double[][] {{117.035, 30.105}, {117.04, 30.105}, {117.04, 30.11}, {117.035, 30.11}}) {
      reference.AddPoint(lonLat[1], lonLat[0]);
    }
    double expected = Math.abs(reference.Compute(false, true).area);
    assertEquals(expected, number(p0, "area_m2"), 0.001);
    assertEquals(number(p0, "area_m2"), number(p0, "red_line_m2"), 0.0011);
    assertEquals(number(p0, "area_m2"), number(p0, "rivers_0_5000_m2"), 0.0011);
    assertEquals(0, number(p0, "rivers_5000_10000_m2"));
    assertEquals("东区", p0.get("region_name"));
  }

  @Test
  void distancesAreGeodesic() {
    Map<String, String> p5 = csv.get(5);
    // The nearest point is the patch's north-west corner: parallels converge northwards.
    double expected =
        EllipsoidalArea.GRS80.Inverse(30.155, 117.0, 30.155, 117.2, GeodesicMask.DISTANCE).s12;
    assertEquals(expected, number(p5, "rivers_dist_m"), 0.05);
    assertEquals(0, number(p5, "rivers_0_5000_m2"));
    assertEquals(0, number(csv.get(1), "rivers_dist_m"), "the patch crosses the river");
  }

  @Test
  void straddlingPatchGoesToTheCountyWithMoreArea() {
    assertEquals("420102", csv.get(1).get("region"), "two thirds of P1 lie east of 117E");
  }

  @Test
  void mustClearPatchRanksFirstAndRestoredLast() {
    assertEquals("1", csv.get(0).get("priority"));
    assertEquals("4", csv.get(3).get("priority"), "P3 is already restored");
  }

  @Test
  void summaryTotalsAreTheSumOfPatchAreas() throws IOException {
    List<Map<String, String>> summary = readCsv(dir.resolve("out/summary.csv"));
    Map<String, String> all = summary.get(0);
    assertEquals("all patches", all.get("zone"));
    assertEquals("4", all.get("patches"));
    double sum = 0;
    for (Map<String, String> row : csv) {
      sum += row.get("area_m2").isEmpty() ? 0 : number(row, "area_m2");
    }
    assertEquals(sum, number(all, "area_m2"), 0.01);
    assertEquals(number(all, "area_m2") * 3 / 2000, number(all, "area_mu"), 0.01);
  }

  @Test
  void geoPackageHoldsTheSameRowsWithGeometries() {
    List<Feature> features = new ArrayList<>();
    try (FeatureReader reader =
        Layers.open(dir.resolve("out/patches.gpkg"), ReadOptions.DEFAULTS)) {
      reader.forEachRemaining(features::add);
      assertEquals(Crs.CGCS2000, reader.crs());
    }
    assertEquals(6, features.size());
    assertNull(features.get(2).geometry());
    assertTrue(features.get(3).geometry().isValid(), "the repaired bow-tie");
    for (int i = 0; i < 6; i++) {
      assertEquals(csv.get(i).get("priority"), text(features.get(i).get("priority")));
      assertEquals(csv.get(i).get("status"), features.get(i).get("status"));
    }
  }

  @Test
  void repairsAreListedWithTheirAreaChange() throws IOException {
    List<Map<String, String>> repairs = readCsv(dir.resolve("out/repairs.csv"));
    assertEquals(1, repairs.size());
    assertEquals("3", repairs.get(0).get("index"));
    assertEquals(
        number(repairs.get(0), "area_after_m2") - number(repairs.get(0), "area_before_m2"),
        number(repairs.get(0), "area_change_m2"),
        0.002);
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static double number(Map<String, String> row, String column) {
    return Double.parseDouble(row.get(column));
  }

  private static Feature row(String wkt, String... keyValues) throws ParseException {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      properties.put(keyValues[i], keyValues[i + 1]);
    }
    Geometry geometry = wkt == null ? null : WKT.read(wkt);
    return new Feature(0, geometry, properties);
  }

  private static void layer(String name, List<String> fields, Feature... features) {
    List<Field> columns = fields.stream().map(f -> new Field(f, FieldType.STRING)).toList();
    try (FeatureWriter writer =
        Layers.create(dir.resolve(name), new WriteOptions(Crs.CGCS2000, "layer", columns))) {
      Arrays.stream(features).forEach(writer::write);
      writer.commit();
    }
  }

  /** Reads a CSV in the project dialect (through {@link org.mineeco.io.CsvDialect}). */
  static List<Map<String, String>> readCsv(Path file) throws IOException {
    List<List<String>> records =
        org.mineeco.io.CsvDialect.read(Files.newBufferedReader(file, StandardCharsets.UTF_8));
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> cells : records.subList(1, records.size())) {
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), cells.get(i));
      }
      rows.add(row);
    }
    return rows;
  }
}
