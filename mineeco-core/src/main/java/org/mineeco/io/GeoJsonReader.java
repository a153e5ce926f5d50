package org.mineeco.io;

import java.nio.file.Path;

/** TODO(helper): implement. */
final class GeoJsonReader {
  private GeoJsonReader() {}

  static FeatureReader open(Path path, ReadOptions options) {
    throw new UnsupportedOperationException("GeoJsonReader not implemented yet");
  }
}
