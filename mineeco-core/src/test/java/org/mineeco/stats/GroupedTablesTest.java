package org.mineeco.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mineeco.stats.Facts.cell;
import static org.mineeco.stats.Facts.patch;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mineeco.report.Row;
import org.mineeco.report.Table;
import org.mineeco.units.AreaUnit;

class GroupedTablesTest {
  private static final List<Region> REGIONS =
      List.of(
          Region.ofCode("110000", "Beijing"),
          Region.ofCode("110100", "Beijing city"),
          Region.ofCode("110101", "Dongcheng"),
          Region.ofCode("110102", "Xicheng"),
          Region.ofCode("110105", "Chaoyang"));

  @Test
  void roundsAfterSummingSoThreeRowsOfPointFourMuMakeOne() {
    List<PatchFacts> patches =
        List.of(
            patch("a", 0.4, AreaUnit.MU).in("110101", 0.4).build(),
            patch("b", 0.4, AreaUnit.MU).in("110102", 0.4).build(),
            patch("c", 0.4, AreaUnit.MU).in("110105", 0.4).build());
    Table table =
        GroupedTables.table(
            patches,
            REGIONS,
            new GroupingOptions("t", RegionLevel.COUNTY, List.of(), List.of(), AreaUnit.MU, 0));
    for (String county : List.of("110101", "110102", "110105")) {
      assertEquals("0", cell(table, "region", county, "*_area"));
      assertEquals("1", cell(table, "region", county, "*_count"));
    }
    assertEquals("1", cell(table, "region", "Total", "*_area"), "1.2 mu rounds to 1, not 0");
    assertEquals("3", cell(table, "region", "Total", "*_count"));
    assertTrue(
        table.notes().stream().anyMatch(n -> n.en().contains("after summing")),
        "notes say rounding is after summing");
  }

  @Test
  void splitPatchAddsAreaToEachCountyAndCountToTheLargestPart() {
    List<PatchFacts> patches =
        List.of(
            patch("split", 300, AreaUnit.SQUARE_METRE)
                .dim(PatchFacts.STATUS, "ABANDONED")
                .in("110101", 100)
                .in("110102", 200)
                .build(),
            patch("whole", 50, AreaUnit.SQUARE_METRE)
                .dim(PatchFacts.STATUS, "PRODUCING")
                .in("110101", 50)
                .build());
    Table table =
        GroupedTables.table(
            patches,
            REGIONS,
            new GroupingOptions(
                "t",
                RegionLevel.COUNTY,
                List.of(PatchFacts.STATUS),
                List.of(),
                AreaUnit.SQUARE_METRE,
                1));
    // rows: 110101/ABANDONED, 110101/PRODUCING, subtotal, 110102/ABANDONED, subtotal, total
    List<Row.Kind> kinds = table.rows().stream().map(Row::kind).toList();
    assertEquals(
        List.of(
            Row.Kind.DATA,
            Row.Kind.DATA,
            Row.Kind.SUBTOTAL,
            Row.Kind.DATA,
            Row.Kind.SUBTOTAL,
            Row.Kind.TOTAL),
        kinds);
    int area = table.columnIndex("*_area");
    int count = table.columnIndex("*_count");
    assertEquals("100.0", table.number(0, area).toPlainString());
    assertEquals("0", table.number(0, count).toPlainString(), "count goes to the larger part");
    assertEquals("50.0", table.number(1, area).toPlainString());
    assertEquals("150.0", table.number(2, area).toPlainString());
    assertEquals("200.0", table.number(3, area).toPlainString());
    assertEquals("1", table.number(3, count).toPlainString());
    assertEquals("350.0", table.number(5, area).toPlainString());
    assertEquals("2", table.number(5, count).toPlainString());
  }

  @Test
  void bandsOfOneCorridorCountAPatchOnceInItsLargestBand() {
    PatchFacts twoBands =
        patch("p", 100, AreaUnit.SQUARE_METRE)
            .in("110101", 100)
            .zone("rivers_0_5000", 40)
            .zone("rivers_5000_10000", 60)
            .build();
    List<String> bands = List.of("rivers_0_5000", "rivers_5000_10000");
    Table largest =
        GroupedTables.table(
            List.of(twoBands),
            REGIONS,
            new GroupingOptions("t", RegionLevel.CITY, List.of(), bands, AreaUnit.SQUARE_METRE, 0));
    assertEquals("0", cell(largest, "region", "110100", "rivers_0_5000_count"));
    assertEquals("40", cell(largest, "region", "110100", "rivers_0_5000_area"));
    assertEquals("1", cell(largest, "region", "110100", "rivers_5000_10000_count"));
    assertEquals("60", cell(largest, "region", "110100", "rivers_5000_10000_area"));
  }

