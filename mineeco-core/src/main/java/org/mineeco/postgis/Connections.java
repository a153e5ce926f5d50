package org.mineeco.postgis;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * Opens JDBC connections the way PostgreSQL's own tools do: the user from the URL, else {@code
 * PGUSER}, else the system user; the password from {@code PGPASSWORD}, else {@code ~/.pgpass} (or
 * {@code PGPASSFILE}, read by the driver). Error messages never hold the password. Thread-safe.
 */
final class Connections {
  private Connections() {}

  /** A connection with the process environment. */
  static Connection open(PostgisUrl url) {
    return open(url, System.getenv());
  }

  /**
   * A connection with {@code env} as the environment.
   *
   * @throws PostgisException naming the URL when the server cannot be reached or refuses the login
   */
  static Connection open(PostgisUrl url, Map<String, String> env) {
    Properties properties = new Properties();
    String user = url.user() != null ? url.user() : env.get("PGUSER");
    properties.setProperty("user", user != null ? user : System.getProperty("user.name"));
    String password = env.get("PGPASSWORD");
    if (password != null) {
      properties.setProperty("password", password);
    }
    properties.setProperty("connectTimeout", "30");
    properties.setProperty("reWriteBatchedInserts", "true");
    try {
      return DriverManager.getConnection(url.jdbcUrl(), properties);
    } catch (SQLException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      if (password != null && !password.isEmpty()) {
        message = message.replace(password, "***");
      }
      throw new PostgisException(url, "cannot connect: " + message, null);
    }
  }

  /**
   * Rolls back what {@code connection} has not committed and closes it, ignoring failures: on the
   * way out of a failure or of a reader, nothing more can be done about them.
   */
  static void rollbackAndClose(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      // Closing the connection rolls back too.
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // Nothing left to release.
    }
  }
}
