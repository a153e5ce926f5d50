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
    return builder(patchCrs).build();
  }

  /** A builder starting from the defaults of {@link #of}. */
  public static Builder builder(Crs patchCrs) {
    return new Builder(patchCrs);
  }

  /** Collects the options; {@link #build} checks them. Not thread-safe. */
  public static final class Builder {
    private final Crs patchCrs;
    private int batchSize = DEFAULT_BATCH_SIZE;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Executor executor = ForkJoinPool.commonPool();

    private Builder(Crs patchCrs) {
      this.patchCrs = patchCrs;
    }

    /** Patches held and analysed together, at least 1. */
    public Builder batchSize(int patches) {
      this.batchSize = patches;
      return this;
    }

    /** Threads analysing a batch, at least 1, the caller's included. */
    public Builder threads(int count) {
      this.threads = count;
      return this;
    }

    /** Where the other threads' work runs: the caller's executor. */
    public Builder executor(Executor others) {
      this.executor = others;
      return this;
    }

    /**
     * The options.
     *
     * @throws IllegalArgumentException when the batch size or threads are below 1
     */
    public OverlayOptions build() {
      return new OverlayOptions(patchCrs, batchSize, threads, executor);
    }
  }
}
