package org.mineeco.server;

/**
 * Reads an {@code If-None-Match} header (RFC 9110 §13.1.2): {@code *} or a comma-separated list of
 * entity tags, strong ({@code "x"}) or weak ({@code W/"x"}), compared weakly as the RFC asks.
 * Malformed members match nothing.
 */
final class EntityTags {
  private EntityTags() {}

  /** Whether {@code header} names {@code etag} (a quoted tag, with or without {@code W/}). */
  static boolean noneMatchHits(String header, String etag) {
    if (header == null || etag == null) {
      return false;
    }
    String wanted = opaque(etag);
    int i = 0;
    int n = header.length();
    while (i < n) {
      char c = header.charAt(i);
      if (c == ' ' || c == '\t' || c == ',') {
        i++;
      } else if (c == '*') {
        return true;
      } else {
        if (header.startsWith("W/", i)) {
          i += 2;
        }
        if (i >= n || header.charAt(i) != '"') {
          return false;
        }
        int end = header.indexOf('"', i + 1);
        if (end < 0) {
          return false;
        }
        if (header.substring(i, end + 1).equals(wanted)) {
          return true;
        }
        i = end + 1;
      }
    }
    return false;
  }

  private static String opaque(String etag) {
    return etag.startsWith("W/") ? etag.substring(2) : etag;
  }
}
