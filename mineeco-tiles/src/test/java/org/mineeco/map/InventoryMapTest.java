package org.mineeco.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.inventory.Inventory;
import org.mineeco.io.Feature;
import org.mineeco.spec.SmallSpec;
import org.mineeco.tile.TileLayer;

class InventoryMapTest {
  @Test
  void oneLayerPerRecordedYearWithThePatchesOfThatYear(@TempDir Path dir) throws Exception {
    Inventory empty = Inventory.open(SmallInventory.store(dir).toString());
    assertThrows(IllegalArgumentException.class, () -> InventoryMap.layers(empty));
    Inventory inventory = SmallInventory.record(dir, 2021, 2020);
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
