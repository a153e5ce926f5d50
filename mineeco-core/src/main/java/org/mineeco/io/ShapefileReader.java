package org.mineeco.io;

import java.nio.file.Path;

/** TODO(helper): implement. */
final class ShapefileReader {
  private ShapefileReader() {}

  static FeatureReader open(Path path, ReadOptions options) {
    throw new UnsupportedOperationException("ShapefileReader not implemented yet");
  }
}
