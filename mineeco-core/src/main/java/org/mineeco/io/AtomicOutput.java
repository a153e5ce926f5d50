package org.mineeco.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file written under a temporary name in its target's directory and moved onto the target when
 * complete, so the target is always absent, the previous file or the complete new one. The
 * temporary name keeps the target's extension (libraries such as GeoPackage check it) and starts
 * with a dot. The one way mineeco writes a single file; {@link OutputSet} does the same for a
 * folder of outputs. Not thread-safe.
 */
public final class AtomicOutput {
  /** Writes the content of one file. */
  @FunctionalInterface
  public interface Body {
    void write(OutputStream out) throws IOException;
  }

  private final Path target;
  private final Path temp;

  private AtomicOutput(Path target, Path temp) {
    this.target = target;
    this.temp = temp;
  }

  /**
   * Writes {@code target} in one go: the body writes the temporary file, which then replaces the
   * target; on any failure of the body (checked or not) the temporary file is deleted and the
   * target left as it was.
   *
   * @return {@code target}
   * @throws UncheckedIOException naming the target when it cannot be written
   */
  public static Path write(Path target, Body body) {
    AtomicOutput output = beside(target);
    try {
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream out = output.open()) {
        body.write(out);
      }
      output.commit();
      return target;
    } catch (IOException e) {
      output.abortQuietly(e);
      throw new UncheckedIOException("cannot write " + target + ": " + IoErrors.reason(e), e);
    } catch (RuntimeException | Error e) {
      output.abortQuietly(e);
      throw e;
    }
  }

  private void abortQuietly(Throwable cause) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException suppressed) {
      cause.addSuppressed(suppressed);
    }
  }

  /**
   * An output for {@code target} with a fresh temporary name beside it ({@code
   * .<stem>.tmp-<pid>-<hex><ext>}); creates no file. Temporary files of {@code target} left by
   * processes that are gone (killed while writing it) are deleted.
   */
  public static AtomicOutput beside(Path target) {
    String name = target.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String extension = dot > 0 ? name.substring(dot) : "";
    removeAbandoned(target, stem);
    String unique =
        ProcessHandle.current().pid()
            + "-"
            + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    return new AtomicOutput(
        target, target.resolveSibling("." + stem + ".tmp-" + unique + extension));
  }

  /**
   * A scratch file beside the temporary file, named after it with {@code suffix} appended, for work
   * on the way to the target (removed with the temporary files of dead processes); the caller
   * creates and deletes it.
   */
  public Path scratch(String suffix) {
    return temp.resolveSibling(temp.getFileName() + suffix);
  }

  private static void removeAbandoned(Path target, String stem) {
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null) {
      return;
    }
    Pattern own = Pattern.compile("\\." + Pattern.quote(stem) + "\\.tmp-(\\d+)-[0-9a-f]+.*");
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(dir, "." + stem.replaceAll("[*?\\[\\]{}\\\\]", "?") + ".tmp-*")) {
      for (Path entry : entries) {
        Matcher m = own.matcher(entry.getFileName().toString());
        if (m.matches() && !TempFiles.alive(m.group(1))) {
          Files.deleteIfExists(entry);
        }
      }
    } catch (IOException e) {
      // A folder not yet there or not listable: nothing left in it.
    }
  }

  /** The file {@link #commit()} replaces. */
  public Path target() {
    return target;
  }

  /** The temporary file; it does not exist until {@link #open()} or the caller creates it. */
  public Path temp() {
    return temp;
  }

  /**
   * Creates the temporary file and opens it for buffered writing.
   *
   * @throws UncheckedIOException naming the target when the file cannot be created
   */
  public OutputStream open() {
    try {
      return new BufferedOutputStream(
          Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW), 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + IoErrors.reason(e), e);
    }
  }

  /**
   * Moves the complete temporary file onto the target, atomically where the file system can.
   *
   * @throws UncheckedIOException naming both files when the move fails
   */
  public void commit() {
    try {
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot move " + temp + " to " + target + ": " + IoErrors.reason(e), e);
    }
  }

  /**
   * Deletes the temporary file if it exists; the target is left as it was.
   *
   * @throws UncheckedIOException naming the temporary file when it cannot be deleted
   */
  public void abort() {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + temp + ": " + IoErrors.reason(e), e);
    }
  }
}
