package org.mineeco.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.spec.AnalysisSpec;
import picocli.CommandLine.Option;

/** The options of every command that runs an analysis: {@code --spec} and {@code --threads}. */
final class AnalysisArguments {
  @Option(names = "--spec", required = true, description = "the analysis spec (YAML)")
  Path spec;

  @Option(
      names = "--threads",
      description = "worker threads (default: all processors)",
      defaultValue = "0")
  int threads;

  /** The spec, read and checked. */
  AnalysisSpec spec() {
    return AnalysisSpec.load(spec);
  }

  /** Analysis options with progress lines on {@code err}. */
  AnalysisOptions options(PrintWriter err) {
    return options(err, threads);
  }

  /** Analysis options with progress lines on {@code err} and {@code threads} workers (0: all). */
  static AnalysisOptions options(PrintWriter err, int threads) {
    AnalysisOptions options =
        AnalysisOptions.defaults()
            .withProgress(
                line -> {
                  err.println(line);
                  err.flush();
                });
    return threads > 0
        ? new AnalysisOptions(threads, options.progress(), options.onPatch())
        : options;
  }
}
