package org.mineeco.postgis;

/** A PostGIS location that cannot be reached, read or written; the message names the location. */
public class PostgisException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure at {@code url}, with what went wrong. */
  PostgisException(PostgisUrl url, String message, Throwable cause) {
    super(url + ": " + message, cause);
  }
}
