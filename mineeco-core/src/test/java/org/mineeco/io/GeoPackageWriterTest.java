package org.mineeco.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mineeco.io.ShapefileReaderTest.readAll;
import static org.mineeco.io.ShapefileReaderTest.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.mineeco.crs.Crs;

/** {@link GeoPackageWriter}: what it writes reads back the same, atomically. */
class GeoPackageWriterTest {
  private static final List<Field> FIELDS =
      List.of(
          new Field("名称", FieldType.STRING),
          new Field("编号", FieldType.INTEGER),
          new Field("面积", FieldType.REAL),
          new Field("治理", FieldType.BOOLEAN));

  @TempDir Path tmp;

  @Test
  void roundTripsTheGbkShapefileInItsGaussKrugerZone() {
    List<Feature> source = readAll(resource("shapefile-gbk/patches.shp"), ReadOptions.DEFAULTS);
    Path out = tmp.resolve("patches.gpkg");
    Crs zone41 = Crs.epsg(4529);
    try (FeatureWriter writer = Layers.create(out, new WriteOptions(zone41, "图斑", FIELDS))) {
      source.forEach(writer::write);
      assertFalse(Files.exists(out), "nothing at the target before close");
      writer.commit();
    }
    List<Feature> back = readAll(out, ReadOptions.DEFAULTS);
    assertEquals(source.size(), back.size());
    assertEquals(Arrays.asList("本溪市", 1L, 1234.5, true), values(back.get(0)));
    assertEquals(Arrays.asList("抚顺市露天矿", 2L, null, false), values(back.get(1)));
    assertEquals(Arrays.asList("丹东市振安区", 3L, 0.25, null), values(back.get(2)));
    for (int i = 0; i < source.size(); i++) {
      Geometry expected = source.get(i).geometry();
      Geometry actual = back.get(i).geometry();
      assertTrue(
          expected == null ? actual == null : expected.equalsExact(actual, 0), "feature " + i);
    }
    try (FeatureReader reader = Layers.open(out, ReadOptions.DEFAULTS)) {
      assertEquals(zone41, reader.crs());
    }
    assertEquals(List.of(out), listDirectory());
  }

  @Test
  void registersAValidSrsRowWithSpatialIndexAndExtent() throws ParseException {
    Path out = tmp.resolve("cgcs.gpkg");
    Geometry square = new WKTReader().read("POLYGON ((123 41, 123 42, 124 42, 124 41, 123 41))");
    for (int code : new int[] {4490, 4527, 4545}) {
      try (FeatureWriter writer =
          Layers.create(out, new WriteOptions(Crs.epsg(code), "patches", List.of()))) {
        writer.write(new Feature(0, square, Map.of()));
        writer.commit();
      }
      GeoPackage gpkg = GeoPackageManager.open(out.toFile(), false);
      try {
        var dao = gpkg.getFeatureDao("patches");
        assertEquals(code, dao.getSrs().getOrganizationCoordsysId());
        assertEquals("EPSG", dao.getSrs().getOrganization());
        assertEquals(Crs.epsg(code), Crs.fromWkt(dao.getSrs().getDefinition()));
        assertTrue(new RTreeIndexExtension(gpkg).has(dao.getTableName()), "R-tree index");
        var contents = dao.getGeometryColumns().getContents();
        assertArrayEquals(
            new double[] {123, 41, 124, 42},
            new double[] {
              contents.getMinX(), contents.getMinY(), contents.getMaxX(), contents.getMaxY()
            });
      } finally {
        gpkg.close();
      }
    }
  }

