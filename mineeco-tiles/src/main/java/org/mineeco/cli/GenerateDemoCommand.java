package org.mineeco.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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
  public Integer call() throws IOException {
    long chosen = seed == null ? DemoOptions.DEMO.seed() : seed;
    OptionValues.parse(
        command,
        "--patches",
        () -> new DemoOptions(chosen, patches, DemoOptions.DEMO.farmlandParcels()));
    DemoOptions options =
        OptionValues.parse(command, "--farmland", () -> new DemoOptions(chosen, patches, farmland));
    // Written into a hidden folder beside the output and moved into it once complete, so that a
    // size the province cannot hold leaves nothing behind.
    Path target = out.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path staging = Files.createTempDirectory(target.getParent(), ".mineeco-demo-");
    DemoResult result;
    try {
      result = DemoData.generate(options, staging);
      Files.createDirectories(target);
      for (String file : result.featureCounts().keySet()) {
        Files.move(
            staging.resolve(file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IllegalStateException e) {
      throw new CommandFailure(
          "cannot generate "
              + patches
              + " patches and "
              + farmland
              + " farmland parcels with seed "
              + chosen
              + ": "
              + e.getMessage()
              + "; choose a smaller --patches or --farmland, or another --seed");
    } finally {
      deleteTree(staging);
    }
    result.featureCounts().forEach((file, count) -> System.out.println(file + ": " + count));
    return 0;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
