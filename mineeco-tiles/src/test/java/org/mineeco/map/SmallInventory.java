package org.mineeco.map;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.inventory.Inventory;
import org.mineeco.reporting.ReportingOptions;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.SmallSpec;
import org.mineeco.stats.Preset;

/**
 * An inventory of {@link SmallSpec} recorded as several survey years (the same patches and states
 * each year: P-RIVER restored, P-RED and P-TOWN not), in {@code inventory.gpkg} of a folder.
 */
public final class SmallInventory {
  private SmallInventory() {}

  /** The store file {@link #record} writes in {@code dir}. */
  public static Path store(Path dir) {
    return dir.resolve("inventory.gpkg");
  }

  /** Writes the small spec into {@code dir} and records it as {@code years}, in that order. */
  public static Inventory record(Path dir, int... years) throws IOException {
    Inventory inventory = Inventory.open(store(dir).toString());
    AnalysisSpec small = AnalysisSpec.load(SmallSpec.write(dir));
    ReportingOptions options =
        ReportingOptions.builder(List.of(Preset.values()))
            .analysis(AnalysisOptions.defaults())
            .build();
    for (int year : years) {
      inventory.add(year, small, options);
    }
    return inventory;
  }
}
