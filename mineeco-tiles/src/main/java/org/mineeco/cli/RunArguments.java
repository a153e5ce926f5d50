package org.mineeco.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.vocabulary.Language;
import picocli.CommandLine.Option;

/**
 * How an analysis runs: {@code --threads} and the analysis cache ({@code --cache DIR}, {@code
 * --no-cache}).
 */
final class RunArguments {
  @Option(
      names = "--threads",
      description = "worker threads (default: all processors)",
      defaultValue = "0")
  int threads;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description = {
        "the analysis cache: an analysis of the same spec and input file contents kept there is",
        "reused instead of computed again (default: $XDG_CACHE_HOME/mineeco or ~/.cache/mineeco)"
      })
  Path cache;

  @Option(names = "--no-cache", description = "analyse again and keep nothing in the cache")
  boolean noCache;

  /** Analysis options with progress lines on {@code err} in {@code language}. */
  AnalysisOptions options(PrintWriter err, Language language) {
    AnalysisOptions.Builder options =
        AnalysisOptions.builder()
            .progress(
                line -> {
                  err.println(line.in(language));
                  err.flush();
                })
            .cache(noCache ? null : cache != null ? cache : defaultCache());
    if (threads > 0) {
      options.threads(threads);
    }
    return options.build();
  }

  private static Path defaultCache() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("mineeco");
  }
}
