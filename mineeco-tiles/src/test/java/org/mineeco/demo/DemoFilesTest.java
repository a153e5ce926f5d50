package org.mineeco.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The written files: byte-identical for the same seed, and the committed set as documented. */
class DemoFilesTest {
  private static final Path COMMITTED = Path.of("..", "data", "demo");

  @Test
  void theSameOptionsWriteByteIdenticalFiles(@TempDir Path tmp) throws IOException {
    DemoOptions small = new DemoOptions(11, 1_000, 1_000);
    DemoResult a = DemoData.generate(small, tmp.resolve("a"));
    DemoData.generate(small, tmp.resolve("b"));
    for (String name : a.featureCounts().keySet()) {
      assertArrayEquals(
          Files.readAllBytes(tmp.resolve("a").resolve(name)),
          Files.readAllBytes(tmp.resolve("b").resolve(name)),
          name);
    }
    assertEquals(
        sorted(tmp.resolve("a")),
        List.copyOf(a.featureCounts().keySet().stream().sorted().toList()));
  }

  @Test
  void theCommittedSetIsTheDemoOptionsOutputAndUnder20Megabytes(@TempDir Path tmp)
      throws IOException {
    assertTrue(Files.isDirectory(COMMITTED), "data/demo is committed beside the modules");
    long bytes = 0;
    for (String name : sorted(COMMITTED)) {
      if (name.endsWith(".geojson")) {
        bytes += Files.size(COMMITTED.resolve(name));
      }
    }
    assertTrue(bytes < 20_000_000, "data/demo holds " + bytes + " bytes");
    DemoResult fresh = DemoData.generate(DemoOptions.DEMO, tmp);
    for (String name : fresh.featureCounts().keySet()) {
      assertArrayEquals(
          Files.readAllBytes(tmp.resolve(name)),
          Files.readAllBytes(COMMITTED.resolve(name)),
          name + " differs from a fresh DemoOptions.DEMO run: regenerate data/demo");
    }
  }

  private static List<String> sorted(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
