package org.mineeco.io;

import java.io.Closeable;
import java.nio.file.Path;

/**
 * Writes features to a temporary file beside the target and renames it to the target on {@link
 * #close()}, so a reader never sees a half-written file. Not thread-safe.
 */
public interface FeatureWriter extends Closeable {
  /** The file this writer commits to. */
  Path path();

  /** Appends one feature; its properties are matched to the schema by name. */
  void write(Feature feature);

  /** Completes the file and renames it into place. */
  @Override
  void close();

  /** Deletes the temporary file; the target is left as it was. Safe to call after close. */
  void abort();
}
