package org.mineeco.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;
import org.mineeco.io.FieldType;
import org.mineeco.io.WriteOptions;

/** Writes tables into a real PostGIS (see {@link TestDatabase}) in one transaction. */
class PostgisOutputDatabaseTest {
  private static final List<Field> FIELDS =
      List.of(
          new Field("TBBH", FieldType.STRING),
          new Field("n", FieldType.INTEGER),
          new Field("x", FieldType.REAL),
          new Field("ok", FieldType.BOOLEAN));

  private static void write(PostgisOutput output, String table, String id, int rows, Crs crs) {
    FeatureWriter writer = output.create(new WriteOptions(crs, table, FIELDS));
    GeometryFactory f = new GeometryFactory();
    for (int i = 0; i < rows; i++) {
      writer.write(
          new Feature(
              i,
              f.createPoint(
                  new Coordinate(
                      crs.isGeographic() ? 111 : 500000, crs.isGeographic() ? 30 : 3300000)),
              Map.of("TBBH", id + i, "n", (long) i, "x", i / 4.0, "ok", i % 2 == 0)));
    }
    writer.commit();
  }

  private static Object count(PostgisUrl schema, String table) {
    return TestDatabase.value(
        schema, "SELECT count(*) FROM " + schema.withTable(table).quotedTable());
  }

  @Test
  void tablesAppearTogetherOnCommitAndAFailedRunLeavesThePreviousOnes() {
    PostgisUrl schema = TestDatabase.freshSchema("output");
    try (PostgisOutput output = PostgisOutput.open(schema)) {
      write(output, "patches", "v1-", 2500, Crs.CGCS2000);
      write(output, "summary", "v1-", 3, Crs.CGCS2000);
      output.commit();
    }
    assertEquals(2500L, count(schema, "patches"));
    assertEquals(
        "v1-2499",
        TestDatabase.value(
            schema,
            "SELECT max(\"TBBH\") FROM "
                + schema.withTable("patches").quotedTable()
                + " WHERE n = 2499"));
    // A second run that fails after replacing one table and half of another: nothing changes.
    try (PostgisOutput output = PostgisOutput.open(schema)) {
      write(output, "patches", "v2-", 10, Crs.CGCS2000);
      FeatureWriter summary = output.create(new WriteOptions(Crs.CGCS2000, "summary", FIELDS));
      summary.write(new Feature(0, null, Map.of("TBBH", "v2")));
      summary.abort();
      assertThrows(IllegalStateException.class, output::commit);
    }
    assertEquals(2500L, count(schema, "patches"));
    assertEquals(3L, count(schema, "summary"));
    // A projected CRS is written as CGCS2000 lon/lat.
    try (PostgisOutput output = PostgisOutput.open(schema)) {
      write(output, "projected", "p", 1, Crs.epsg(4545));
      output.commit();
    }
    String table = schema.withTable("projected").quotedTable();
    assertEquals(4490, TestDatabase.value(schema, "SELECT ST_SRID(geom) FROM " + table));
    assertEquals(
        108.0,
        ((Number) TestDatabase.value(schema, "SELECT round(ST_X(geom)::numeric, 6) FROM " + table))
            .doubleValue());
  }
}
