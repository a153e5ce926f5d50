package org.mineeco.postgis;

/**
 * How long mineeco waits on PostgreSQL, in seconds, so that a server that stops answering ends a
 * run in a one-line error instead of hanging it: set by the URL parameters {@code connect_timeout},
 * {@code statement_timeout} and {@code socket_timeout}.
 *
 * @param connect connecting and logging in, 1 or more (default {@value #DEFAULT_CONNECT}): a port
 *     that accepts and never answers fails after this
 * @param statement the server's {@code statement_timeout} for every statement, 0 for none (default
 *     {@value #DEFAULT_STATEMENT})
 * @param socket waiting for any answer of the server, 0 for none (default: {@code statement} + 30,
 *     so that the server's own timeout speaks first; none when {@code statement} is 0)
 */
public record PostgisTimeouts(int connect, int statement, int socket) {
  /** Default seconds to connect and log in. */
  public static final int DEFAULT_CONNECT = 10;

  /** Default seconds a statement may run. */
  public static final int DEFAULT_STATEMENT = 600;

  /** The defaults: 10 s to connect, 600 s a statement, 630 s for any answer. */
  public static final PostgisTimeouts DEFAULTS = of(null, null, null);

  private static final int MAX = 7 * 24 * 3600;

  public PostgisTimeouts {
    if (connect < 1 || connect > MAX) {
      throw new IllegalArgumentException(
          "connect_timeout must be 1 to " + MAX + " seconds, was " + connect);
    }
    if (statement < 0 || statement > MAX) {
      throw new IllegalArgumentException(
          "statement_timeout must be 0 (none) to " + MAX + " seconds, was " + statement);
    }
    if (socket < 0 || socket > MAX + 30) {
      throw new IllegalArgumentException(
          "socket_timeout must be 0 (none) to " + (MAX + 30) + " seconds, was " + socket);
    }
  }

  /** Timeouts with the defaults where {@code null}. */
  static PostgisTimeouts of(Integer connect, Integer statement, Integer socket) {
    int c = connect == null ? DEFAULT_CONNECT : connect;
    int st = statement == null ? DEFAULT_STATEMENT : statement;
    int so = socket != null ? socket : st == 0 ? 0 : st + 30;
    return new PostgisTimeouts(c, st, so);
  }

  /** Parses a URL parameter's value: whole seconds. */
  static int seconds(String key, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " is whole seconds, was '" + value + "'");
    }
  }
}
