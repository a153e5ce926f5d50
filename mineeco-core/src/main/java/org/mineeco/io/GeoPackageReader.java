package org.mineeco.io;

import java.nio.file.Path;

/** TODO(helper): implement. */
final class GeoPackageReader {
  private GeoPackageReader() {}

  static FeatureReader open(Path path, ReadOptions options) {
    throw new UnsupportedOperationException("GeoPackageReader not implemented yet");
  }
}
