package org.mineeco.postgis;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A PostGIS location written as {@code postgresql://[user@]host[:port]/database[?key=value&...]}:
 * with {@code table=[schema.]table} (and optionally {@code geometry=column}) it names a layer, with
 * {@code schema=name} a place to write tables. Components may be percent-encoded. A password is
 * never part of the URL: it comes from {@code PGPASSWORD} or {@code ~/.pgpass} ({@code PGPASSFILE})
 * as in PostgreSQL's own tools, and the user defaults to {@code PGUSER}. {@link #toString()} is the
 * URL as given, without anything secret. Immutable.
 *
 * @param user the role to log in as, or {@code null} for {@code PGUSER} or the system user
 * @param host host name or address, not blank
 * @param port TCP port, 1 to 65535 (5432 when the URL names none)
 * @param database database name, not blank
 * @param schema the schema of {@link #table} (default {@code public}) or the schema to write into
 *     (default {@code public}); never blank
 * @param table the table of a layer, or {@code null} when the URL names a place to write
 * @param geometry the geometry column of {@link #table}, or {@code null} for its only one
 * @param timeouts how long to wait on the server (URL parameters {@code connect_timeout}, {@code
 *     statement_timeout}, {@code socket_timeout}, seconds; {@link PostgisTimeouts#DEFAULTS} when
 *     {@code null})
 */
public record PostgisUrl(
    String user,
    String host,
    int port,
    String database,
    String schema,
    String table,
    String geometry,
    PostgisTimeouts timeouts) {
  /** The URL scheme, {@code postgresql://} ({@code postgres://} is accepted too). */
  public static final String SCHEME = "postgresql://";

  private static final Set<String> KEYS =
      Set.of(
          "table", "geometry", "schema", "connect_timeout", "statement_timeout", "socket_timeout");

  /** A location with the default timeouts. */
  public PostgisUrl(
      String user,
      String host,
      int port,
      String database,
      String schema,
      String table,
      String geometry) {
    this(user, host, port, database, schema, table, geometry, PostgisTimeouts.DEFAULTS);
  }

  public PostgisUrl {
    timeouts = timeouts == null ? PostgisTimeouts.DEFAULTS : timeouts;
    if (user != null) {
      identifier(user, "user");
    }
    if (host == null || host.isBlank() || host.chars().anyMatch(c -> c <= ' ' || c == '/')) {
      throw new IllegalArgumentException("expected a host name, was '" + host + "'");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("expected a port from 1 to 65535, was " + port);
    }
    identifier(database, "database");
    identifier(schema, "schema");
    if (table != null) {
      identifier(table, "table");
    }
    if (geometry != null) {
      identifier(geometry, "geometry column");
      if (table == null) {
        throw new IllegalArgumentException("a geometry column needs a table, none was given");
      }
    }
  }

  /** True when {@code text} starts with {@code postgresql://} or {@code postgres://}. */
  public static boolean isUrl(String text) {
    if (text == null) {
      return false;
    }
    String lower = text.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith(SCHEME) || lower.startsWith("postgres://");
  }

  /**
   * Parses a URL.
   *
   * @throws IllegalArgumentException saying what was expected; the message never repeats a password
   *     written into the URL
   */
  public static PostgisUrl parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("expected a URL starting with postgresql://, was none");
    }
    String s = text.strip();
    int start;
    if (s.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
      start = SCHEME.length();
    } else if (s.toLowerCase(Locale.ROOT).startsWith("postgres://")) {
      start = "postgres://".length();
    } else {
      throw new IllegalArgumentException("expected a URL starting with postgresql://");
    }
    int query = s.indexOf('?', start);
    String location = query < 0 ? s.substring(start) : s.substring(start, query);
    int slash = location.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException(
          "expected postgresql://[user@]host[:port]/database, the database is missing");
    }
    String authority = location.substring(0, slash);
    String database = decode(location.substring(slash + 1), "database");
    String user = null;
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      String userInfo = authority.substring(0, at);
      if (userInfo.indexOf(':') >= 0) {
        throw new IllegalArgumentException(
            "a password must not be written in the URL: give it in PGPASSWORD or ~/.pgpass");
      }
      user = decode(userInfo, "user");
      authority = authority.substring(at + 1);
    }
    String host = authority;
    int port = 5432;
    int colon = authority.lastIndexOf(':');
    if (colon >= 0 && !authority.endsWith("]")) {
      host = authority.substring(0, colon);
      String digits = authority.substring(colon + 1);
      if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)) {
        throw new IllegalArgumentException("expected a port number, was '" + digits + "'");
      }
      port = Integer.parseInt(digits);
    }
    Map<String, String> parameters = query < 0 ? Map.of() : parameters(s.substring(query + 1));
    String schema = parameters.get("schema");
    String table = parameters.get("table");
    if (table != null) {
      int dot = table.indexOf('.');
      if (dot >= 0) {
        if (schema != null) {
          throw new IllegalArgumentException(
              "give the schema once: in table=schema.table or in schema=, not both");
        }
        schema = table.substring(0, dot);
        table = table.substring(dot + 1);
      }
    }
    return new PostgisUrl(
        user,
        host,
        port,
        database,
        schema == null ? "public" : schema,
        table,
        parameters.get("geometry"),
        PostgisTimeouts.of(
            seconds(parameters, "connect_timeout"),
            seconds(parameters, "statement_timeout"),
            seconds(parameters, "socket_timeout")));
  }

  private static Integer seconds(Map<String, String> parameters, String key) {
    String value = parameters.get(key);
    return value == null ? null : PostgisTimeouts.seconds(key, value);
  }

  /** This location with another table in the same database and schema. */
  public PostgisUrl withTable(String name) {
    return new PostgisUrl(user, host, port, database, schema, name, null, timeouts);
  }

  /** The JDBC URL of the database, without user or password. */
  String jdbcUrl() {
    String h = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    return "jdbc:postgresql://"
        + h
        + ":"
        + port
        + "/"
        + URLEncoder.encode(database, StandardCharsets.UTF_8)
        + "?ApplicationName=mineeco";
  }

  /** The table as a quoted SQL name {@code "schema"."table"}. */
  public String quotedTable() {
    if (table == null) {
      throw new IllegalStateException(this + " names no table");
    }
    return quote(schema) + "." + quote(table);
  }

  /** {@code name} as a quoted SQL identifier: whatever it holds, it names one object. */
  static String quote(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(SCHEME);
    if (user != null) {
      b.append(user).append('@');
    }
    b.append(host).append(':').append(port).append('/').append(database);
    if (table != null) {
      b.append("?table=").append(schema).append('.').append(table);
      if (geometry != null) {
        b.append("&geometry=").append(geometry);
      }
    } else {
      b.append("?schema=").append(schema);
    }
    PostgisTimeouts defaults = PostgisTimeouts.of(null, timeouts.statement(), null);
    if (timeouts.connect() != defaults.connect()) {
      b.append("&connect_timeout=").append(timeouts.connect());
    }
    if (timeouts.statement() != PostgisTimeouts.DEFAULT_STATEMENT) {
      b.append("&statement_timeout=").append(timeouts.statement());
    }
    if (timeouts.socket() != defaults.socket()) {
      b.append("&socket_timeout=").append(timeouts.socket());
    }
    return b.toString();
  }

  private static Map<String, String> parameters(String query) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : query.split("&", -1)) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException(
            "unknown URL parameter '"
                + prefix(key)
                + "': expected table, geometry, schema, connect_timeout, statement_timeout or"
                + " socket_timeout (passwords go in PGPASSWORD or ~/.pgpass)");
      }
      if (eq < 0) {
        throw new IllegalArgumentException("URL parameter " + key + " has no value");
      }
      if (values.put(key, decode(pair.substring(eq + 1), key)) != null) {
        throw new IllegalArgumentException("URL parameter " + key + " is given twice");
      }
    }
    return values;
  }

  private static String decode(String text, String what) {
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the " + what + " in the URL is not valid percent-encoding: '" + prefix(text) + "'");
    }
  }

  private static void identifier(String name, String what) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("expected a " + what + " name, was '" + name + "'");
    }
    if (name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("the " + what + " name must not hold a NUL character");
    }
    if (name.getBytes(StandardCharsets.UTF_8).length > 63) {
      throw new IllegalArgumentException(
          "PostgreSQL names are at most 63 bytes, the " + what + " name '" + name + "' is longer");
    }
  }

  private static String prefix(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}
