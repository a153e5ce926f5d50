package org.mineeco.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mineeco.report.Language;
import org.mineeco.report.Table;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;

class ZoneCountsTest {
  private static final String C1 = "210602";
  private static final String C2 = "210624";
  private static final List<Region> REGIONS =
      List.of(Region.ofCode(C1, "元宝区"), Region.ofCode(C2, "宽甸满族自治县"));
  private static final AreaUnit KM2 = AreaUnit.SQUARE_KILOMETRE;

  /** Severe zone a (2 km² in C1), severe zone b (1 in C1, 2 in C2), zone c without a level. */
  private static final List<ZoneFeature> ZONES =
      List.of(
          new ZoneFeature(0, "严重影响区", km2(2), Map.of(C1, km2(2))),
          new ZoneFeature(1, "严重影响区", km2(3), Map.of(C1, km2(1), C2, km2(2))),
          new ZoneFeature(2, " ", km2(1), Map.of(C2, km2(1))));

  private static Area km2(double value) {
    return Area.of(value, KM2);
  }

  @Test
  void aZoneCountsOnceInTheRegionOfItsLargestPartWithItsAreaSplit() {
    Table t = ZoneCounts.table("impact", "LEVEL", ZONES, REGIONS, RegionLevel.COUNTY, KM2, 2, 1);
    // C1: a (2) and 1 of b; b's count goes to C2 (2 > 1)
    assertEquals(List.of(C1, "元宝区", "严重影响区", "1", "3.00"), row(t, 0));
    assertEquals(List.of(C1, "元宝区", "Subtotal", "1", "3.00"), row(t, 1));
    assertEquals(List.of(C2, "宽甸满族自治县", "严重影响区", "1", "2.00"), row(t, 2));
    assertEquals(List.of(C2, "宽甸满族自治县", "UNKNOWN", "1", "1.00"), row(t, 3));
    assertEquals(List.of("Total", "", "", "3", "6.00"), row(t, t.rows().size() - 1));
    assertTrue(
        t.notes().stream().anyMatch(n -> n.en().contains("1 features of the layer were left out")),
        t.notes().toString());
  }

  @Test
  void withoutRegionsOneRowPerValueAsInSeed003() {
    Table t = ZoneCounts.table("impact", "LEVEL", ZONES, REGIONS, null, KM2, 2, 0);
    assertEquals(List.of("严重影响区", "2", "5.00"), row(t, 0));
    assertEquals(List.of("UNKNOWN", "1", "1.00"), row(t, 1));
    assertEquals(List.of("Total", "3", "6.00"), row(t, 2));
    assertEquals("处", t.columns().get(1).unitText(Language.ZH));
  }

  @Test
  void aZoneCannotHaveMoreAreaInRegionsThanItHas() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ZoneFeature(4, "x", km2(1), Map.of(C1, km2(0.7), C2, km2(0.7))));
    assertTrue(e.getMessage().contains("zone feature 4"), e.getMessage());
  }

  private static List<String> row(Table t, int r) {
    return java.util.stream.IntStream.range(0, t.columns().size())
        .mapToObj(i -> t.text(r, i, Language.EN))
        .toList();
  }
}
