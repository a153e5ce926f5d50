package org.mineeco.tile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * One tile ready to send: its MVT bytes, the same gzip-compressed, and a strong ETag (a SHA-256
 * prefix of the uncompressed bytes, quoted).
 *
 * @param raw uncompressed MVT; empty when the tile holds no feature
 * @param gzip {@code raw} gzip-compressed; empty when {@code raw} is
 * @param etag quoted strong entity tag of {@code raw}
 */
public record EncodedTile(byte[] raw, byte[] gzip, String etag) {
  /** Wraps MVT bytes, compressing them and computing their ETag. */
  public static EncodedTile of(byte[] raw) {
    return new EncodedTile(raw, raw.length == 0 ? raw : gzip(raw), etag(raw));
  }

  /** Whether the tile holds no feature. */
  public boolean isEmpty() {
    return raw.length == 0;
  }

  /** Bytes held, for cache weighing. */
  public int weight() {
    return raw.length + gzip.length + etag.length() + 64;
  }

  static byte[] gzip(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String etag(byte[] raw) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
      return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
