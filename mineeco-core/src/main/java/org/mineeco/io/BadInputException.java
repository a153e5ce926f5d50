package org.mineeco.io;

import java.nio.file.Path;

/**
 * Input that cannot be read: the message names the file and, where known, the feature (0-based
 * index) and the field.
 */
public class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final long featureIndex;
  private final String field;

  /** A problem with the file as a whole. */
  public BadInputException(Path file, String message) {
    this(file, -1, null, message, null);
  }

  /** A problem with the file as a whole, caused by {@code cause}. */
  public BadInputException(Path file, String message, Throwable cause) {
    this(file, -1, null, message, cause);
  }

  /**
   * A problem with one feature and, when {@code field} is not null, one of its fields.
   *
   * @param featureIndex 0-based index of the feature in the file, or -1 when not known
   */
  public BadInputException(
      Path file, long featureIndex, String field, String message, Throwable cause) {
    super(describe(file, featureIndex, field) + message, cause);
    this.file = file;
    this.featureIndex = featureIndex;
    this.field = field;
  }

  private static String describe(Path file, long featureIndex, String field) {
    StringBuilder sb = new StringBuilder(file == null ? "<input>" : file.toString());
    if (featureIndex >= 0) {
      sb.append(", feature ").append(featureIndex);
    }
    if (field != null) {
      sb.append(", field ").append(field);
    }
    return sb.append(": ").toString();
  }

  /** The file that could not be read. */
  public Path file() {
    return file;
  }

  /** The 0-based feature index, or -1 when the problem is not with one feature. */
  public long featureIndex() {
    return featureIndex;
  }

  /** The field name, or {@code null}. */
  public String field() {
    return field;
  }
}