  /**
   * The R-tree is filled as features are written: one entry per non-empty geometry whose bounds
   * hold it, and its triggers keep it current for rows added later.
   */
  @Test
  void spatialIndexHoldsEveryGeometryAndStaysCurrent() throws Exception {
    Path out = tmp.resolve("indexed.gpkg");
    WKTReader wkt = new WKTReader();
    List<Geometry> geometries =
        Arrays.asList(
            wkt.read("POLYGON ((123 41, 123 42, 124 42, 124 41, 123 41))"),
            null,
            wkt.read("POLYGON ((110.1 30.2, 110.3 30.2, 110.3 30.25, 110.1 30.2))"));
    try (FeatureWriter writer =
        Layers.create(out, new WriteOptions(Crs.CGCS2000, "patches", List.of()))) {
      for (int i = 0; i < geometries.size(); i++) {
        writer.write(new Feature(i, geometries.get(i), Map.of()));
      }
      writer.commit();
    }
    GeoPackage gpkg = GeoPackageManager.open(out.toFile(), true);
    try (var statement = gpkg.getConnection().getConnection().createStatement()) {
      var rows =
          statement.executeQuery("SELECT id, minx, maxx, miny, maxy FROM rtree_patches_geom");
      int count = 0;
      while (rows.next()) {
        count++;
        Geometry g = geometries.get(rows.getInt(1) - 1);
        var e = g.getEnvelopeInternal();
        assertTrue(rows.getDouble(2) <= e.getMinX() && rows.getDouble(3) >= e.getMaxX());
        assertTrue(rows.getDouble(4) <= e.getMinY() && rows.getDouble(5) >= e.getMaxY());
      }
      assertEquals(2, count, "one entry per non-empty geometry");
      var dao = gpkg.getFeatureDao("patches");
      var row = dao.newRow();
      row.setGeometry(
          mil.nga.geopackage.geom.GeoPackageGeometryData.createFromWkbAndBuildEnvelope(
              dao.getSrsId(), new org.locationtech.jts.io.WKBWriter(2).write(geometries.get(0))));
      dao.insert(row);
      var after = statement.executeQuery("SELECT count(*) FROM rtree_patches_geom");
      assertEquals(3, after.getInt(1), "the insert trigger indexes a new row");
    } finally {
      gpkg.close();
    }
  }

  @Test
  void abortLeavesTheTargetAsItWas() throws IOException {
    Path out = tmp.resolve("kept.gpkg");
    Files.writeString(out, "previous content");
    FeatureWriter writer = Layers.create(out, new WriteOptions(Crs.CGCS2000, "t", FIELDS));
    writer.write(new Feature(0, null, Map.of("名称", "x")));
    writer.abort();
    writer.abort();
    assertEquals("previous content", Files.readString(out));
    assertEquals(List.of(out), listDirectory());
  }

  @Test
  void valuesOfTheWrongTypeNameTheFeatureAndField() {
    Path out = tmp.resolve("bad.gpkg");
    FeatureWriter writer = Layers.create(out, new WriteOptions(Crs.CGCS2000, "t", FIELDS));
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("编号", "twelve");
    BadInputException e =
        assertThrows(BadInputException.class, () -> writer.write(new Feature(7, null, props)));
    writer.abort();
    assertEquals(7, e.featureIndex());
    assertEquals("编号", e.field());
    assertTrue(e.getMessage().contains("twelve"), e.getMessage());
    assertFalse(Files.exists(out));
  }

  @Test
  void crsWithoutEpsgCodeIsRefused() {
    WriteOptions options = new WriteOptions(Crs.transverseMercator(117), "t", FIELDS);
    assertThrows(
        IllegalArgumentException.class, () -> Layers.create(tmp.resolve("tm.gpkg"), options));
    assertEquals(List.of(), listDirectory());
  }

  @Test
  void manyRandomPolygonsRoundTrip() {
    Random random = new Random(42);
    GeometryFactory factory = new GeometryFactory();
    Path out = tmp.resolve("many.gpkg");
    Geometry[] written = new Geometry[2000];
    try (FeatureWriter writer =
        Layers.create(out, new WriteOptions(Crs.CGCS2000, "many", FIELDS.subList(1, 2)))) {
      for (int i = 0; i < written.length; i++) {
        double x = 73 + 62 * random.nextDouble();
        double y = 18 + 35 * random.nextDouble();
        double d = 0.01 * random.nextDouble() + 1e-6;
        written[i] =
            factory.createPolygon(
                new Coordinate[] {
                  new Coordinate(x, y),
                  new Coordinate(x, y + d),
                  new Coordinate(x + d, y + d),
                  new Coordinate(x, y)
                });
        writer.write(new Feature(i, written[i], Map.of("编号", (long) i)));
      }
      writer.commit();
    }
    List<Feature> back = readAll(out, ReadOptions.DEFAULTS);
    assertEquals(written.length, back.size());
    for (int i = 0; i < written.length; i++) {
      assertEquals((long) i, back.get(i).get("编号"));
      assertTrue(written[i].equalsExact(back.get(i).geometry(), 0), "feature " + i);
    }
  }

  private List<Path> listDirectory() {
    try (Stream<Path> files = Files.list(tmp)) {
      return files.toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Object> values(Feature f) {
    return FIELDS.stream().map(field -> f.get(field.name())).toList();
  }
}
