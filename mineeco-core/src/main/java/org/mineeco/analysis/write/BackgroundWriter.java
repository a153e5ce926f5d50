package org.mineeco.analysis.write;

import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureWriter;

/**
 * A {@link FeatureWriter} that passes features to another writer, created and fed on a thread of
 * its own through a bounded queue, so that a slow writer (a GeoPackage: its library's start, SQLite
 * inserts, the R-tree) runs beside the caller's work. A failure of the other writer is thrown by
 * the next call; {@link #commit()} returns when the other writer has committed. Features must not
 * be changed once written. One caller thread.
 */
final class BackgroundWriter implements FeatureWriter {
  private static final int QUEUE = 1024;
  private static final Object COMMIT = new Object();
  private static final Object ABORT = new Object();

  private final Path path;
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
  private final CompletableFuture<Void> done = new CompletableFuture<>();
  private boolean settled;

  /**
   * @param path the file {@code factory}'s writer commits to
   * @param factory creates the other writer, on the background thread
   */
  BackgroundWriter(Path path, Supplier<FeatureWriter> factory) {
    this.path = path;
    Thread.ofPlatform()
        .name("mineeco-writer")
        .daemon()
        .start(
            () -> {
              try (FeatureWriter writer = factory.get()) {
                for (Object next = queue.take(); next != ABORT; next = queue.take()) {
                  if (next == COMMIT) {
                    writer.commit();
                    break;
                  }
                  writer.write((Feature) next);
                }
              } catch (Throwable e) {
                done.completeExceptionally(e);
                return;
              }
              // After the writer is closed: an abort has deleted its temporary file by now.
              done.complete(null);
            });
  }

  @Override
  public Path path() {
    return path;
  }

  @Override
  public void write(Feature feature) {
    if (settled) {
      throw new IllegalStateException("the writer of " + path + " is closed or aborted");
    }
    put(feature);
  }

  @Override
  public void commit() {
    if (settled) {
      return;
    }
    put(COMMIT);
    settled = true;
    await();
  }

  @Override
  public void abort() {
    if (settled) {
      return;
    }
    settled = true;
    try {
      put(ABORT);
      await();
    } catch (RuntimeException e) {
      // The other writer failed and has aborted itself; nothing is left to undo.
    }
  }

  /** Queues an item, or throws the other writer's failure when it stopped. */
  private void put(Object item) {
    try {
      while (!queue.offer(item, 20, TimeUnit.MILLISECONDS)) {
        if (done.isDone()) {
          await();
          throw new IllegalStateException("the writer of " + path + " stopped early");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing " + path, e);
    }
    if (done.isCompletedExceptionally()) {
      await();
    }
  }

  private void await() {
    try {
      done.join();
    } catch (CompletionException e) {
      settled = true;
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }
}
