package org.mineeco.io;

import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.mineeco.crs.Crs;

/**
 * What every {@link FeatureReader} shares, as Guava's {@code AbstractIterator} does for iterators:
 * the file and the CRS it reports, one feature read ahead for {@link #hasNext}, and no feature
 * after the source ends or is closed. A reader says how to read its next feature ({@link
 * #readNext}), how to release its source ({@link #closeSource}) and which fields it declares. Not
 * thread-safe.
 */
public abstract class AbstractFeatureReader implements FeatureReader {
  private final Path path;
  private Crs crs;
  private Feature pending;
  private boolean ended;

  /**
   * A reader of {@code path} (a label such as {@code postgis/<table>} for a database) whose
   * geometries are in {@code crs}, or {@code null} when the reader settles it on opening with
   * {@link #settleCrs}.
   */
  protected AbstractFeatureReader(Path path, Crs crs) {
    this.path = path;
    this.crs = crs;
  }

  /** The next feature of the source, or {@code null} at its end. */
  protected abstract Feature readNext();

  /** Releases the source, harmlessly again if closed before; never throws a checked exception. */
  protected abstract void closeSource();

  /** Sets the CRS of a reader that finds it in the source, before any feature is read. */
  protected final void settleCrs(Crs found) {
    if (crs != null) {
      throw new IllegalStateException("the CRS of " + path + " is already " + crs);
    }
    crs = Objects.requireNonNull(found, "crs");
  }

  @Override
  public final Path path() {
    return path;
  }

  @Override
  public final Crs crs() {
    return crs;
  }

  @Override
  public final boolean hasNext() {
    if (pending == null && !ended) {
      pending = readNext();
      ended = pending == null;
    }
    return pending != null;
  }

  @Override
  public final Feature next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more features in " + path);
    }
    Feature feature = pending;
    pending = null;
    return feature;
  }

  @Override
  public final void close() {
    ended = true;
    pending = null;
    closeSource();
  }
}
