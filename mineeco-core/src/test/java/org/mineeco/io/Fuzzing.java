package org.mineeco.io;

import java.nio.file.Path;
import org.locationtech.jts.geom.Geometry;

/** What every reader fuzz target checks: a file reads to the end or fails as bad input. */
final class Fuzzing {
  private Fuzzing() {}

  /** Reads every feature of {@code file}, touching each geometry; bad input is an answer. */
  static void readAll(Path file) {
    try (FeatureReader reader = Layers.open(file, ReadOptions.DEFAULTS)) {
      reader.fieldNames();
      while (reader.hasNext()) {
        Feature feature = reader.next();
        Geometry g = feature.geometry();
        if (g != null) {
          g.getEnvelopeInternal();
        }
      }
    } catch (BadInputException expected) {
      if (expected.getMessage() == null || expected.getMessage().isBlank()) {
        throw new AssertionError("bad input without a message", expected);
      }
    }
  }
}
