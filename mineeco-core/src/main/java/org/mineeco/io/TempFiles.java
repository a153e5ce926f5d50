package org.mineeco.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one place mineeco keeps temporary files: a folder of its own per process, {@code
 * <java.io.tmpdir>/mineeco-<pid>-<hex>}, created on first use and deleted when the JVM exits. A
 * process killed without its exit (kill -9, a power cut) leaves its folder; the next mineeco
 * process to create one removes the folders of processes that are gone, so nothing accumulates:
 * analysis stores of uncached runs, GeoPackage scratch files and SQLite's native library (the
 * {@code org.sqlite.tmpdir} property points here unless already set). Thread-safe.
 */
public final class TempFiles {
  private static final Pattern OWNED = Pattern.compile("mineeco-(\\d+)-[0-9a-f]+");
  private static Path folder;

  private TempFiles() {}

  /**
   * This process's temporary folder, created (and the folders of dead processes removed) on first
   * use.
   *
   * @throws UncheckedIOException when the temporary folder cannot be written
   */
  static synchronized Path folder() {
    if (folder != null && Files.isDirectory(folder)) {
      return folder;
    }
    Path base = Path.of(System.getProperty("java.io.tmpdir"));
    try {
      removeAbandoned(base);
      Path created =
          Files.createDirectories(
              base.resolve(
                  "mineeco-"
                      + ProcessHandle.current().pid()
                      + "-"
                      + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1)));
      if (folder == null) {
        Runtime.getRuntime()
            .addShutdownHook(new Thread(TempFiles::deleteQuietly, "mineeco-temp-cleanup"));
      }
      folder = created;
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create a temporary folder in " + base + ": " + IoErrors.reason(e, base), e);
    }
  }

  /** A new empty file in this process's temporary folder. */
  public static Path file(String prefix, String suffix) {
    try {
      return Files.createTempFile(folder(), prefix, suffix);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file: " + IoErrors.reason(e), e);
    }
  }

  /** A new empty folder in this process's temporary folder. */
  static Path directory(String prefix) {
    try {
      return Files.createTempDirectory(folder(), prefix);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder: " + IoErrors.reason(e), e);
    }
  }

  /**
   * Points SQLite's native library extraction ({@code org.sqlite.tmpdir}) into this process's
   * folder, unless the property is set; call before the first GeoPackage is opened. The library
   * leaves its copy behind when the JVM is killed; here it goes with the folder.
   */
  public static void forSqlite() {
    if (System.getProperty("org.sqlite.tmpdir") == null) {
      try {
        System.setProperty("org.sqlite.tmpdir", folder().toString());
      } catch (UncheckedIOException e) {
        // SQLite then uses java.io.tmpdir, as it would anyway.
      }
    }
  }

  /** Whether process {@code pid} is running (a pid that does not parse is not). */
  public static boolean alive(String pid) {
    try {
      return ProcessHandle.of(Long.parseLong(pid)).isPresent();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Deletes {@code root} and everything below it, if it exists. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static void removeAbandoned(Path base) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(base, "mineeco-*")) {
      for (Path entry : entries) {
        Matcher m = OWNED.matcher(entry.getFileName().toString());
        if (m.matches() && Files.isDirectory(entry) && !alive(m.group(1))) {
          try {
            deleteTree(entry);
          } catch (IOException e) {
            // Another process's, or not ours to delete: left as it is.
          }
        }
      }
    } catch (IOException e) {
      // Not listable: nothing to clean.
    }
  }

  private static synchronized void deleteQuietly() {
    try {
      if (folder != null) {
        deleteTree(folder);
      }
    } catch (IOException e) {
      // At exit: the next process removes what is left.
    }
  }
}
