package org.mineeco.overlay;

import java.util.Objects;
import org.mineeco.crs.Crs;

/**
 * Options of an {@link OverlayEngine}.
 *
 * @param patchCrs the CRS of patch geometries, e.g. EPSG:4490 or a CGCS2000 Gauss-Kruger zone
 * @param batchSize how many patches are held and analysed together, at least 1
 * @param threads how many threads analyse a batch, at least 1; 1 runs in the caller's thread
 */
public record OverlayOptions(Crs patchCrs, int batchSize, int threads) {
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
  }

  /** Default batches of {@value #DEFAULT_BATCH_SIZE} patches on all available processors. */
  public static OverlayOptions of(Crs patchCrs) {
    return new OverlayOptions(
        patchCrs, DEFAULT_BATCH_SIZE, Runtime.getRuntime().availableProcessors());
  }

  public OverlayOptions withThreads(int newThreads) {
    return new OverlayOptions(patchCrs, batchSize, newThreads);
  }

  public OverlayOptions withBatchSize(int newBatchSize) {
    return new OverlayOptions(patchCrs, newBatchSize, threads);
  }
}
