package org.mineeco.inventory;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.postgis.TestDatabase;

/** The inventory in a schema of a real PostGIS (see {@link TestDatabase}), the shared store. */
class InventoryDatabaseTest {
  @Test
  void theDemosTwoSurveysGiveTheReadmesMonitoringFromTheStore() {
    InventoryChecks.demoMonitoringFromTheStore(
        TestDatabase.freshSchema("inventory_demo").toString());
  }

  @Test
  void addingAYearTwiceReplacesItAndWritersAtOnceBothLand(@TempDir Path dir) throws Exception {
    InventoryChecks.replacesAYearAndSerialisesWriters(
        Inventory.open(TestDatabase.freshSchema("inventory_small").toString()), dir);
  }
}
