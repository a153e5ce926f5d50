package org.mineeco.server;

import java.util.Locale;

/**
 * Reads an {@code Accept-Encoding} header (RFC 9110 §12.5.3): codings with optional {@code q}
 * weights, {@code identity} and {@code *}. Malformed members are ignored, never an error.
 */
final class AcceptEncoding {
  private AcceptEncoding() {}

  /**
   * Whether to send gzip: the header gives gzip (named, or through {@code *}) a weight above 0 and
   * at least the weight it gives {@code identity} when it names it.
   */
  static boolean prefersGzip(String header) {
    if (header == null) {
      return false;
    }
    double gzip = -1;
    double any = -1;
    double identity = -1;
    for (String member : header.split(",", -1)) {
      String[] parts = member.split(";", -1);
      String coding = parts[0].strip().toLowerCase(Locale.ROOT);
      double q = weight(parts);
      if (coding.isEmpty() || Double.isNaN(q)) {
        continue;
      }
      switch (coding) {
        case "gzip", "x-gzip" -> gzip = Math.max(gzip, q);
        case "*" -> any = q;
        case "identity" -> identity = q;
        default -> {}
      }
    }
    double g = gzip >= 0 ? gzip : any;
    double id = identity >= 0 ? identity : 0;
    return g > 0 && g >= id;
  }

  /** The {@code q} parameter of a member (1 when absent), or NaN when it is malformed. */
  private static double weight(String[] parts) {
    double q = 1;
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip();
      int eq = p.indexOf('=');
      if (eq < 0 || !p.substring(0, eq).strip().equalsIgnoreCase("q")) {
        if (p.isEmpty() || eq < 0) {
          return Double.NaN;
        }
        continue;
      }
      String value = p.substring(eq + 1).strip();
      if (!value.matches("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?")) {
        return Double.NaN;
      }
      q = Double.parseDouble(value);
    }
    return q;
  }
}
