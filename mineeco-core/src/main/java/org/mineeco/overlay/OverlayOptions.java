package org.mineeco.overlay;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.mineeco.crs.Crs;

/**
 * Options of an {@link OverlayEngine}.
 *
 * @param patchCrs the CRS of patch geometries, e.g. EPSG:4490 or a CGCS2000 Gauss-Kruger zone
 * @param batchSize how many patches are held and analysed together, at least 1
 * @param threads how many threads analyse a batch, at least 1: the caller's thread and {@code
 *     threads - 1} tasks on {@code executor}; 1 runs in the caller's thread alone
 * @param executor where the other threads' share of a batch runs; the engine creates and owns no
 *     thread (as Caffeine does, {@link ForkJoinPool#commonPool()} unless told otherwise)
 */
public record OverlayOptions(Crs patchCrs, int batchSize, int threads, Executor executor) {
  /** Patches per batch unless told otherwise. */
  public static final int DEFAULT_BATCH_SIZE = 2048;

  public OverlayOptions {
    Objects.requireNonNull(patchCrs, "patch CRS");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be >= 1, was " + batchSize);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    Objects.requireNonNull(executor, "executor (ForkJoinPool.commonPool() by default)");
  }

  /**
   * Default batches of {@value #DEFAULT_BATCH_SIZE} patches on as many threads as processors, the
   * caller's and the common pool's.
   */
  public static OverlayOptions of(Crs patchCrs) {
    return new OverlayOptions(
        patchCrs,
        DEFAULT_BATCH_SIZE,
        Runtime.getRuntime().availableProcessors(),
        ForkJoinPool.commonPool());
  }

  public OverlayOptions withThreads(int newThreads) {
    return new OverlayOptions(patchCrs, batchSize, newThreads, executor);
  }

  public OverlayOptions withBatchSize(int newBatchSize) {
    return new OverlayOptions(patchCrs, newBatchSize, threads, executor);
  }

  /** These options running the other threads' work on {@code newExecutor} (the caller's). */
  public OverlayOptions withExecutor(Executor newExecutor) {
    return new OverlayOptions(patchCrs, batchSize, threads, newExecutor);
  }
}
