package org.mineeco.io;

import java.nio.file.Path;

/** TODO(helper): implement. */
final class GeoPackageWriter {
  private GeoPackageWriter() {}

  static FeatureWriter create(Path path, WriteOptions options) {
    throw new UnsupportedOperationException("GeoPackageWriter not implemented yet");
  }
}
