package org.mineeco.io;

import java.nio.file.Path;

/** TODO(helper): implement. */
final class CsvWriter {
  private CsvWriter() {}

  static FeatureWriter create(Path path, WriteOptions options) {
    throw new UnsupportedOperationException("CsvWriter not implemented yet");
  }
}
