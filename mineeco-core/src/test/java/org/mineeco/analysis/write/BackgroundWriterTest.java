package org.mineeco.analysis.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;
import org.mineeco.io.FieldType;
import org.mineeco.io.Layers;
import org.mineeco.io.WriteOptions;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BackgroundWriterTest {
  private static final WriteOptions OPTIONS =
      new WriteOptions(Crs.CGCS2000, "t", List.of(new Field("n", FieldType.INTEGER)), false, false);

  @TempDir Path dir;

  /** More features than the queue holds arrive in order, and appear only once committed. */
  @Test
  void writesEveryFeatureInOrderOnCommit() throws IOException {
    Path file = dir.resolve("t.csv");
    FeatureWriter writer = new BackgroundWriter(file, () -> Layers.create(file, OPTIONS));
    for (long i = 0; i < 5000; i++) {
      writer.write(new Feature(i, null, Map.of("n", i)));
    }
    assertFalse(Files.exists(file));
    writer.commit();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(5001, lines.size());
    for (int i = 0; i < 5000; i++) {
      assertEquals(Integer.toString(i), lines.get(i + 1));
    }
  }

  @Test
  void aWriterThatCannotBeCreatedFailsTheCallerInsteadOfHangingIt() {
    Path file = dir.resolve("t.csv");
    FeatureWriter writer =
        new BackgroundWriter(
            file,
            () -> {
              throw new IllegalArgumentException("no such format");
            });
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> {
              for (long i = 0; i < 100_000; i++) {
                writer.write(new Feature(i, null, Map.of("n", i)));
              }
              writer.commit();
            });
    assertEquals("no such format", e.getMessage());
    writer.abort();
  }

  /** A failure of the other writer part way reaches the caller, and no file is published. */
  @Test
  void aFailurePartWayIsThrownAndNothingIsPublished() throws IOException {
    Path file = dir.resolve("t.csv");
    FeatureWriter writer =
        new BackgroundWriter(
            file,
            () -> {
              FeatureWriter csv = Layers.create(file, OPTIONS);
              return new FeatureWriter() {
                @Override
                public Path path() {
                  return file;
                }

                @Override
                public void write(Feature feature) {
                  if (feature.index() == 10) {
                    throw new IllegalStateException("disk full at feature 10");
                  }
                  csv.write(feature);
                }

                @Override
                public void commit() {
                  csv.commit();
                }

                @Override
                public void abort() {
                  csv.abort();
                }
              };
            });
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> {
              for (long i = 0; i < 20; i++) {
                writer.write(new Feature(i, null, Map.of("n", i)));
              }
              writer.commit();
            });
    assertEquals("disk full at feature 10", e.getMessage());
    writer.close();
    assertFalse(Files.exists(file));
    try (var left = Files.list(dir)) {
      assertEquals(0, left.count(), "no temporary file is left");
    }
  }

  @Test
  void abortPublishesNothingAndLaterWritesAreRefused() throws IOException {
    Path file = dir.resolve("t.csv");
    FeatureWriter writer = new BackgroundWriter(file, () -> Layers.create(file, OPTIONS));
    writer.write(new Feature(0, null, Map.of("n", 0L)));
    writer.abort();
    assertFalse(Files.exists(file));
    try (var left = Files.list(dir)) {
      assertEquals(0, left.count(), "no temporary file is left");
    }
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> writer.write(new Feature(1, null, Map.of())));
    assertTrue(e.getMessage().contains("closed or aborted"), e.getMessage());
  }
}
