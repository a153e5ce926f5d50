package org.mineeco.cli;

import org.mineeco.stats.MonitoringOptions;
import org.mineeco.units.AreaUnit;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** How patches of two survey years are matched: {@code --min-overlap}. */
final class MatchArguments {
  @Option(
      names = "--min-overlap",
      description =
          "intersection over union at which a renamed patch is matched (default: ${DEFAULT-VALUE})",
      defaultValue = "0.5")
  double minOverlap;

  /** Monitoring options with this overlap, areas in mu to 2 decimals. */
  MonitoringOptions monitoring(CommandSpec command) {
    return OptionValues.parse(
        command, "--min-overlap", () -> new MonitoringOptions(minOverlap, AreaUnit.MU, 2));
  }
}
