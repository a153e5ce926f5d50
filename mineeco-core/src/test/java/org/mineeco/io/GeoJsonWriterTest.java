package org.mineeco.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mineeco.io.GeoJsonReaderTest.readAll;
import static org.mineeco.io.GeoJsonReaderTest.wkt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateXY;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineeco.crs.Crs;
import org.mineeco.crs.EllipsoidalArea;

class GeoJsonWriterTest {
  private static final List<Field> FIELDS =
      List.of(
          new Field("TBBH", FieldType.STRING),
          new Field("TBDL", FieldType.INTEGER),
          new Field("TBMJ", FieldType.REAL),
          new Field("已治理", FieldType.BOOLEAN),
          new Field("KZ", FieldType.STRING));

  @TempDir Path dir;

  static Map<String, Object> props(Object... keyValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  static void writeAll(Path path, WriteOptions options, List<Feature> features) {
    try (FeatureWriter writer = Layers.create(path, options)) {
      features.forEach(writer::write);
      writer.commit();
    }
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.toList();
    }
  }

  @Test
  void roundTripsEveryGeometryTypeAndPropertyExactly() {
    String[] wkts = {
      "POINT (124.35123456789012 40.11298765432109)",
      "MULTIPOINT ((124.1 40.1), (124.2 40.2))",
      "LINESTRING (124 40, 124.00001 40.000001, -0.0 1e-7)",
      "MULTILINESTRING ((1 2, 3 4), (5 6, 7 8, 9 10))",
      "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (1 1, 1 2, 2 2, 1 1))",
      "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))",
      "GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (1 2, 3 4))",
      "POLYGON EMPTY"
    };
    List<Feature> written = new ArrayList<>();
    for (int i = 0; i < wkts.length; i++) {
      written.add(
          new Feature(
              i,
              wkt(wkts[i]),
              props(
                  "TBBH",
                  "C21-" + i,
                  "TBDL",
                  (long) i * 10,
                  "TBMJ",
                  i + 0.25,
                  "已治理",
                  i % 2 == 0,
                  "KZ",
                  "石灰岩, \"白云岩\"\n")));
    }
    written.add(new Feature(8, null, props("TBBH", "no geometry", "TBMJ", null)));
    Path file = dir.resolve("out.geojson");
    writeAll(file, new WriteOptions(Crs.CGCS2000, "patches", FIELDS), written);

    List<Feature> read = readAll(file, ReadOptions.DEFAULTS);
    assertEquals(written.size(), read.size());
    for (int i = 0; i < wkts.length; i++) {
      Feature in = written.get(i);
      Feature out = read.get(i);
      assertTrue(
          in.geometry().equalsExact(out.geometry()), () -> in.geometry() + " vs " + out.geometry());
      assertEquals(in.geometry().getGeometryType(), out.geometry().getGeometryType());
      assertEquals(in.properties(), out.properties());
    }
    Feature none = read.get(8);
    assertNull(none.geometry());
    assertNull(none.geometryIssue());
    Map<String, Object> expected = props("TBBH", "no geometry", "TBDL", null, "TBMJ", null);
    expected.put("已治理", null);
    expected.put("KZ", null);
    assertEquals(expected, none.properties(), "fields the feature lacks are written as null");
  }

  @Test
  void namesTheGeographicCrsSoItReadsBack() throws IOException {
    for (Crs crs : List.of(Crs.CGCS2000, Crs.WGS84)) {
      Path file = dir.resolve(crs.epsgCode() + ".geojson");
      writeAll(file, new WriteOptions(crs, "l", List.of()), List.of());
      try (FeatureReader reader = Layers.open(file, ReadOptions.withCrs(Crs.epsg(4527)))) {
        assertEquals(crs, reader.crs());
        assertFalse(reader.hasNext());
      }
    }
    String text = Files.readString(dir.resolve("4490.geojson"));
    assertTrue(text.contains("\"name\":\"urn:ogc:def:crs:EPSG::4490\""), text);
  }

