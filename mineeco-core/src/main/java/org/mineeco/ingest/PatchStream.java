package org.mineeco.ingest;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.mineeco.crs.Crs;

/**
 * The outcomes of an ingest, one per input feature in input order, read lazily from the layer.
 * Memory holds up to three batches and grows with the ids seen (for the duplicate check) and the
 * repairs and rejects listed in the report. Not thread-safe.
 */
public interface PatchStream extends Iterator<PatchOutcome>, Closeable {
  /**
   * The next outcomes, up to {@code size}, in input order: the features are read ahead on another
   * thread and checked, repaired and measured in parallel on {@code pool}. Once called, the stream
   * is read in batches only; {@link #hasNext()} still tells whether more follow.
   */
  List<PatchOutcome> nextBatch(int size, ForkJoinPool pool);

  /**
   * Starts reading the features ahead, in batches of {@code size}, before the first {@link
   * #nextBatch}, which then takes the same size; for work to do meanwhile.
   *
   * @throws IllegalStateException when reading ahead has already started
   */
  void readAhead(int size);

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
