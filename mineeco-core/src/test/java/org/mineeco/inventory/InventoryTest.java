package org.mineeco.inventory;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inventory in a GeoPackage file (the embedded default). */
class InventoryTest {
  @Test
  void theDemosTwoSurveysGiveTheReadmesMonitoringFromTheStore(@TempDir Path dir) {
    InventoryChecks.demoMonitoringFromTheStore(dir.resolve("inventory.gpkg").toString());
  }

  @Test
  void addingAYearTwiceReplacesItAndWritersAtOnceBothLand(@TempDir Path dir) throws Exception {
    InventoryChecks.replacesAYearAndSerialisesWriters(
        Inventory.open(dir.resolve("new-folder").resolve("inventory.gpkg").toString()), dir);
  }

  @Test
  void aYearNotRecordedIsAnErrorNamingTheYears(@TempDir Path dir) {
    Inventory inventory = Inventory.open(dir.resolve("empty.gpkg").toString());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> inventory.report(2024, null, InventoryChecks.options()));
    assertTrue(e.getMessage().contains("no year 2024"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Inventory.open("inventory.txt"));
  }
}
