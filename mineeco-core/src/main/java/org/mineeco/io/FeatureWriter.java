package org.mineeco.io;

import java.io.Closeable;
import java.nio.file.Path;

/**
 * Writes features to a temporary file beside the target and renames it to the target on {@link
 * #commit()}, so a reader never sees a half-written file. {@link #close()} without a commit (for
 * example when the caller's code threw inside try-with-resources) publishes nothing. Not
 * thread-safe.
 */
public interface FeatureWriter extends Closeable {
  /** The file this writer commits to. */
  Path path();

  /** Appends one feature; its properties are matched to the schema by name. */
  void write(Feature feature);

  /** Completes the file and renames it into place; later calls do nothing. */
  void commit();

  /** Aborts the writer unless it was committed: only {@link #commit()} publishes the file. */
  @Override
  default void close() {
    abort();
  }

  /**
   * Deletes the temporary file; the target is left as it was. Does nothing after {@link #commit()}.
   */
  void abort();
}
