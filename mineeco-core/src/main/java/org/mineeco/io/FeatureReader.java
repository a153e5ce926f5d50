package org.mineeco.io;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.mineeco.crs.Crs;

/**
 * Streams the features of one layer in source order, holding only the current feature in memory.
 * Not thread-safe. Errors are {@link BadInputException}s naming the file and the feature.
 */
public interface FeatureReader extends Iterator<Feature>, Closeable {
  /** The file being read. */
  Path path();

  /** The CRS of the geometries this reader returns. */
  Crs crs();

  /** The attribute field names declared by the source, in source order (may be empty). */
  List<String> fieldNames();

  /** Closes the source; never throws a checked exception. */
  @Override
  void close();

  /** The remaining features as a sequential stream; closing the stream closes this reader. */
  default Stream<Feature> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }
}
