package org.mineeco.io;

import java.util.List;

/**
 * Streams the features of a layer that its spatial index placed where a {@link SpatialFilter}
 * accepts them (and those without a geometry, so that they are rejected as usual), in source order
 * and with their indexes in the whole layer; the others are not read, and are listed as ranges of
 * indexes. Not thread-safe.
 */
public interface PartialReader extends FeatureReader {
  /** The number of features in the whole layer. */
  long total();

  /** The features left unread: ranges {@code {first, last}} of 0-based indexes, in order. */
  List<long[]> skipped();
}
