package org.mineeco.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.inventory.Inventory;
import org.mineeco.io.Feature;
import org.mineeco.reporting.ReportingOptions;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.SmallSpec;
import org.mineeco.stats.Preset;
import org.mineeco.tile.TileLayer;

class InventoryMapTest {
  @Test
  void oneLayerPerRecordedYearWithThePatchesOfThatYear(@TempDir Path dir) throws Exception {
    Inventory inventory = Inventory.open(dir.resolve("inventory.gpkg").toString());
    assertThrows(IllegalArgumentException.class, () -> InventoryMap.layers(inventory));
    AnalysisSpec small = AnalysisSpec.load(SmallSpec.write(dir));
    ReportingOptions options =
        ReportingOptions.builder(List.of(Preset.values()))
            .analysis(AnalysisOptions.defaults())
            .build();
    inventory.add(2021, small, options);
    inventory.add(2020, small, options);
    List<TileLayer> layers = InventoryMap.layers(inventory);
    assertEquals(
        List.of("patches_2020", "patches_2021"), layers.stream().map(TileLayer::name).toList());
    for (TileLayer layer : layers) {
      assertEquals(SmallSpec.PATCHES.keySet(), ids(layer.features()));
      long year = Long.parseLong(layer.name().substring(InventoryMap.PREFIX.length()));
      layer.features().forEach(f -> assertEquals(year, f.get("year")));
    }
    Feature red =
        layers.get(0).features().stream()
            .filter(f -> f.get("id").equals("P-RED"))
            .findFirst()
            .get();
    assertEquals("not_restored", red.get("restoration_state"));
    assertEquals("first", red.get("matched"));
    assertEquals(
        Math.round(SmallSpec.areaSquareMetres("P-RED") * 3 / 2000 * 100) / 100.0,
        (double) red.get("area_mu"),
        0.011);
  }

  private static Set<Object> ids(List<Feature> features) {
    return Set.copyOf(features.stream().map(f -> f.get("id")).toList());
  }
}
