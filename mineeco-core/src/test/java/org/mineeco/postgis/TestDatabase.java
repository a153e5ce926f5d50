package org.mineeco.postgis;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;
import org.mineeco.io.FieldType;
import org.mineeco.io.Layers;
import org.mineeco.io.WriteOptions;

/**
 * The PostGIS database of the integration tests (the {@code *DatabaseTest} classes): the URL in the
 * environment variable {@code MINEECO_POSTGIS_URL} or the system property {@code
 * mineeco.postgis.url} ({@code scripts/test} starts a private cluster and sets it). Without one the
 * tests fail when {@code MINEECO_REQUIRE_POSTGIS=1} (as in CI) and are otherwise skipped with a
 * warning on standard error, never silently.
 */
public final class TestDatabase {
  private TestDatabase() {}

  /** The database's URL (schema {@code public}); fails or skips the test when there is none. */
  public static PostgisUrl url() {
    String text = System.getProperty("mineeco.postgis.url", System.getenv("MINEECO_POSTGIS_URL"));
    if (text == null || text.isBlank()) {
      String message =
          "NO POSTGIS DATABASE: set MINEECO_POSTGIS_URL (scripts/test starts one); the PostGIS"
              + " integration tests did not run";
      if ("1".equals(System.getenv("MINEECO_REQUIRE_POSTGIS"))) {
        Assertions.fail(message + " and MINEECO_REQUIRE_POSTGIS=1 requires them");
      }
      System.err.println("WARNING: " + message);
      Assumptions.abort(message);
    }
    return PostgisUrl.parse(text);
  }

  /** A new empty schema named after {@code purpose}, for one test's tables. */
  public static PostgisUrl freshSchema(String purpose) {
    PostgisUrl base = url();
    String name =
        ("t_" + purpose + "_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 8))
            .toLowerCase(Locale.ROOT);
    PostgisUrl schema =
        new PostgisUrl(base.user(), base.host(), base.port(), base.database(), name, null, null);
    execute(schema, "CREATE SCHEMA " + PostgisUrl.quote(name));
    return schema;
  }

  /** Runs SQL statements on the database, committed. */
  public static void execute(PostgisUrl url, String... sql) {
    try (Connection c = Connections.open(url);
        Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes the table {@code table} of {@code schema} (its columns but the key and the geometry, its
   * rows in key order) as a CSV file with mineeco's CSV writer, to be compared with a CSV output.
   */
  public static Path tableAsCsv(PostgisUrl schema, String table, Path csv) {
    try (Connection c = Connections.open(schema)) {
      List<Field> fields = new ArrayList<>();
      try (PreparedStatement columns =
          c.prepareStatement(
              "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = ?"
                  + " AND table_name = ? AND column_name NOT IN ('fid', 'geom')"
                  + " ORDER BY ordinal_position")) {
        columns.setString(1, schema.schema());
        columns.setString(2, table);
        try (ResultSet r = columns.executeQuery()) {
          while (r.next()) {
            FieldType type =
                switch (r.getString(2)) {
                  case "bigint" -> FieldType.INTEGER;
                  case "double precision" -> FieldType.REAL;
                  case "boolean" -> FieldType.BOOLEAN;
                  default -> FieldType.STRING;
                };
            fields.add(new Field(r.getString(1), type));
          }
        }
      }
      StringBuilder sql = new StringBuilder("SELECT ");
      for (int i = 0; i < fields.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append(PostgisUrl.quote(fields.get(i).name()));
      }
      sql.append(" FROM ").append(schema.withTable(table).quotedTable()).append(" ORDER BY fid");
      try (FeatureWriter writer =
              Layers.create(csv, new WriteOptions(Crs.CGCS2000, table, fields).withoutGeometry());
          Statement s = c.createStatement();
          ResultSet r = s.executeQuery(sql.toString())) {
        long index = 0;
        while (r.next()) {
          Map<String, Object> values = new LinkedHashMap<>();
          for (int i = 0; i < fields.size(); i++) {
            values.put(fields.get(i).name(), r.getObject(i + 1));
          }
          writer.write(new Feature(index++, null, values));
        }
        writer.commit();
      }
      return csv;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The single value of a query. */
  public static Object value(PostgisUrl url, String sql) {
    try (Connection c = Connections.open(url);
        Statement s = c.createStatement();
        var r = s.executeQuery(sql)) {
      if (!r.next()) {
        throw new IllegalStateException("no row: " + sql);
      }
      return r.getObject(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
