package org.mineeco.io;

import java.io.EOFException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.UnmappableCharacterException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The reason of a failure in words a user reads, on one line and without Java's exception names:
 * {@code no such file: data/demo/analysis.yml}, {@code no space left on device: out/patches.csv}.
 * Every message that reports an I/O failure to a user goes through {@link #reason}. Stateless.
 */
public final class IoErrors {
  /** Longest reason returned; longer messages (a driver's data dump) are cut. */
  static final int MAX_LENGTH = 300;

  private static final Pattern STAGING = Pattern.compile("/\\.mineeco-run-\\d+-[0-9a-f]+/");

  private IoErrors() {}

  /** The reason of {@code failure} (its cause's, for a wrapper without a message of its own). */
  public static String reason(Throwable failure) {
    Throwable e = failure;
    while (e instanceof UncheckedIOException && e.getCause() != null) {
      e = e.getCause();
    }
    return oneLine(describe(e));
  }

  /**
   * The reason of {@code failure} about {@code file}, without repeating the file's name when the
   * message is already about it ({@code no such file} rather than {@code no such file: x.csv}).
   */
  public static String reason(Throwable failure, Path file) {
    String reason = reason(failure);
    if (file != null) {
      for (String name : List.of(file.toString(), file.toAbsolutePath().toString())) {
        if (reason.endsWith(": " + name)) {
          return reason.substring(0, reason.length() - name.length() - 2);
        }
      }
    }
    return reason;
  }

  /**
   * {@code text} cut at its first line break and to {@value #MAX_LENGTH} characters, an output's
   * path in its run's staging folder ({@link OutputSet}) written as its path in the output folder.
   */
  public static String oneLine(String text) {
    if (text == null) {
      return "";
    }
    String line = STAGING.matcher(text.strip()).replaceAll("/");
    int end = line.indexOf('\n');
    if (end >= 0) {
      line = line.substring(0, end).strip();
    }
    int cr = line.indexOf('\r');
    if (cr >= 0) {
      line = line.substring(0, cr).strip();
    }
    return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 1) + "…";
  }

  private static String describe(Throwable e) {
    if (e instanceof NoSuchFileException f) {
      return "no such file: " + f.getFile();
    }
    if (e instanceof AccessDeniedException f) {
      return "permission denied: " + f.getFile();
    }
    if (e instanceof FileAlreadyExistsException f) {
      return "already exists: " + f.getFile();
    }
    if (e instanceof NotDirectoryException f) {
      return "not a folder: " + f.getFile();
    }
    if (e instanceof DirectoryNotEmptyException f) {
      return "folder not empty: " + f.getFile();
    }
    if (e instanceof FileSystemLoopException f) {
      return "symbolic links loop: " + f.getFile();
    }
    if (e instanceof FileSystemException f) {
      String why = f.getReason() == null ? "cannot be used" : lowerFirst(f.getReason());
      String where = f.getFile() == null ? "" : f.getFile();
      if (f.getOtherFile() != null) {
        where += " -> " + f.getOtherFile();
      }
      return where.isEmpty() ? why : why + ": " + where;
    }
    if (e instanceof MalformedInputException m) {
      return "not valid text in its encoding (" + m.getInputLength() + " bad byte(s))";
    }
    if (e instanceof UnmappableCharacterException) {
      return "has a character its encoding cannot hold";
    }
    if (e instanceof CharacterCodingException) {
      return "not valid text in its encoding";
    }
    if (e instanceof EOFException) {
      return "ends too early (truncated)";
    }
    if (e instanceof OutOfMemoryError) {
      return "out of memory (give Java more with -Xmx, e.g. MINEECO_JAVA_OPTS=-Xmx16g)";
    }
    if (e instanceof StackOverflowError) {
      return "nested too deeply";
    }
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getCause() != null && e.getCause() != e
          ? describe(e.getCause())
          : "failed (" + words(e.getClass().getSimpleName()) + ")";
    }
    if (message.equals("Is a directory")) {
      return "is a folder, not a file";
    }
    return lowerFirst(message);
  }

  /** {@code NullPointerException} to {@code null pointer}: never a class name. */
  private static String words(String className) {
    String name = className.replaceAll("(Exception|Error)$", "");
    return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  private static String lowerFirst(String s) {
    if (s.length() > 1
        && Character.isUpperCase(s.charAt(0))
        && Character.isLowerCase(s.charAt(1))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }
}
