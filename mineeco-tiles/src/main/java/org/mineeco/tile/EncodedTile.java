package org.mineeco.tile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * One tile ready to send: its MVT bytes, the same gzip-compressed, and a strong ETag for each (RFC
 * 9110 §8.8.3: the two encodings are different representations, so their tags differ): a SHA-256
 * prefix of the uncompressed bytes, quoted, and the same with {@code -gzip} for the compressed
 * bytes.
 *
 * @param raw uncompressed MVT; empty when the tile holds no feature
 * @param gzip {@code raw} gzip-compressed; empty when {@code raw} is
 * @param etag quoted strong entity tag of {@code raw}
 * @param gzipEtag quoted strong entity tag of {@code gzip}
 */
public record EncodedTile(byte[] raw, byte[] gzip, String etag, String gzipEtag) {
  /** Wraps MVT bytes, compressing them and computing their ETags. */
  public static EncodedTile of(byte[] raw) {
    String hash = hash(raw);
    return new EncodedTile(
        raw, raw.length == 0 ? raw : gzip(raw), "\"" + hash + "\"", "\"" + hash + "-gzip\"");
  }

  /** Whether the tile holds no feature. */
  public boolean isEmpty() {
    return raw.length == 0;
  }

  /** Bytes held, for cache weighing. */
  public int weight() {
    return raw.length + gzip.length + etag.length() + gzipEtag.length() + 64;
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

  private static String hash(byte[] raw) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
