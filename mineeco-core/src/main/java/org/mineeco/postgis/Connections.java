package org.mineeco.postgis;

import java.net.SocketTimeoutException;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.mineeco.io.IoErrors;

/**
 * Opens JDBC connections the way PostgreSQL's own tools do: the user from the URL, else {@code
 * PGUSER}, else the system user; the password from {@code PGPASSWORD}, else {@code ~/.pgpass} (or
 * {@code PGPASSFILE}, read by the driver), waiting no longer than the URL's {@link
 * PostgisTimeouts}. Error messages are one line and never hold the password. Thread-safe.
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
    PostgisTimeouts timeouts = url.timeouts();
    properties.setProperty("connectTimeout", Integer.toString(timeouts.connect()));
    properties.setProperty("loginTimeout", Integer.toString(timeouts.connect()));
    properties.setProperty("socketTimeout", Integer.toString(timeouts.socket()));
    properties.setProperty("options", "-c statement_timeout=" + timeouts.statement() + "s");
    properties.setProperty("reWriteBatchedInserts", "true");
    try {
      return DriverManager.getConnection(url.jdbcUrl(), properties);
    } catch (SQLException e) {
      throw new PostgisException(url, "cannot connect: " + message(e, password), null);
    }
  }

  /**
   * The one line a user reads of a database failure: the server's message (for a failed batch, the
   * first failing statement's, never the batch's SQL with its values), its first line, cut to a few
   * hundred characters; a timeout says which; the password of {@code PGPASSWORD}, where the text
   * holds it as a word of its own, replaced by {@code ***}.
   */
  static String message(SQLException failure) {
    return message(failure, System.getenv("PGPASSWORD"));
  }

  static String message(SQLException failure, String password) {
    SQLException e = failure;
    if (e instanceof BatchUpdateException && e.getNextException() != null) {
      e = e.getNextException();
    }
    String text = e.getMessage() == null ? "failed (" + e.getSQLState() + ")" : e.getMessage();
    if (isTimeout(e)) {
      text = "no answer within the timeout (" + IoErrors.oneLine(text) + ")";
    }
    return redact(IoErrors.oneLine(text), password);
  }

  /** Whether {@code e} is a connection that timed out or a statement the server cancelled. */
  static boolean isTimeout(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SocketTimeoutException) {
        return true;
      }
    }
    return "57014".equals(e.getSQLState());
  }

  /**
   * {@code text} with each occurrence of {@code password} that stands as a word of its own (not
   * inside a longer run of letters and digits) replaced by {@code ***}; nothing else changes.
   */
  static String redact(String text, String password) {
    if (password == null || password.isEmpty() || text == null) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    for (int at = text.indexOf(password); at >= 0; at = text.indexOf(password, at + 1)) {
      int end = at + password.length();
      boolean alone =
          (at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at)))
              && (end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end)));
      if (alone && at >= from) {
        out.append(text, from, at).append("***");
        from = end;
      }
    }
    return out.append(text, from, text.length()).toString();
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
