package org.mineeco.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mineeco.table.Table;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Language;

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

  /**
   * The severe zones a and b overlap by 1 km² inside C1: their union is 4 km² (2 in C1, 2 in C2),
   * with c 5 km² (2 in C1, 3 in C2).
   */
  private static final ZoneCounts.Tally TALLY =
      new ZoneCounts.Tally(
          new org.mineeco.vocabulary.Bilingual("impact zones", "影响分区"),
          "LEVEL",
          ZONES,
          Map.of(
              "严重影响区",
              new ZoneArea(km2(4), Map.of(C1, km2(2), C2, km2(2))),
              PatchFacts.UNKNOWN,
              new ZoneArea(km2(1), Map.of(C2, km2(1)))),
          new ZoneArea(km2(5), Map.of(C1, km2(2), C2, km2(3))),
          1);

  @Test
  void aZoneCountsOnceInTheRegionOfItsLargestPartAndAreasAreUnions() {
    Table t =
        ZoneCounts.table(
            TALLY, REGIONS, RegionLevel.COUNTY, KM2, 2, org.mineeco.vocabulary.Labels.DEFAULTS);
    // C1: a, and 1 km² of b that lies inside a; b's count goes to C2 (2 > 1)
    assertEquals(List.of(C1, "元宝区", "严重影响区", "1", "2.00"), row(t, 0));
    assertEquals(List.of(C1, "元宝区", "Subtotal", "1", "2.00"), row(t, 1));
    assertEquals(List.of(C2, "宽甸满族自治县", "严重影响区", "1", "2.00"), row(t, 2));
    assertEquals(List.of(C2, "宽甸满族自治县", "(none)", "1", "1.00"), row(t, 3));
    assertEquals(List.of(C2, "宽甸满族自治县", "Subtotal", "2", "3.00"), row(t, 4));
    // the total is the union of every zone (5 km²), not the sum of the rows' areas (2 + 2 + 1)
    assertEquals(List.of("Total", "", "", "3", "5.00"), row(t, t.rows().size() - 1));
    assertTrue(
        t.notes().stream().anyMatch(n -> n.en().contains("1 features of the layer were left out")),
        t.notes().toString());
  }

  @Test
  void withoutRegionsOneRowPerValueAsInSeed003() {
    Table t =
        ZoneCounts.table(TALLY, REGIONS, null, KM2, 2, org.mineeco.vocabulary.Labels.DEFAULTS);
    assertEquals(List.of("严重影响区", "2", "4.00"), row(t, 0));
    assertEquals(List.of("(none)", "1", "1.00"), row(t, 1));
    assertEquals(List.of("Total", "3", "5.00"), row(t, 2));
    assertEquals("处", t.columns().get(1).unitText(Language.ZH));
    assertEquals("影响分区按LEVEL分类个数及面积统计表（平方千米）", t.title().zh());
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
