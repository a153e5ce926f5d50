package org.mineeco.io;

import java.nio.file.Path;

/** TODO(helper): implement. */
final class GeoJsonWriter {
  private GeoJsonWriter() {}

  static FeatureWriter create(Path path, WriteOptions options) {
    throw new UnsupportedOperationException("GeoJsonWriter not implemented yet");
  }
}
