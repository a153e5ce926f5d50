package org.mineeco.analysis;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.mineeco.model.MinePatch;
import org.mineeco.overlay.PatchOverlay;
import org.mineeco.vocabulary.Bilingual;

/**
 * How to run an analysis.
 *
 * @param threads worker threads for ingest and overlay, at least 1
 * @param progress receives a progress line now and then, in Chinese and English (e.g. {@code line
 *     -> System.err.println(line.in(Language.ZH))})
 * @param onPatch receives every analysed patch with its overlay, in input order, on one thread (not
 *     the caller's; its work is visible to the caller once the analysis returns), e.g. to build
 *     statistics or map layers; may do nothing
 * @param cache the folder of the analysis cache ({@link org.mineeco.analysis.store.AnalysisCache}):
 *     an analysis of the same spec and input bytes found there is replayed instead of computed, and
 *     a new one is kept there; {@code null} to analyse every time and keep nothing
 */
public record AnalysisOptions(
    int threads,
    Consumer<Bilingual> progress,
    BiConsumer<MinePatch, PatchOverlay> onPatch,
    Path cache) {
  public AnalysisOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(onPatch, "onPatch");
  }

  /** All processors, no progress lines, no per-patch listener, no cache. */
  public static AnalysisOptions defaults() {
    return new AnalysisOptions(
        Runtime.getRuntime().availableProcessors(), line -> {}, (p, o) -> {}, null);
  }

  /** These options with {@code newThreads} worker threads. */
  public AnalysisOptions withThreads(int newThreads) {
    return new AnalysisOptions(newThreads, progress, onPatch, cache);
  }

  /** These options with progress lines sent to {@code progress}. */
  public AnalysisOptions withProgress(Consumer<Bilingual> newProgress) {
    return new AnalysisOptions(threads, newProgress, onPatch, cache);
  }

  /** These options with every analysed patch also sent to {@code listener}. */
  public AnalysisOptions withListener(BiConsumer<MinePatch, PatchOverlay> listener) {
    return new AnalysisOptions(threads, progress, listener, cache);
  }

  /** These options with the analysis cache in {@code folder} ({@code null}: none). */
  public AnalysisOptions withCache(Path folder) {
    return new AnalysisOptions(threads, progress, onPatch, folder);
  }
}
