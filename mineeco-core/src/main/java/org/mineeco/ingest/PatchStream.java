package org.mineeco.ingest;

import java.io.Closeable;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.mineeco.crs.Crs;

/**
 * The outcomes of an ingest, one per input feature in input order, read lazily from the layer.
 * Memory grows only with the ids seen (for the duplicate check) and the repairs and rejects listed
 * in the report. Not thread-safe.
 */
public interface PatchStream extends Iterator<PatchOutcome>, Closeable {
  /** The CRS of the patch geometries. */
  Crs crs();

  /** The account so far; complete once {@link #hasNext()} has returned false. */
  IngestReport report();

  /** Closes the layer; never throws a checked exception. */
  @Override
  void close();

  /** The remaining outcomes as a sequential stream; closing the stream closes this. */
  default Stream<PatchOutcome> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }
}