  @Test
  void aMineOfThreePatchesCountsOnceWhereItsPatchesHaveMostArea() {
    // Mine M: 100 m² in 110101, 150 + 30 m² in 110102, so it counts in 110102; patch "solo"
    // has no mine id and is its own mine.
    List<PatchFacts> patches =
        List.of(
            patch("a", 100, AreaUnit.SQUARE_METRE).mine("M").in("110101", 100).build(),
            patch("b", 150, AreaUnit.SQUARE_METRE).mine("M").in("110102", 150).build(),
            patch("c", 30, AreaUnit.SQUARE_METRE).mine("M").in("110102", 30).build(),
            patch("solo", 10, AreaUnit.SQUARE_METRE).in("110101", 10).build());
    Table table =
        GroupedTables.table(
            patches,
            REGIONS,
            new GroupingOptions(
                "t", RegionLevel.COUNTY, List.of(), List.of(), AreaUnit.SQUARE_METRE, 0));
    assertEquals("2", cell(table, "region", "110101", "*_count"));
    assertEquals("1", cell(table, "region", "110101", "*_mines"), "only solo");
    assertEquals("2", cell(table, "region", "110102", "*_count"));
    assertEquals("1", cell(table, "region", "110102", "*_mines"), "mine M, once");
    assertEquals("4", cell(table, "region", "Total", "*_count"));
    assertEquals("2", cell(table, "region", "Total", "*_mines"));
    assertEquals("290", cell(table, "region", "Total", "*_area"));
  }

  @Test
  void partOutsideEveryRegionGetsItsOwnRowAndNothingIsLost() {
    PatchFacts edge = patch("e", 10, AreaUnit.HECTARE).in("110101", 7).build();
    Table table =
        GroupedTables.table(
            List.of(edge),
            REGIONS,
            GroupingOptions.byRegion("t", RegionLevel.PROVINCE, AreaUnit.HECTARE));
    assertEquals("7.00", cell(table, "region", "110000", "*_area"));
    assertEquals("3.00", cell(table, "region", RegionTree.OUTSIDE, "*_area"));
    assertEquals("10.00", cell(table, "region", "Total", "*_area"));
  }

  @Test
  void regionsWithoutCodesRollUpThroughTheirParents() {
    List<Region> named =
        List.of(
            new Region("north", "North", null, RegionLevel.PROVINCE),
            new Region("hill", "Hill city", "north", RegionLevel.CITY),
            new Region("vale", "Vale county", "hill", RegionLevel.COUNTY),
            new Region("moor", "Moor county", "hill", RegionLevel.COUNTY));
    List<PatchFacts> patches =
        List.of(
            patch("v", 2, AreaUnit.HECTARE).in("vale", 2).build(),
            patch("m", 3, AreaUnit.HECTARE).in("moor", 1).in("vale", 2).build());
    Table table =
        GroupedTables.table(
            patches, named, GroupingOptions.byRegion("t", RegionLevel.PROVINCE, AreaUnit.HECTARE));
    assertEquals("North", cell(table, "region", "north", "region_name"));
    assertEquals("5.00", cell(table, "region", "north", "*_area"));
    assertEquals("2", cell(table, "region", "north", "*_count"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                GroupedTables.table(
                    patches,
                    List.of(new Region("vale", "Vale", null, RegionLevel.COUNTY)),
                    GroupingOptions.byRegion("t", RegionLevel.CITY, AreaUnit.HECTARE)));
    assertTrue(e.getMessage().contains("vale") && e.getMessage().contains("CITY"), e.getMessage());
  }

  @Test
  void unknownRegionThatIsNotACodeIsAnError() {
    PatchFacts odd = patch("x", 1, AreaUnit.HECTARE).in("nowhere", 1).build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                GroupedTables.table(
                    List.of(odd),
                    REGIONS,
                    GroupingOptions.byRegion("t", RegionLevel.CITY, AreaUnit.HECTARE)));
    assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
  }

  @Test
  void regionAreasLargerThanThePatchAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> patch("big", 1, AreaUnit.HECTARE).in("110101", 0.7).in("110102", 0.7).build());
    assertTrue(e.getMessage().contains("big"), e.getMessage());
  }
}
