package org.mineeco.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
  @TempDir Path dir;

  @Test
  void tempFileIsBesideTheTargetWithItsExtension() {
    Path target = dir.resolve("layers.gpkg");
    AtomicOutput output = AtomicOutput.beside(target);
    assertEquals(dir, output.temp().getParent());
    assertTrue(output.temp().getFileName().toString().startsWith(".layers.tmp-"));
    assertTrue(output.temp().getFileName().toString().endsWith(".gpkg"));
    assertFalse(Files.exists(output.temp()), "nothing is created before open");
    assertNotEquals(output.temp(), AtomicOutput.beside(target).temp());
  }

  @Test
  void commitReplacesTheTargetAndAbortKeepsIt() throws IOException {
    Path target = Files.writeString(dir.resolve("a.csv"), "old");
    AtomicOutput kept = AtomicOutput.beside(target);
    try (OutputStream out = kept.open()) {
      out.write('x');
    }
    kept.abort();
    assertFalse(Files.exists(kept.temp()));
    assertEquals("old", Files.readString(target));

    AtomicOutput replaced = AtomicOutput.beside(target);
    try (OutputStream out = replaced.open()) {
      out.write("new".getBytes());
    }
    replaced.commit();
    assertEquals("new", Files.readString(target));
    assertFalse(Files.exists(replaced.temp()));
    replaced.abort();
    assertEquals("new", Files.readString(target), "abort after commit changes nothing");
  }

  @Test
  void openNamesTheTargetWhenItsFolderIsMissing() {
    Path target = dir.resolve("missing").resolve("out.geojson");
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> AtomicOutput.beside(target).open());
    assertTrue(e.getMessage().startsWith("cannot write " + target), e.getMessage());
  }
}