  @Test
  void randomCoordinatesRoundTripBitForBit() {
    Random random = new Random(20240611);
    GeometryFactory factory = new GeometryFactory();
    List<Feature> written = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      Coordinate[] line = new Coordinate[8];
      for (int k = 0; k < line.length; k++) {
        double scale = Math.pow(10, -random.nextInt(12));
        line[k] =
            new CoordinateXY(
                (random.nextDouble() * 360 - 180) * scale,
                (random.nextDouble() * 180 - 90) * scale);
      }
      written.add(
          new Feature(i, factory.createLineString(line), props("TBMJ", random.nextGaussian())));
    }
    Path file = dir.resolve("random.geojson");
    writeAll(file, new WriteOptions(Crs.CGCS2000, "r", List.of(FIELDS.get(2))), written);
    List<Feature> read = readAll(file, ReadOptions.DEFAULTS);
    for (int i = 0; i < written.size(); i++) {
      Coordinate[] in = written.get(i).geometry().getCoordinates();
      Coordinate[] out = read.get(i).geometry().getCoordinates();
      for (int k = 0; k < in.length; k++) {
        assertEquals(Double.doubleToLongBits(in[k].x), Double.doubleToLongBits(out[k].x));
        assertEquals(Double.doubleToLongBits(in[k].y), Double.doubleToLongBits(out[k].y));
      }
      assertEquals(written.get(i).get("TBMJ"), read.get(i).get("TBMJ"));
    }
  }

  @Test
  void projectedInputIsWrittenInCgcs2000LonLatWithTheSameArea() throws IOException {
    Crs zone39 = Crs.epsg(4527);
    Geometry square =
        wkt(
            "POLYGON ((39500000 4400000, 39501000 4400000, 39501000 4401000, 39500000 4401000,"
                + " 39500000 4400000), (39500100 4400100, 39500100 4400200, 39500200 4400200,"
                + " 39500200 4400100, 39500100 4400100))");
    Path file = dir.resolve("gk.geojson");
    writeAll(
        file, new WriteOptions(zone39, "gk", List.of()), List.of(new Feature(0, square, Map.of())));
    List<Feature> read;
    try (FeatureReader reader = Layers.open(file, ReadOptions.DEFAULTS)) {
      assertEquals(Crs.CGCS2000, reader.crs());
      read = reader.stream().toList();
    }
    Geometry lonLat = read.get(0).geometry();
    assertNull(read.get(0).geometryIssue());
    assertTrue(lonLat.getEnvelopeInternal().getMinX() > 116.9, "longitude near 117E");
    assertTrue(lonLat.getEnvelopeInternal().getMaxX() < 117.1, "longitude near 117E");
    double original = EllipsoidalArea.of(square, zone39).squareMetres();
    double roundTrip = EllipsoidalArea.ofLonLat(lonLat).squareMetres();
    assertEquals(original, roundTrip, original * 1e-9);
    // the planar area is 990,000 m2; on the central meridian the Gauss-Kruger scale is ~1
    assertEquals(990_000, roundTrip, 990_000 * 1e-6);
  }

  @Test
  void closeLeavesOnlyTheTargetAndReplacesAnOldFile() throws IOException {
    Path file = dir.resolve("patches.geojson");
    Files.writeString(file, "old");
    FeatureWriter writer = Layers.create(file, new WriteOptions(Crs.CGCS2000, "p", FIELDS));
    writer.write(new Feature(0, wkt("POINT (124 40)"), props("TBBH", "A")));
    assertEquals("old", Files.readString(file), "the target is untouched until close");
    assertEquals(2, files().size(), "a temporary file beside the target");
    writer.commit();
    assertEquals(List.of(file), files());
    assertEquals(1, readAll(file, ReadOptions.DEFAULTS).size());
    writer.commit();
    assertThrows(IllegalStateException.class, () -> writer.write(new Feature(1, null, Map.of())));
  }

  @Test
  void abortLeavesNoFileAndKeepsAnOldOne() throws IOException {
    FeatureWriter fresh =
        Layers.create(dir.resolve("a.geojson"), new WriteOptions(Crs.CGCS2000, "p", FIELDS));
    fresh.write(new Feature(0, wkt("POINT (124 40)"), props("TBBH", "A")));
    fresh.abort();
    assertEquals(List.of(), files());
    fresh.commit();
    assertEquals(List.of(), files(), "close after abort commits nothing");

    Path old = Files.writeString(dir.resolve("b.geojson"), "old", StandardCharsets.UTF_8);
    FeatureWriter writer = Layers.create(old, new WriteOptions(Crs.CGCS2000, "p", FIELDS));
    writer.abort();
    assertEquals(List.of(old), files());
    assertEquals("old", Files.readString(old));
  }

  @Test
  void aFeatureThatCannotBeWrittenAbortsTheWriter() throws IOException {
    FeatureWriter writer =
        Layers.create(dir.resolve("bad.geojson"), new WriteOptions(Crs.CGCS2000, "p", FIELDS));
    writer.write(new Feature(0, wkt("POINT (124 40)"), props("TBDL", 10L)));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> writer.write(new Feature(7, null, props("TBDL", "ten"))));
    assertEquals("feature 7, field TBDL: expected INTEGER, found String 'ten'", e.getMessage());
    assertEquals(List.of(), files());
    assertThrows(IllegalStateException.class, () -> writer.write(new Feature(8, null, Map.of())));

    FeatureWriter nan =
        Layers.create(dir.resolve("nan.geojson"), new WriteOptions(Crs.CGCS2000, "p", List.of()));
    Geometry point = new GeometryFactory().createPoint(new CoordinateXY(Double.NaN, 40));
    e =
        assertThrows(
            IllegalArgumentException.class, () -> nan.write(new Feature(3, point, Map.of())));
    assertTrue(e.getMessage().startsWith("feature 3, coordinate x: NaN"), e.getMessage());
    assertEquals(List.of(), files());
  }

  @Test
  void writesOneFeaturePerLine() throws IOException {
    Path file = dir.resolve("lines.geojson");
    writeAll(
        file,
        new WriteOptions(Crs.CGCS2000, "p", List.of(FIELDS.get(0))),
        List.of(
            new Feature(0, wkt("POINT (1 2)"), props("TBBH", "甲")),
            new Feature(1, wkt("POINT (3 4)"), props("TBBH", "乙"))));
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(4, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(1).startsWith("{\"type\":\"Feature\",\"properties\":{\"TBBH\":\"甲\"}"));
  }
}
