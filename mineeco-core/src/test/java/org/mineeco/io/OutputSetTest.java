package org.mineeco.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
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
    assertEquals(List.of("a.csv", "b.csv"), listed());
    // sha256sum lines: a.csv is "a".
    assertTrue(
        Files.readString(dir.resolve(OutputSet.MANIFEST))
            .contains("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb  a.csv\n"));
  }

  private List<String> listed() throws IOException {
    return Files.readAllLines(dir.resolve(OutputSet.MANIFEST)).stream()
        .filter(l -> !l.startsWith("#"))
        .map(l -> l.substring(66))
        .toList();
  }

  /** Writes a complete set of three files with {@code content} (the previous or the new one). */
  private void set(String content) throws IOException {
    try (OutputSet set = OutputSet.create(dir, List.of())) {
      for (String name : List.of("patches.csv", "summary.csv", "zones.csv")) {
        Files.writeString(set.staging().resolve(name), content);
      }
      set.commit();
    }
  }

  private void assertSet(String content) throws IOException {
    assertEquals(List.of("patches.csv", "summary.csv", "zones.csv"), listed());
    for (String name : List.of("patches.csv", "summary.csv", "zones.csv")) {
      assertEquals(content, Files.readString(dir.resolve(name)), name);
    }
    assertEquals(List.of(OutputSet.MANIFEST, "patches.csv", "summary.csv", "zones.csv"), names());
  }

  /**
   * A rename that fails in the middle of the set (a folder where summary.csv was) puts every file
   * back: the previous set, with its manifest (issue 22).
   */
  @Test
  void aRenameFailingInTheMiddleLeavesThePreviousSet() throws IOException {
    set("previous");
    Files.delete(dir.resolve("zones.csv"));
    Files.createDirectories(dir.resolve("zones.csv").resolve("inside"));
    Files.writeString(dir.resolve("zones.csv/inside/keep.txt"), "the user's");
    String manifest = Files.readString(dir.resolve(OutputSet.MANIFEST));
    try (OutputSet set = OutputSet.create(dir, List.of())) {
      for (String name : List.of("patches.csv", "summary.csv", "zones.csv")) {
        Files.writeString(set.staging().resolve(name), "new");
      }
      UncheckedIOException e = assertThrows(UncheckedIOException.class, set::commit);
      assertTrue(e.getMessage().contains("the previous ones are kept"), e.getMessage());
      assertTrue(e.getMessage().contains("a folder is in the way"), e.getMessage());
    }
    assertEquals("previous", Files.readString(dir.resolve("patches.csv")));
    assertEquals("previous", Files.readString(dir.resolve("summary.csv")));
    assertEquals("the user's", Files.readString(dir.resolve("zones.csv/inside/keep.txt")));
    assertEquals(manifest, Files.readString(dir.resolve(OutputSet.MANIFEST)));
    assertEquals(List.of(OutputSet.MANIFEST, "patches.csv", "summary.csv", "zones.csv"), names());
  }

  /** The process dies (here: an error thrown by the hook) before the move of {@code name}. */
  private void killedBefore(String name, int occurrence) throws IOException {
    int[] seen = {0};
    try (OutputSet set = OutputSet.create(dir, List.of())) {
      for (String file : List.of("patches.csv", "summary.csv", "zones.csv")) {
        Files.writeString(set.staging().resolve(file), "new");
      }
      assertThrows(
          Killed.class,
          () ->
              set.commit(
                  moved -> {
                    if (moved.equals(name) && ++seen[0] == occurrence) {
                      // Left as a killed process leaves it: staged under a pid that is gone.
                      Files.move(
                          set.staging(),
                          dir.resolve(".mineeco-run-2147483646-" + seen[0] + name.length()));
                      throw new Killed();
                    }
                  }));
    }
  }

  private static final class Killed extends Error {
    private static final long serialVersionUID = 1L;
  }

  /**
   * A kill between two renames of a commit leaves no manifest (the folder is being replaced); the
   * next mineeco process to use the folder completes the new set before anything else. Tried before
   * every rename of the commit.
   */
  @Test
  void aKillBetweenRenamesIsCompletedByTheNextRun() throws IOException {
    List<String[]> moments =
        List.of(
            new String[] {OutputSet.MANIFEST, "1"},
            new String[] {"patches.csv", "1"},
            new String[] {"patches.csv", "2"},
            new String[] {"summary.csv", "1"},
            new String[] {"summary.csv", "2"},
            new String[] {"zones.csv", "2"},
            new String[] {OutputSet.MANIFEST, "2"});
    for (String[] moment : moments) {
      set("previous");
      killedBefore(moment[0], Integer.parseInt(moment[1]));
      assertFalse(
          Files.exists(dir.resolve(OutputSet.MANIFEST))
              && !Files.readString(dir.resolve(OutputSet.MANIFEST)).contains("patches.csv"),
          String.join(" ", moment));
      OutputSet.settle(dir);
      assertSet("new");
    }
  }

  /** Readers of a file in such a folder settle it first. */
  @Test
  void readersSettleTheFolderOfTheirInputs() throws IOException {
    set("previous");
    killedBefore("summary.csv", 2);
    assertEquals("new", Files.readString(dir.resolve("patches.csv")));
    assertEquals("previous", Files.readString(dir.resolve("zones.csv")));
    OutputSet.settleFoldersOf(List.of(dir.resolve("zones.csv")));
    assertSet("new");
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
    assertEquals(List.of("dandong.csv", "periods.csv"), listed());
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
