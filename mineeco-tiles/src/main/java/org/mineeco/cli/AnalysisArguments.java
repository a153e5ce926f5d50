package org.mineeco.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.vocabulary.Language;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of every command that analyses a spec: {@code --spec} and {@link RunArguments}. */
final class AnalysisArguments {
  @Option(names = "--spec", required = true, description = "the analysis spec (YAML)")
  Path spec;

  @Mixin RunArguments run;

  /** The spec, read and checked. */
  AnalysisSpec spec() {
    return AnalysisSpec.load(spec);
  }

  /** Analysis options with progress lines on {@code err} in {@code language}. */
  AnalysisOptions options(PrintWriter err, Language language) {
    return run.options(err, language);
  }
}
