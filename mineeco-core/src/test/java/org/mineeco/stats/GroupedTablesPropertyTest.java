package org.mineeco.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mineeco.table.Cell;
import org.mineeco.table.Row;
import org.mineeco.table.Table;
import org.mineeco.units.AreaUnit;

/** Seeded random patches: nothing is lost, and totals are sums of the unrounded rows. */
class GroupedTablesPropertyTest {
  private static final List<String> COUNTIES = List.of("210602", "210603", "210624", "210681");
  private static final List<String> STATUSES = List.of("PRODUCING", "ABANDONED", "LEGACY");

  @Test
  void totalsEqualPatchCountAndAreaForAnyGrouping() {
    Random random = new Random(20240601);
    for (int round = 0; round < 20; round++) {
      List<PatchFacts> patches = new ArrayList<>();
      double totalMu = 0;
      int n = 1 + random.nextInt(60);
      for (int i = 0; i < n; i++) {
        double mu = random.nextDouble() * 50;
        totalMu += mu;
        Facts f = Facts.patch("p" + i, mu, AreaUnit.MU);
        if (random.nextInt(5) > 0) {
          f.dim(PatchFacts.STATUS, STATUSES.get(random.nextInt(STATUSES.size())));
        }
        double left = mu * (random.nextInt(4) == 0 ? 0.9 : 1.0);
        int parts = 1 + random.nextInt(2);
        for (int k = 0; k < parts; k++) {
          double part = k == parts - 1 ? left : left * random.nextDouble();
          f.in(COUNTIES.get(random.nextInt(COUNTIES.size())), part);
          left -= part;
        }
        patches.add(f.build());
      }
      RegionLevel level = RegionLevel.values()[random.nextInt(2)];
      Table table =
          GroupedTables.table(
              patches,
              List.of(),
              TableDefinition.of(
                  "p",
                  level.name().toLowerCase(java.util.Locale.ROOT) + ",status",
                  "",
                  "patches,mu",
                  ""));
      int area = table.columnIndex("mu");
      int count = table.columnIndex("patches");
      double dataMu = 0;
      long dataCount = 0;
      for (Row row : table.rows()) {
        if (row.kind() == Row.Kind.DATA) {
          dataMu += ((Cell.Measure) row.cells().get(area)).area().in(AreaUnit.MU);
          dataCount += ((Cell.Count) row.cells().get(count)).count();
        }
      }
      Row total = table.rows().get(table.rows().size() - 1);
      double totalRowMu = ((Cell.Measure) total.cells().get(area)).area().in(AreaUnit.MU);
      assertEquals(n, dataCount, "every patch counted once");
      assertEquals(n, ((Cell.Count) total.cells().get(count)).count());
      assertEquals(totalMu, dataMu, 1e-9 * totalMu + 1e-9, "no area lost or doubled");
      assertEquals(dataMu, totalRowMu, 1e-9 * totalMu + 1e-9, "total = sum of unrounded rows");
    }
  }
}
