package org.mineeco.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mineeco.demo.DemoData;
import org.mineeco.demo.DemoOptions;
import org.mineeco.demo.DemoResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate-demo --out DIR}: writes the synthetic demo province (see data/README.md). */
@Command(
    name = "generate-demo",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the deterministic synthetic province of data/README.md (EPSG:4490 GeoJSON):",
      "counties, rivers, zones, farmland and two annual patch surveys."
    })
final class GenerateDemoCommand implements Callable<Integer> {
  @Spec CommandSpec command;

  @Option(names = "--out", required = true, description = "the output folder")
  Path out;

  @Option(
      names = "--patches",
      description = "number of mine patches (default: ${DEFAULT-VALUE})",
      defaultValue = "5000")
  int patches;

  @Option(
      names = "--farmland",
      description = "number of basic-farmland parcels (default: ${DEFAULT-VALUE})",
      defaultValue = "20000")
  int farmland;

  @Option(names = "--seed", description = "random seed (default: the demo set's)")
  Long seed;

  @Override
  public Integer call() {
    long chosen = seed == null ? DemoOptions.DEMO.seed() : seed;
    OptionValues.parse(
        command,
        "--patches",
        () -> new DemoOptions(chosen, patches, DemoOptions.DEMO.farmlandParcels()));
    DemoOptions options =
        OptionValues.parse(command, "--farmland", () -> new DemoOptions(chosen, patches, farmland));
    DemoResult result = DemoData.generate(options, out);
    result.featureCounts().forEach((file, count) -> System.out.println(file + ": " + count));
    return 0;
  }
}
