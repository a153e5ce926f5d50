package org.mineeco.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mineeco.crs.Crs;
import org.mineeco.io.BadInputException;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;
import org.mineeco.io.ReadOptions;

/** Reads tables of a real PostGIS (see {@link TestDatabase}). */
class PostgisReaderDatabaseTest {
  private static PostgisUrl schema;

  @BeforeAll
  static void tables() {
    schema = TestDatabase.freshSchema("reader");
    String s = PostgisUrl.quote(schema.schema());
    TestDatabase.execute(
        schema,
        "CREATE TABLE "
            + s
            + ".patches (fid serial PRIMARY KEY, \"TBBH\" text, n integer, big bigint,"
            + " dec numeric(10,2), whole numeric(12,0), x double precision, ok boolean, seen date,"
            + " geom geometry(Polygon, 4490))",
        // Inserted out of key order: the reader returns them in key order.
        "INSERT INTO "
            + s
            + ".patches (fid, \"TBBH\", n, big, dec, whole, x, ok, seen, geom) VALUES"
            + " (2, 'B', 2, 20, 2.50, 7, 0.25, false, '2024-05-01',"
            + " ST_GeomFromText('POLYGON((111 30, 111.01 30, 111.01 30.01, 111 30))', 4490)),"
            + " (1, 'A', 1, 10, 1.25, 8, 0.5, true, NULL,"
            + " ST_GeomFromText('POLYGON((112 31, 112.01 31, 112.01 31.01, 112 31))', 4490)),"
            + " (3, 'C', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)",
        "CREATE TABLE " + s + ".nosrid (id text, geom geometry)",
        "INSERT INTO " + s + ".nosrid VALUES ('a', ST_GeomFromText('POINT(500000 3300000)'))",
        "CREATE TABLE " + s + ".two (id text, a geometry(Point, 4490), b geometry(Point, 4326))",
        "INSERT INTO "
            + s
            + ".two VALUES ('x', ST_SetSRID(ST_MakePoint(111, 30), 4490),"
            + " ST_SetSRID(ST_MakePoint(112, 31), 4326))");
  }

  private static List<Feature> readAll(PostgisUrl url, ReadOptions options) {
    List<Feature> features = new ArrayList<>();
    try (FeatureReader reader = Postgis.open(url, options)) {
      reader.forEachRemaining(features::add);
    }
    return features;
  }

  @Test
  void streamsRowsInKeyOrderWithTypedValuesAndTheTablesCrs() {
    PostgisUrl url = schema.withTable("patches");
    try (FeatureReader reader = Postgis.open(url, ReadOptions.DEFAULTS)) {
      assertEquals(Crs.CGCS2000, reader.crs());
      assertEquals(
          List.of("TBBH", "n", "big", "dec", "whole", "x", "ok", "seen"), reader.fieldNames());
      assertEquals(url.toString(), reader.path().toString().replace(":/", "://"));
    }
    List<Feature> features = readAll(url, ReadOptions.DEFAULTS);
    assertEquals(List.of("A", "B", "C"), features.stream().map(f -> f.getString("TBBH")).toList());
    Feature b = features.get(1);
    assertEquals(1, b.index());
    assertEquals(2L, b.get("n"));
    assertEquals(20L, b.get("big"));
    assertEquals(2.5, b.get("dec"));
    assertEquals(7.0, b.get("whole"));
    assertEquals(0.25, b.get("x"));
    assertEquals(false, b.get("ok"));
    assertEquals("2024-05-01", b.get("seen"));
    assertEquals(111.0, b.geometry().getCoordinates()[0].x);
    assertEquals(0.5e-4, features.get(0).geometry().getArea(), 1e-12);
    Feature c = features.get(2);
    assertNull(c.geometry());
    assertNull(c.get("n"));
    assertTrue(c.properties().containsKey("n"));
  }

  @Test
  void aTableNameCarryingSqlIsAnErrorNotAnInjection() {
    PostgisUrl url =
        schema.withTable(
            "patches\"; DROP TABLE " + PostgisUrl.quote(schema.schema()) + ".patches; --");
    BadInputException e =
        assertThrows(BadInputException.class, () -> Postgis.open(url, ReadOptions.DEFAULTS));
    assertTrue(e.getMessage().contains("no table"), e.getMessage());
    assertEquals(
        3L,
        TestDatabase.value(
            schema, "SELECT count(*) FROM " + PostgisUrl.quote(schema.schema()) + ".patches"));
  }

  @Test
  void anUnknownSridNeedsACrsFromTheOptions() {
    PostgisUrl url = schema.withTable("nosrid");
    BadInputException e =
        assertThrows(BadInputException.class, () -> Postgis.open(url, ReadOptions.DEFAULTS));
    assertTrue(e.getMessage().contains("SRID 0"), e.getMessage());
    try (FeatureReader reader = Postgis.open(url, ReadOptions.withCrs(Crs.epsg(4545)))) {
      assertEquals(Crs.epsg(4545), reader.crs());
      assertEquals(500000.0, reader.next().geometry().getCoordinate().x);
    }
  }

  @Test
  void severalGeometryColumnsNeedOneNamed() {
    BadInputException e =
        assertThrows(
            BadInputException.class,
            () -> Postgis.open(schema.withTable("two"), ReadOptions.DEFAULTS));
    assertTrue(e.getMessage().contains("[a, b]"), e.getMessage());
    PostgisUrl b =
        new PostgisUrl(
            schema.user(),
            schema.host(),
            schema.port(),
            schema.database(),
            schema.schema(),
            "two",
            "b");
    try (FeatureReader reader = Postgis.open(b, ReadOptions.DEFAULTS)) {
      assertEquals(Crs.WGS84, reader.crs());
      assertEquals(List.of("id"), reader.fieldNames());
      Feature f = reader.next();
      assertEquals(112.0, f.geometry().getCoordinate().x);
      assertFalse(reader.hasNext());
    }
  }
}
