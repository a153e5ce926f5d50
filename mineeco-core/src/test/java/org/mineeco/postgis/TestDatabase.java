package org.mineeco.postgis;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

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
