package org.mineeco.spec;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzzes the spec reader with any bytes as {@code spec.yaml} beside small layer files: it returns a
 * spec or throws a {@link SpecException} naming the file; anything else thrown is a finding.
 * Dictionary entries hold no line breaks (libFuzzer's dictionary format cannot carry them).
 */
class SpecReaderFuzzTest {
  private static final List<String> LAYERS =
      List.of("patches.geojson", "rivers.geojson", "redline.geojson", "counties.geojson");
  private static Path dir;

  private static synchronized Path folder() throws IOException {
    if (dir == null) {
      dir = Files.createTempDirectory("fuzz-spec");
      for (String name : LAYERS) {
        Files.writeString(dir.resolve(name), "{\"type\":\"FeatureCollection\",\"features\":[]}");
      }
    }
    return dir;
  }

  @DictionaryEntries({
    "crs: ",
    "EPSG:4490",
    "patches: ",
    "{path: patches.geojson, id: TBBH}",
    "zones: ",
    "- ",
    "{name: r, label: 测试分区, type: corridor, path: rivers.geojson, bands_m: [0, 10000]}",
    "type: polygons",
    "type: buffer",
    "distance_m: ",
    "where: {CLASS: [main, tributary]}",
    "regions: ",
    "{path: counties.geojson, id: XZQDM, name: NAME}",
    "priority: ",
    "must_clear: [r]",
    "&a",
    "*a",
    "!!binary",
    ".inf",
    "-1",
    "1e308",
    "~",
    "[",
    "{",
    ": "
  })
  @FuzzTest(maxDuration = "10m")
  void readsOrRefuses(byte[] yaml) throws IOException {
    Path file = folder().resolve("spec.yaml");
    Files.write(file, yaml);
    try {
      AnalysisSpec spec = AnalysisSpec.load(file);
      spec.inputs();
      spec.zones().forEach(ZoneSpec::columnNames);
    } catch (SpecException expected) {
      if (!expected.getMessage().startsWith(file.toString())) {
        throw new AssertionError("message does not name the file: " + expected.getMessage());
      }
    }
  }
}
