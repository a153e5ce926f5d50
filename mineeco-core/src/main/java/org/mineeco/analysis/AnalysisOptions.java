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
    return builder().build();
  }

  /** A builder starting from the {@linkplain #defaults() defaults}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * These options with {@code listener} also receiving every analysed patch, after {@link
   * #onPatch}.
   */
  public AnalysisOptions alsoOnPatch(BiConsumer<MinePatch, PatchOverlay> listener) {
    return toBuilder().onPatch(onPatch.andThen(listener)).build();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.threads = threads;
    b.progress = progress;
    b.onPatch = onPatch;
    b.cache = cache;
    return b;
  }

  /** Collects the options; {@link #build} checks them. Not thread-safe. */
  public static final class Builder {
    private int threads = Runtime.getRuntime().availableProcessors();
    private Consumer<Bilingual> progress = line -> {};
    private BiConsumer<MinePatch, PatchOverlay> onPatch = (p, o) -> {};
    private Path cache;

    private Builder() {}

    /** Worker threads for ingest and overlay, at least 1 (default: all processors). */
    public Builder threads(int workerThreads) {
      this.threads = workerThreads;
      return this;
    }

    /** Where progress lines go (default: nowhere). */
    public Builder progress(Consumer<Bilingual> lines) {
      this.progress = lines;
      return this;
    }

    /** Receives every analysed patch with its overlay (default: nothing does). */
    public Builder onPatch(BiConsumer<MinePatch, PatchOverlay> listener) {
      this.onPatch = listener;
      return this;
    }

    /** The folder of the analysis cache, {@code null} for none (the default). */
    public Builder cache(Path folder) {
      this.cache = folder;
      return this;
    }

    /**
     * The options.
     *
     * @throws IllegalArgumentException when threads is below 1
     */
    public AnalysisOptions build() {
      return new AnalysisOptions(threads, progress, onPatch, cache);
    }
  }
}
