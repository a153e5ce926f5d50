package org.mineeco.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;

/**
 * Reads features in batches on a thread of its own, one or two batches ahead of the consumer, so
 * that parsing the file overlaps the work on the batches before. Errors of the reader reach the
 * consumer when it takes the batch they stopped. One consumer thread.
 */
final class Prefetch implements AutoCloseable {
  private static final List<Feature> END = List.of();

  private final BlockingQueue<Object> batches = new ArrayBlockingQueue<>(2);
  private final Thread thread;
  private final int batchSize;
  private Object next;

  Prefetch(FeatureReader reader, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
    }
    this.batchSize = batchSize;
    this.thread =
        Thread.ofPlatform()
            .name("mineeco-reader")
            .daemon()
            .start(
                () -> {
                  try {
                    while (reader.hasNext()) {
                      List<Feature> batch = new ArrayList<>(batchSize);
                      while (batch.size() < batchSize && reader.hasNext()) {
                        batch.add(reader.next());
                      }
                      batches.put(batch);
                    }
                    batches.put(END);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  } catch (RuntimeException | Error e) {
                    pass(e);
                  }
                });
  }

  private void pass(Throwable failure) {
    try {
      batches.put(failure);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The number of features in each batch but the last. */
  int batchSize() {
    return batchSize;
  }

  /** Whether another batch follows; waits for the reader. */
  boolean hasNext() {
    if (next == null) {
      try {
        next = batches.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading features", e);
      }
    }
    if (next instanceof RuntimeException e) {
      throw e;
    }
    if (next instanceof Error e) {
      throw e;
    }
    return next != END;
  }

  /** The next batch of features, in input order. */
  @SuppressWarnings("unchecked")
  List<Feature> next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more features");
    }
    List<Feature> batch = (List<Feature>) next;
    next = null;
    return batch;
  }

  /** Stops the reader thread and waits for it, so that the reader may be closed. */
  @Override
  public void close() {
    thread.interrupt();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
