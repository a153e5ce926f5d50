package org.mineeco.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

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

  /** An output for {@code target} with a fresh temporary name beside it; creates no file. */
  public static AtomicOutput beside(Path target) {
    String name = target.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String extension = dot > 0 ? name.substring(dot) : "";
    String unique = Long.toHexString(ThreadLocalRandom.current().nextLong());
    return new AtomicOutput(
        target, target.resolveSibling("." + stem + ".tmp-" + unique + extension));
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
