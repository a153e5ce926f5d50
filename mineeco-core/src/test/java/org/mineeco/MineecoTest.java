package org.mineeco;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.analysis.Analysis;
import org.mineeco.analysis.AnalysisJob;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.analysis.write.AnalysisWriter;
import org.mineeco.analysis.write.OutputOptions;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.SmallSpec;

class MineecoTest {
  @TempDir Path dir;

  /**
   * The entry point runs the job and writes the files the low-level pieces write, byte for byte.
   */
  @Test
  void writeToWritesWhatTheJobAndWriterWrite() throws IOException {
    Path spec = SmallSpec.write(dir);
    List<String> progress = new ArrayList<>();
    List<String> patches = new ArrayList<>();
    Analysis analysis =
        Mineeco.analysis(spec)
            .threads(2)
            .progress(line -> progress.add(line.en()))
            .onPatch((patch, overlay) -> patches.add(patch.id()))
            .output(new OutputOptions(0.05, false))
            .writeTo(dir.resolve("out"));
    Analysis byHand =
        AnalysisJob.run(AnalysisSpec.load(spec), AnalysisOptions.builder().threads(1).build());
    AnalysisWriter.write(byHand, dir.resolve("by-hand"), new OutputOptions(0.05, false));

    assertEquals(byHand.summary(), analysis.summary());
    assertEquals(SmallSpec.PATCHES.size(), patches.size(), "every analysed patch to the listener");
    assertFalse(progress.isEmpty(), "progress lines");
    try (Stream<Path> written = Files.list(dir.resolve("by-hand"))) {
      for (Path file : written.toList()) {
        Path same = dir.resolve("out").resolve(file.getFileName());
        assertTrue(Files.isRegularFile(same), same.toString());
        if (file.toString().endsWith(".csv")) {
          assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(same), same.toString());
        }
      }
    }
    assertTrue(Files.isRegularFile(dir.resolve("out/mineeco-manifest.txt")), "a complete set");
    assertFalse(
        new String(Files.readAllBytes(dir.resolve("out/patches.csv"))).startsWith("\uFEFF"),
        "the output options reach the writer (no byte-order mark)");
  }

  @Test
  void runWithACacheReplaysTheSecondTime() throws IOException {
    Path spec = SmallSpec.write(dir);
    Path cache = dir.resolve("cache");
    assertFalse(Mineeco.analysis(spec).cache(cache).run().reused());
    assertTrue(Mineeco.analysis(AnalysisSpec.load(spec)).cache(cache).run().reused());
  }
}
