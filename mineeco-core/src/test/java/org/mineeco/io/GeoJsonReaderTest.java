package org.mineeco.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.mineeco.crs.Crs;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.crs.Reprojection;

class GeoJsonReaderTest {
  @TempDir Path dir;

  static Path resource(String name) {
    try {
      return Path.of(GeoJsonReaderTest.class.getResource("/geojson/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Geometry wkt(String text) {
    try {
      return new WKTReader().read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static List<Feature> readAll(Path path, ReadOptions options) {
    try (FeatureReader reader = GeoJsonReader.open(path, options)) {
      List<Feature> features = new ArrayList<>();
      reader.forEachRemaining(features::add);
      return features;
    }
  }

  private Path write(String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
  }

  private static void assertGeometry(String expectedWkt, Feature feature) {
    assertNotNull(feature.geometry(), () -> "feature " + feature.index() + " has no geometry");
    assertTrue(
        wkt(expectedWkt).equalsExact(feature.geometry()),
        () -> "expected " + expectedWkt + ", read " + feature.geometry());
  }

  @Test
  void readsLegacyCrsMemberBeforeFeatures() {
    Path file = resource("legacy-crs-4490.geojson");
    try (FeatureReader reader = GeoJsonReader.open(file, ReadOptions.DEFAULTS)) {
      assertEquals(Crs.CGCS2000, reader.crs());
      assertEquals(List.of("TBBH", "TBDL", "TBMJ"), reader.fieldNames());
      Feature first = reader.next();
      assertEquals(0, first.index());
      assertEquals("C2106822009087120030651001", first.get("TBBH"));
      assertEquals(10L, first.get("TBDL"));
      assertEquals(1523.75, first.get("TBMJ"));
      assertGeometry(
          "POLYGON ((124.351 40.112, 124.352 40.112, 124.352 40.113, 124.351 40.113,"
              + " 124.351 40.112))",
          first);
      Feature second = reader.next();
      assertEquals(1, second.index());
      assertTrue(second.properties().containsKey("TBMJ"));
      assertNull(second.get("TBMJ"));
      assertGeometry(
          "MULTIPOLYGON (((124.36 40.12, 124.362 40.12, 124.362 40.122, 124.36 40.122, 124.36"
              + " 40.12), (124.3605 40.1205, 124.3605 40.1215, 124.3615 40.1215, 124.3615 40.1205,"
              + " 124.3605 40.1205)), ((124.37 40.13, 124.371 40.13, 124.371 40.131, 124.37"
              + " 40.13)))",
          second);
      assertNull(second.geometryIssue());
      assertFalse(reader.hasNext());
    }
  }

  @Test
  void honoursProjectedCrsMemberAfterFeatures() {
    Path file = resource("crs-after-features-4527.geojson");
    List<Feature> features;
    Crs crs;
    try (FeatureReader reader = GeoJsonReader.open(file, ReadOptions.withCrs(Crs.WGS84))) {
      crs = reader.crs();
      features = new ArrayList<>();
      reader.forEachRemaining(features::add);
    }
    assertEquals(Crs.epsg(4527), crs);
    assertEquals(2, features.size());
    Feature square = features.get(0);
    assertNull(square.geometryIssue(), "metres must not be range-checked as degrees");
    assertEquals("石灰岩", square.get("KZ"));
    // a 1 km square on the central meridian, where the Gauss-Kruger scale is 1 + 1.2e-8
    double area = EllipsoidalArea.of(square.geometry(), crs).squareMetres();
    assertEquals(1e6, area, 1e6 * 1e-6);
    assertGeometry("POINT (39512345.5 4412345.25)", features.get(1));
  }

  @Test
  void readsGdalFilesInGeographicAndGaussKrugerCrs() {
    List<Feature> lonLat = readAll(resource("ogr2ogr-4490.geojson"), ReadOptions.DEFAULTS);
    List<Feature> metres = readAll(resource("ogr2ogr-4529.geojson"), ReadOptions.DEFAULTS);
    assertEquals(2, lonLat.size());
    assertEquals("砂石, 粘土", lonLat.get(1).get("KZ"));
    assertEquals(88.25, lonLat.get(1).get("TBMJ"));
    assertEquals(30L, lonLat.get(1).get("TBDL"));
    assertGeometry(
        "POLYGON ((124.25 40.5, 124.26 40.5, 124.26 40.51, 124.25 40.51, 124.25 40.5))",
        lonLat.get(0));
    Crs zone41 = Crs.epsg(4529);
    Reprojection toZone = Reprojection.between(Crs.CGCS2000, zone41);
    for (int i = 0; i < 2; i++) {
      Geometry fromGdal = metres.get(i).geometry();
      Geometry ours = toZone.apply(lonLat.get(i).geometry());
      assertTrue(fromGdal.equalsExact(ours, 1e-3), "GDAL and mineeco agree to 1 mm");
      double gdalArea = EllipsoidalArea.of(fromGdal, zone41).squareMetres();
      double lonLatArea = EllipsoidalArea.of(lonLat.get(i).geometry(), Crs.CGCS2000).squareMetres();
      assertEquals(lonLatArea, gdalArea, lonLatArea * 1e-6);
    }
  }

  @Test
  void readsChinesePropertiesWithTheirTypes() {
    Path file = resource("chinese-properties.geojson");
    try (FeatureReader reader = GeoJsonReader.open(file, ReadOptions.DEFAULTS)) {
      assertEquals(Crs.WGS84, reader.crs());
      assertEquals(
          List.of("TBBH", "名称", "KZ", "NXFFS", "TBMJ", "已治理", "备注", "附加", "标签", "$id"),
          reader.fieldNames());
      Feature f = reader.next();
      assertEquals(7L, f.get(Layers.FEATURE_ID), "the Feature's own id member");
      assertEquals("2106822009087120030651001", f.get("TBBH"), "beyond 64 bits: its digits");
      assertEquals("丹东市振安区 废弃采石场", f.get("名称"));
      assertEquals("建筑用花岗岩", f.get("KZ"));
      assertEquals(3L, f.get("NXFFS"));
      assertEquals(2034.5, f.get("TBMJ"));
      assertEquals(Boolean.FALSE, f.get("已治理"));
      assertTrue(f.properties().containsKey("备注"));
      assertNull(f.get("备注"));
      assertEquals("{\"负责人\":\"张三\",\"年份\":[2021,2022]}", f.get("附加"));
      assertEquals("[\"露天\",\"尾矿\"]", f.get("标签"));
      assertGeometry("POINT (124.39 40.15)", f);
      assertTrue(Double.isNaN(f.geometry().getCoordinate().getZ()), "3rd ordinate ignored");
      Feature g = reader.next();
      assertEquals("宽甸满族自治县\"青山沟\"铁矿, 北坡\n第二行", g.get("名称"));
      assertEquals(Boolean.TRUE, g.get("已治理"));
      assertFalse(reader.hasNext());
    }
  }

  @Test
  void keepsBowTieAndClosesUnclosedRings() {
    List<Feature> features = readAll(resource("bowtie-unclosed.geojson"), ReadOptions.DEFAULTS);
    assertEquals(4, features.size());
    Feature bowTie = features.get(0);
    assertNull(bowTie.geometryIssue(), "validity is for the ingest step to repair");
    assertFalse(bowTie.geometry().isValid());
    Feature shell = features.get(1);
    assertEquals("ring 0 not closed: closed it", shell.geometryIssue());
    assertGeometry("POLYGON ((124 40, 124.01 40, 124.01 40.01, 124 40.01, 124 40))", shell);
    Feature hole = features.get(2);
    assertEquals("polygon 1 ring 1 not closed: closed it", hole.geometryIssue());
    assertGeometry(
        "MULTIPOLYGON (((124 40, 124.01 40, 124.01 40.01, 124 40)), ((124.1 40.1, 124.2 40.1,"
            + " 124.2 40.2, 124.1 40.2, 124.1 40.1), (124.12 40.12, 124.12 40.18, 124.18 40.18,"
            + " 124.18 40.12, 124.12 40.12)))",
        hole);
    assertEquals("ring 0 not closed: closed it", features.get(3).geometryIssue());
    assertGeometry("POLYGON ((124 40, 124.01 40, 124 40.01, 124 40))", features.get(3));
  }

  @Test
  @Timeout(120)
  void everyPrefixOfAFileIsReadOrRefusedAsBadInput() throws IOException {
    String text =
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
            + "{\"TBBH\":\"A\",\"n\":[1,{\"x\":2}]},\"geometry\":{\"type\":\"GeometryCollection\","
            + "\"geometries\":[{\"type\":\"MultiPolygon\",\"coordinates\":[[[[117,30],[118,30],"
            + "[118,31],[117,30]]]]}]}}],\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
            + "\"EPSG:4490\"}}}";
    for (int n = 0; n <= text.length(); n++) {
      Path file = write("prefix.geojson", text.substring(0, n));
      try (FeatureReader reader = Layers.open(file, ReadOptions.DEFAULTS)) {
        reader.forEachRemaining(f -> {});
        assertEquals(text.length(), n, "only the whole text reads without error");
      } catch (BadInputException expected) {
        assertTrue(expected.getMessage().startsWith(file.toString()), expected.getMessage());
      }
    }
  }

  @Test
  void degenerateMultiPolygonPartsAndHolesAreDroppedAsRepairsTheRestKept() throws IOException {
    Path file =
        write(
            "islands.geojson",
            "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"NAME\":\"A\"},\"geometry\":"
                + "{\"type\":\"MultiPolygon\",\"coordinates\":["
                + "[[[120,30],[121,30],[121,31],[120,31],[120,30]],"
                + "[[120.2,30.2],[120.4,30.2],[120.2,30.2]]],"
                + "[[[125,35],[125.1,35]]],"
                + "[[[122,30],[123,30],[123,31],[122,30]]]]}},"
                + "{\"type\":\"Feature\",\"properties\":{\"NAME\":\"B\"},\"geometry\":"
                + "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[125,35],[125.1,35]]]]}}]}");
    List<Feature> features = readAll(file, ReadOptions.DEFAULTS);
    assertGeometry(
        "MULTIPOLYGON (((120 30, 121 30, 121 31, 120 31, 120 30)), ((122 30, 123 30, 123 31, 122"
            + " 30)))",
        features.get(0));
    assertEquals(
        "polygon 0 ring 1 has 3 positions: dropped it; polygon 1 ring 0 not closed: closed it;"
            + " polygon 1 ring 0 (outer) has 3 positions: dropped polygon 1",
        features.get(0).geometryIssue());
    assertNull(features.get(1).geometry());
    assertEquals(
        "no polygon has an outer ring of 4 or more positions",
        features.get(1).geometryIssue().replaceFirst("^.*: ", ""));
  }

  @Test
  void reportsBadCoordinatesPerFeatureAndReadsOn() {
    List<Feature> features = readAll(resource("bad-coordinates.geojson"), ReadOptions.DEFAULTS);
    assertEquals(12, features.size());
    String[] expected = {
      "coordinate \"124.01\" is not a number",
      "coordinate NaN is not finite",
      "longitude 200.5 outside [-180, 180]",
      "ring 0: a ring needs 4 or more positions, found 3",
      "unknown geometry type 'Circle'",
      "a position needs 2 numbers, found 1",
      null,
      null,
      null,
      "latitude 95.0 outside [-90, 90]",
      "is not finite",
      "geometry must be an object or null, found \"POINT (124 40)\""
    };
    for (int i = 0; i < expected.length; i++) {
      Feature f = features.get(i);
      assertEquals(i, f.index());
      assertEquals((long) i, f.get("n"));
      if (i == 8) {
        assertGeometry("LINESTRING (124 40, 124.5 40.5)", f);
        assertNull(f.geometryIssue());
        continue;
      }
      assertNull(f.geometry(), "feature " + i);
      String issue = f.geometryIssue();
      if (expected[i] == null) {
        assertNull(issue, "feature " + i);
      } else {
        assertNotNull(issue, "feature " + i);
        assertTrue(issue.contains(expected[i]), () -> "'" + issue + "'");
      }
    }
    assertTrue(features.get(0).geometryIssue().contains("line 2, column"), "location given");
  }

  @Test
  void malformedJsonNamesFileFeatureAndLine() {
    Path file = resource("malformed.geojson");
    try (FeatureReader reader = GeoJsonReader.open(file, ReadOptions.DEFAULTS)) {
      assertEquals(Crs.CGCS2000, reader.crs());
      assertEquals("A1", reader.next().get("TBBH"));
      assertEquals("A2", reader.next().get("TBBH"));
      BadInputException e = assertThrows(BadInputException.class, reader::next);
      assertEquals(file, e.file());
      assertEquals(2, e.featureIndex());
      assertTrue(
          e.getMessage().startsWith(file + ", feature 2: malformed JSON at line 4, column "));
      assertFalse(reader.hasNext(), "a broken file ends the stream");
    }
  }

  @Test
  void malformedJsonAfterFeaturesFoundByTheCrsScan() throws IOException {
    Path file =
        write(
            "late.geojson",
            "{\"type\":\"FeatureCollection\",\"features\":[\n"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":null},\n"
                + "{\"type\":\"Feature\",\"properties\":{,\"geometry\":null}\n"
                + "],\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:4490\"}}}");
    BadInputException e =
        assertThrows(BadInputException.class, () -> GeoJsonReader.open(file, ReadOptions.DEFAULTS));
    assertEquals(1, e.featureIndex());
    assertTrue(e.getMessage().contains("line 3"), e.getMessage());
  }

  @Test
  void truncatedFileIsMalformed() throws IOException {
    Path file =
        write(
            "cut.geojson",
            "{\"type\":\"FeatureCollection\",\"crs\":null,\"features\":[\n"
                + "{\"type\":\"Feature\",\"properties\":{\"a\":1},\"geometry\":null},\n"
                + "{\"type\":\"Feature\",\"properties\":{\"a\":2},\"geometry\":{\"type\":\"Poi");
    try (FeatureReader reader = GeoJsonReader.open(file, ReadOptions.DEFAULTS)) {
      assertEquals(1L, reader.next().get("a"));
      BadInputException e = assertThrows(BadInputException.class, reader::next);
      assertEquals(1, e.featureIndex());
      assertTrue(e.getMessage().contains("malformed JSON at line 3"), e.getMessage());
    }
  }

  @Test
  void missingFileIsBadInput() {
    Path file = dir.resolve("nowhere.geojson");
    BadInputException e =
        assertThrows(BadInputException.class, () -> GeoJsonReader.open(file, ReadOptions.DEFAULTS));
    assertEquals(file, e.file());
    assertEquals(file + ": file not found", e.getMessage());
  }

  @Test
  void unknownCrsNameIsBadInput() throws IOException {
    Path file =
        write(
            "odd.geojson",
            "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"EPSG:99999\"}},\"features\":[]}");
    BadInputException e =
        assertThrows(BadInputException.class, () -> GeoJsonReader.open(file, ReadOptions.DEFAULTS));
    assertTrue(e.getMessage().contains("EPSG:99999"), e.getMessage());
  }

  @Test
  void withoutCrsMemberUsesTheCallersCrsElseWgs84() throws IOException {
    Path file =
        write(
            "plain.geojson",
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"TBBH\":\"X\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[124,40]}}]}");
    try (FeatureReader reader = GeoJsonReader.open(file, ReadOptions.DEFAULTS)) {
      assertEquals(Crs.WGS84, reader.crs());
    }
    try (FeatureReader reader = GeoJsonReader.open(file, ReadOptions.withCrs(Crs.CGCS2000))) {
      assertEquals(Crs.CGCS2000, reader.crs());
      assertEquals(List.of("TBBH"), reader.fieldNames());
      assertEquals("X", reader.next().get("TBBH"));
    }
  }

  @Test
  void readsAllSevenGeometryTypesInAnyMemberOrder() throws IOException {
    String json =
        """
        {"features": [
         {"geometry": {"coordinates": [1.5, 2.5, 99], "type": "Point"}, "type": "Feature"},
         {"type": "Feature", "geometry": {"type": "MultiPoint", "coordinates": [[1, 2], [3, 4]]}},
         {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[1, 2], [3, 4]]}},
         {"type": "Feature", "geometry": {"type": "MultiLineString",
           "coordinates": [[[1, 2], [3, 4]], [[5, 6], [7, 8], [9, 10]]]}},
         {"type": "Feature", "geometry": {"type": "Polygon", "coordinates":
           [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[1, 1], [1, 2], [2, 2], [1, 1]]]}},
         {"type": "Feature", "geometry": {"type": "MultiPolygon", "coordinates":
           [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[5, 5], [6, 5], [6, 6], [5, 5]]]]}},
         {"type": "Feature", "geometry": {"type": "GeometryCollection", "geometries": [
           {"type": "Point", "coordinates": [1, 2]},
           {"type": "GeometryCollection", "geometries": [
             {"type": "LineString", "coordinates": [[1, 2], [3, 4]]}]}]}},
         {"type": "Feature", "geometry": {"type": "MultiPolygon", "coordinates": []}},
         {"type": "Feature", "geometry": {"type": "Point", "coordinates": []}}
        ], "type": "FeatureCollection"}
        """;
    List<Feature> features = readAll(write("all.geojson", json), ReadOptions.DEFAULTS);
    String[] expected = {
      "POINT (1.5 2.5)",
      "MULTIPOINT ((1 2), (3 4))",
      "LINESTRING (1 2, 3 4)",
      "MULTILINESTRING ((1 2, 3 4), (5 6, 7 8, 9 10))",
      "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (1 1, 1 2, 2 2, 1 1))",
      "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
      "GEOMETRYCOLLECTION (POINT (1 2), GEOMETRYCOLLECTION (LINESTRING (1 2, 3 4)))",
      "MULTIPOLYGON EMPTY",
      "POINT EMPTY"
    };
    assertEquals(expected.length, features.size());
    for (int i = 0; i < expected.length; i++) {
      assertNull(features.get(i).geometryIssue());
      assertGeometry(expected[i], features.get(i));
      assertEquals(
          wkt(expected[i]).getGeometryType(), features.get(i).geometry().getGeometryType());
      assertTrue(features.get(i).properties().isEmpty());
    }
  }

  @Test
  void readsASingleFeatureOrABareGeometry() throws IOException {
    Path feature =
        write(
            "one.geojson",
            "{\"properties\":{\"TBBH\":\"Z9\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":"
                + "[39500000,4400000]},\"type\":\"Feature\",\"crs\":{\"type\":\"name\","
                + "\"properties\":{\"name\":\"EPSG:4527\"}}}");
    try (FeatureReader reader = GeoJsonReader.open(feature, ReadOptions.DEFAULTS)) {
      assertEquals(Crs.epsg(4527), reader.crs());
      assertEquals(List.of("TBBH"), reader.fieldNames());
      Feature f = reader.next();
      assertEquals(0, f.index());
      assertGeometry("POINT (39500000 4400000)", f);
      assertFalse(reader.hasNext());
    }
    Path bare =
        write("bare.geojson", "{\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]],\"type\":\"Polygon\"}");
    List<Feature> features = readAll(bare, ReadOptions.DEFAULTS);
    assertEquals(1, features.size());
    assertGeometry("POLYGON ((0 0, 1 0, 1 1, 0 0))", features.get(0));
  }

  @Test
  void rejectsAFileThatIsNotGeoJson() throws IOException {
    Path array = write("array.geojson", "[1, 2]");
    BadInputException e =
        assertThrows(
            BadInputException.class, () -> GeoJsonReader.open(array, ReadOptions.DEFAULTS));
    assertTrue(e.getMessage().contains("expected a GeoJSON object"), e.getMessage());
    Path topology = write("topo.json", "{\"type\":\"Topology\",\"objects\":{}}");
    e =
        assertThrows(
            BadInputException.class, () -> GeoJsonReader.open(topology, ReadOptions.DEFAULTS));
    assertTrue(e.getMessage().contains("found type 'Topology'"), e.getMessage());
  }
}
