package org.mineeco.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputSetTest {
  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void filesAppearTogetherOnCommitWithTheManifestLast() throws IOException {
    try (OutputSet set = OutputSet.create(dir, List.of())) {
      Files.writeString(set.staging().resolve("a.csv"), "a");
      Files.writeString(set.staging().resolve("b.csv"), "b");
      assertEquals(1, names().size(), "only the hidden staging folder before the commit");
      List<Path> placed = set.commit();
      assertEquals(
          List.of(dir.resolve("a.csv"), dir.resolve("b.csv"), dir.resolve(OutputSet.MANIFEST)),
          placed);
    }
    assertEquals(List.of("a.csv", "b.csv", OutputSet.MANIFEST), names());
    assertEquals(
        List.of("a.csv", "b.csv"),
        Files.readAllLines(dir.resolve(OutputSet.MANIFEST)).stream()
            .filter(l -> !l.startsWith("#"))
            .toList());
  }

  @Test
  void aFailedRunPublishesNothingAndKeepsThePreviousSet() throws IOException {
    Files.writeString(dir.resolve("a.csv"), "previous");
    try (OutputSet set = OutputSet.create(dir, List.of())) {
      Files.writeString(set.staging().resolve("a.csv"), "half");
    }
    assertEquals(List.of("a.csv"), names());
    assertEquals("previous", Files.readString(dir.resolve("a.csv")));
  }

  @Test
  void aLaterRunKeepsTheEarlierOutputsInTheManifest() throws IOException {
    try (OutputSet set = OutputSet.create(dir, List.of())) {
      Files.writeString(set.staging().resolve("dandong.csv"), "1");
      set.commit();
    }
    try (OutputSet set = OutputSet.create(dir, List.of())) {
      Files.writeString(set.staging().resolve("periods.csv"), "2");
      set.commit();
    }
    assertEquals(
        List.of("dandong.csv", "periods.csv"),
        Files.readAllLines(dir.resolve(OutputSet.MANIFEST)).stream()
            .filter(l -> !l.startsWith("#"))
            .toList());
  }

  @Test
  void theStagingFoldersOfKilledRunsAreRemoved() throws IOException {
    Path killed = Files.createDirectory(dir.resolve(".mineeco-run-2147483646-abc"));
    Files.writeString(killed.resolve("patches.csv"), "half");
    Path running =
        Files.createDirectory(dir.resolve(".mineeco-run-" + ProcessHandle.current().pid() + "-1"));
    try (OutputSet set = OutputSet.create(dir, List.of())) {
      assertFalse(Files.exists(killed), "the killed run's files are gone");
      assertTrue(Files.exists(running), "a live run's staging folder is left alone");
    }
  }

  @Test
  void anOutputNeverReplacesAnInput() throws IOException {
    Path targets = Files.writeString(dir.resolve("targets.csv"), "region,target,unit\n");
    try (OutputSet set = OutputSet.create(dir, List.of(targets))) {
      BadInputException early =
          assertThrows(BadInputException.class, () -> set.requireNotInputs(List.of("targets.csv")));
      assertTrue(early.getMessage().contains("would overwrite it"), early.getMessage());
      Files.writeString(set.staging().resolve("targets.csv"), "table");
      assertThrows(BadInputException.class, set::commit);
    }
    assertEquals("region,target,unit\n", Files.readString(targets));
    assertEquals(List.of("targets.csv"), names());
  }
}
