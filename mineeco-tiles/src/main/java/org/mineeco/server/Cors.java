package org.mineeco.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cross-origin answers (Fetch standard, CORS protocol): every response allows any origin, and a
 * preflight {@code OPTIONS} of a GET endpoint is answered 204 with the methods and headers a map
 * page elsewhere may use. The server is read-only and sends no credentials, so {@code *} is safe.
 */
final class Cors {
  /** The methods every endpoint answers. */
  static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";

  static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

  /** Headers a client may send without asking beyond the safelisted ones. */
  private static final String DEFAULT_HEADERS = "Accept-Encoding, If-None-Match, Range";

  /** A comma-separated list of header names (RFC 9110 tokens), as a preflight asks for. */
  private static final Pattern HEADER_LIST =
      Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+(\\s*,\\s*[A-Za-z0-9!#$%&'*+.^_`|~-]+)*");

  private Cors() {}

  /**
   * The headers of a 204 preflight answer: the requested headers are allowed when they are a
   * well-formed list (the server reads none of them but the ones it knows), else the defaults.
   */
  static Map<String, String> preflight(String requestedHeaders) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(ALLOW_ORIGIN, "*");
    headers.put("Access-Control-Allow-Methods", ALLOWED_METHODS);
    headers.put(
        "Access-Control-Allow-Headers",
        requestedHeaders != null && HEADER_LIST.matcher(requestedHeaders.strip()).matches()
            ? requestedHeaders.strip()
            : DEFAULT_HEADERS);
    headers.put("Access-Control-Max-Age", "86400");
    return headers;
  }
}
