package org.mineeco.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes the GeoJSON reader: any bytes either read as features or fail with a {@link
 * BadInputException}; anything else thrown is a finding. The saved inputs under {@code
 * GeoJsonReaderFuzzTestInputs} run as regression tests in every build.
 */
class GeoJsonReaderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void readsOrRefuses(byte[] data) throws IOException {
    Path file = Files.createTempFile("fuzz", ".geojson");
    try {
      Files.write(file, data);
      Fuzzing.readAll(file);
    } finally {
      Files.delete(file);
    }
  }
}
