package org.mineeco.analysis.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.analysis.Analysis;
import org.mineeco.analysis.AnalysisJob;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.analysis.input.InputFiles;
import org.mineeco.analysis.write.AnalysisWriter;
import org.mineeco.spec.AnalysisSpec;

/**
 * Analyses are computed once: a second run on the same spec and input bytes replays the stored
 * analysis with identical outputs, a changed input byte or spec value is analysed again, and the
 * outputs come from what was read, whatever happens to the input file afterwards.
 */
class AnalysisCacheTest {
  private static final String SPEC =
      """
      crs: EPSG:4490
      patches: {path: patches.geojson, id: TBBH}
      zones:
        - {name: rivers, label: 测试分区, type: corridor, path: rivers.geojson, bands_m: [0, 5000, %s]}
      """;

  @TempDir Path dir;

  private Path inputs(String outerEdge) throws IOException {
    Files.writeString(
        dir.resolve("rivers.geojson"),
        """
        {"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
        "geometry":{"type":"LineString","coordinates":[[117,30],[117,30.3]]}}]}
        """);
    StringBuilder patches = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int i = 0; i < 40; i++) {
      double lon = 117.001 + i * 0.003;
      patches.append(i == 0 ? "" : ",");
      patches.append(
          String.format(
              java.util.Locale.ROOT,
              "{\"type\":\"Feature\",\"properties\":{\"TBBH\":\"P%d\",\"KZ\":%d},\"geometry\":"
                  + "{\"type\":\"Polygon\",\"coordinates\":[[[%.4f,30.1],[%.4f,30.1],[%.4f,30.102],"
                  + "[%.4f,30.1]]]}}",
              i,
              i,
              lon,
              lon + 0.002,
              lon + 0.002,
              lon));
    }
    Files.writeString(dir.resolve("patches.geojson"), patches.append("]}").toString());
    return Files.writeString(dir.resolve("spec.yaml"), SPEC.formatted(outerEdge));
  }

  private static Analysis run(Path spec, Path cache) {
    return AnalysisJob.run(AnalysisSpec.load(spec), AnalysisOptions.builder().cache(cache).build());
  }

  /** A cache folder that cannot take an entry is a warning, and the run goes on uncached. */
  @Test
  void anUnusableCacheFolderGivesAnUncachedRunWithAWarning() throws IOException {
    Path spec = inputs("10000");
    Path notAFolder = Files.writeString(dir.resolve("file"), "");
    List<String> lines = new java.util.ArrayList<>();
    Analysis analysis =
        AnalysisJob.run(
            AnalysisSpec.load(spec),
            AnalysisOptions.builder()
                .cache(notAFolder.resolve("cache"))
                .progress(line -> lines.add(line.en()))
                .build());
    assertEquals(40, analysis.rows().size());
    assertFalse(analysis.reused());
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.startsWith("warning: cannot create an entry in the analysis cache")),
        lines.toString());
  }

  /**
   * A cache whose disk fills while the analysis is stored there (here: the store is /dev/full) goes
   * on in a temporary file with every byte written so far, says so, and keeps nothing.
   */
  @Test
  void aCacheThatFillsUpMidRunGoesOnUncached() throws IOException {
    Path spec = inputs("10000");
    Analysis source = run(spec, null);
    Path entry = Files.createDirectories(dir.resolve("cache/.tmp-2147483646-1"));
    Path full = Files.createSymbolicLink(entry.resolve("patches.store"), Path.of("/dev/full"));
    List<String> warnings = new java.util.ArrayList<>();
    PatchStore store =
        new PatchStore(
            full,
            source.spec().zones().stream().map(org.mineeco.spec.ZoneSpec::name).toList(),
            w -> warnings.add(w.en()));
    try (PatchStore.Writer writer = store.writer()) {
      org.mineeco.ingest.IngestReport report =
          source
              .store()
              .replay(
                  (outcome, overlay) -> {
                    for (int i = 0; i < 100; i++) {
                      writer.append(outcome, overlay);
                    }
                  });
      writer.finish(report);
    }
    assertTrue(store.fellBack());
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("no space left on device"), warnings.toString());
    assertFalse(Files.exists(entry), "the cache entry is removed");
    assertTrue(Files.isRegularFile(store.file()) && !store.file().startsWith(dir));
    int[] replayed = {0};
    store.replay((outcome, overlay) -> replayed[0]++);
    assertEquals(40 * 100, replayed[0]);
  }

  @Test
  void secondRunReplaysTheSameAnalysis() throws IOException {
    Path spec = inputs("10000");
    Path cache = dir.resolve("cache");
    Analysis first = run(spec, cache);
    Analysis second = run(spec, cache);
    assertFalse(first.reused());
    assertTrue(second.reused());
    assertEquals(first.ingest(), second.ingest());
    assertEquals(first.summary(), second.summary());
    byte[] a = Files.readAllBytes(AnalysisWriter.write(first, dir.resolve("a")).get(0));
    byte[] b = Files.readAllBytes(AnalysisWriter.write(second, dir.resolve("b")).get(0));
    assertArrayEquals(a, b, "patches.csv");
    try (Stream<Path> entries = Files.list(cache)) {
      assertEquals(1, entries.count(), "one entry, no temporary left");
    }
  }

  private static String key(Path spec) {
    AnalysisSpec s = AnalysisSpec.load(spec);
    return AnalysisCache.key(s, InputFiles.of(s));
  }

  @Test
  void changedInputOrSpecIsAnalysedAgain() throws IOException {
    Path spec = inputs("10000");
    Path cache = dir.resolve("cache");
    String before = key(spec);
    run(spec, cache);
    Path patches = dir.resolve("patches.geojson");
    Files.writeString(patches, Files.readString(patches).replace("\"KZ\":3}", "\"KZ\":4}"));
    String changedInput = key(spec);
    assertNotEquals(before, changedInput);
    assertFalse(run(spec, cache).reused());
    inputs("20000");
    assertNotEquals(before, key(spec));
    assertFalse(run(spec, cache).reused());
    assertTrue(run(spec, cache).reused());
  }

  /**
   * The outputs are written from the analysis, not from the file: replacing the input with a
   * shorter one after the analysis loses no row (it used to re-read the file and lose rows).
   */
  @Test
  void outputsDoNotReadTheInputAgain() throws IOException {
    Path spec = inputs("10000");
    Analysis analysis = AnalysisJob.run(AnalysisSpec.load(spec), AnalysisOptions.defaults());
    Files.writeString(
        dir.resolve("patches.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[]}");
    List<Path> written = AnalysisWriter.write(analysis, dir.resolve("out"));
    List<String> rows = Files.readAllLines(written.get(0));
    assertEquals(41, rows.size(), "header and 40 rows");
  }
}
