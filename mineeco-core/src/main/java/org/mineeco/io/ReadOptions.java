package org.mineeco.io;

import java.nio.charset.Charset;
import org.mineeco.crs.Crs;

/**
 * How to read a layer.
 *
 * @param crs the CRS to assume when the file names none, or {@code null} to make that an error;
 *     GeoJSON without a {@code crs} member is lon/lat by RFC 7946 and needs none
 * @param layer the table of a GeoPackage to read, or {@code null} for its only feature table
 * @param charset the charset of Shapefile attributes, or {@code null} to use the {@code .cpg} file
 *     and fall back to GBK
 */
public record ReadOptions(Crs crs, String layer, Charset charset) {
  /** Defaults: CRS from the file, the only table, charset from {@code .cpg} or GBK. */
  public static final ReadOptions DEFAULTS = new ReadOptions(null, null, null);

  /** Defaults, but assume {@code crs} where the file names none. */
  public static ReadOptions withCrs(Crs crs) {
    return new ReadOptions(crs, null, null);
  }
}
