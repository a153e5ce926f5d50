package org.mineeco.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mineeco.stats.Facts.cell;
import static org.mineeco.stats.Facts.patch;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mineeco.table.Row;
import org.mineeco.table.Table;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;

class GroupedTablesTest {
  private static final List<Region> REGIONS =
      List.of(
          Region.ofCode("110000", "Beijing"),
          Region.ofCode("110100", "Beijing city"),
          Region.ofCode("110101", "Dongcheng"),
          Region.ofCode("110102", "Xicheng"),
          Region.ofCode("110105", "Chaoyang"));

  /** Rows by region level (and dimensions), one area measure in {@code unit} plus counts. */
  private static TableDefinition byRegion(
      RegionLevel level, List<String> dims, AreaUnit unit, int decimals) {
    List<String> rows = new java.util.ArrayList<>();
    rows.add(level.name().toLowerCase(java.util.Locale.ROOT));
    rows.addAll(dims);
    return TableDefinition.builder("t")
        .rows(rows)
        .measures(
            List.of(
                TableDefinition.Measure.PATCHES,
                TableDefinition.Measure.MINES,
                TableDefinition.Measure.parse(unit.symbol())))
        .decimals(decimals)
        .build();
  }

  /**
   * Two overlapping zones: a patch of 10 mu has 6 in the red line and 5 in farmland, 3 of them in
   * both (so 8 in their union); another of 4 mu lies in farmland only; a third of 2 mu in neither.
   * Each zone counts the patches with area in it; the union row counts each patch once and measures
   * 8 + 4 = 12 mu, less than the sum of the zone rows (6 + 9 = 15); all patches are the total.
   */
  @Test
  void zonesCountEveryPatchInThemAndTheirUnionMeasuresOverlapsOnce() {
    List<PatchFacts> patches =
        List.of(
            patch("both", 10, AreaUnit.MU)
                .in("110101", 10)
                .zone("red_line", 6)
                .zone("farmland", 5)
                .overlap(3, "red_line")
                .overlap(2, "farmland")
                .overlap(3, "red_line", "farmland")
                .build(),
            patch("farm", 4, AreaUnit.MU).in("110101", 4).zone("farmland", 4).build(),
            patch("none", 2, AreaUnit.MU).in("110101", 2).build());
    TableDefinition d =
        TableDefinition.builder("zones")
            .rows(List.of("zone"))
            .measures(List.of(TableDefinition.Measure.PATCHES, TableDefinition.Measure.MU))
            .zones(List.of("red_line", "farmland"))
            .decimals(2)
            .build();
    Table t = GroupedTables.table(patches, REGIONS, d);
    assertEquals(
        List.of("ecological protection red line", "1", "6.00", "10.00"),
        Facts.row(t, "zone", "ecological protection red line"));
    assertEquals(
        List.of("permanent basic farmland", "2", "9.00", "14.00"),
        Facts.row(t, "zone", "permanent basic farmland"));
    List<String> union = Facts.row(t, "zone", "in any of the zones (union, overlaps once)");
    assertEquals(List.of("2", "12.00", "14.00"), union.subList(1, 4));
    assertTrue(Double.parseDouble(union.get(2)) < 6 + 9, "the union is less than the sum");
    assertEquals(
        List.of("outside the zones", "1", "", "2.00"), Facts.row(t, "zone", "outside the zones"));
    assertEquals(List.of("All patches", "3", "", "16.00"), Facts.row(t, "zone", "All patches"));
    assertEquals("生态保护红线", t.text(0, 0, org.mineeco.vocabulary.Language.ZH));
    assertEquals("区内面积", t.columns().get(2).title().zh());
    assertEquals("图斑面积", t.columns().get(3).title().zh());
  }

  @Test
  void roundsAfterSummingSoThreeRowsOfPointFourMuMakeOne() {
    List<PatchFacts> patches =
        List.of(
            patch("a", 0.4, AreaUnit.MU).in("110101", 0.4).build(),
            patch("b", 0.4, AreaUnit.MU).in("110102", 0.4).build(),
            patch("c", 0.4, AreaUnit.MU).in("110105", 0.4).build());
    Table table =
        GroupedTables.table(
            patches, REGIONS, byRegion(RegionLevel.COUNTY, List.of(), AreaUnit.MU, 0));
    for (String county : List.of("110101", "110102", "110105")) {
      assertEquals("0", cell(table, "region", county, "mu"));
      assertEquals("1", cell(table, "region", county, "patches"));
    }
    assertEquals("1", cell(table, "region", "Total", "mu"), "1.2 mu rounds to 1, not 0");
    assertEquals("3", cell(table, "region", "Total", "patches"));
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
            byRegion(RegionLevel.COUNTY, List.of(PatchFacts.STATUS), AreaUnit.SQUARE_METRE, 1));
    // rows in the plans' order of statuses: 110101/PRODUCING, 110101/ABANDONED, subtotal,
    // 110102/ABANDONED, subtotal, total
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
    int area = table.columnIndex("m2");
    int count = table.columnIndex("patches");
    assertEquals("50.0", table.number(0, area).toPlainString());
    assertEquals("100.0", table.number(1, area).toPlainString());
    assertEquals("0", table.number(1, count).toPlainString(), "count goes to the larger part");
    assertEquals("150.0", table.number(2, area).toPlainString());
    assertEquals("200.0", table.number(3, area).toPlainString());
    assertEquals("1", table.number(3, count).toPlainString());
    assertEquals("350.0", table.number(5, area).toPlainString());
    assertEquals("2", table.number(5, count).toPlainString());
  }

  @Test
  void bandsOfOneCorridorCountAPatchOnceInItsLargestBand() {
    // 100 m²: 40 in the 0-5 km band, 50 in the 5-10 km band, 10 outside both.
    PatchFacts twoBands =
        patch("p", 100, AreaUnit.SQUARE_METRE)
            .in("110101", 100)
            .zone("rivers_0_5000", 40)
            .zone("rivers_5000_10000", 50)
            .build();
    Table bands =
        GroupedTables.table(
            List.of(twoBands),
            REGIONS,
            TableDefinition.of(
                "t", "city", "band", "patches,m2", "rivers_0_5000,rivers_5000_10000"));
    assertEquals("0", cell(bands, "region", "110100", "rivers_0_5000_patches"));
    assertEquals("40", cell(bands, "region", "110100", "rivers_0_5000_m2"));
    assertEquals("1", cell(bands, "region", "110100", "rivers_5000_10000_patches"));
    assertEquals("50", cell(bands, "region", "110100", "rivers_5000_10000_m2"));
    assertEquals("0", cell(bands, "region", "110100", "NONE_patches"));
    assertEquals("10", cell(bands, "region", "110100", "NONE_m2"));
    assertEquals("1", cell(bands, "region", "110100", "total_patches"));
    assertEquals("100", cell(bands, "region", "110100", "total_m2"));
    assertTrue(
        bands.columnIndex("rivers_0_5000_m2") < bands.columnIndex("rivers_5000_10000_m2")
            && bands.columnIndex("rivers_5000_10000_m2") < bands.columnIndex("NONE_m2"),
        "bands in the order given, the rest last");
  }

  @Test
  void damageTypeByStatusInMuWithSubtotalsAndAFilter() {
    // Seed 003's shape: county × status rows, damage-type columns, mu. Areas in mu.
    List<PatchFacts> patches =
        List.of(
            patch("a", 3, AreaUnit.MU)
                .dim(PatchFacts.STATUS, "PRODUCING")
                .dim(PatchFacts.DAMAGE, "OPEN_PIT")
                .in("110101", 3)
                .build(),
            patch("b", 5, AreaUnit.MU)
                .dim(PatchFacts.STATUS, "PRODUCING")
                .dim(PatchFacts.DAMAGE, "TAILINGS")
                .in("110101", 5)
                .build(),
            patch("c", 7, AreaUnit.MU)
                .dim(PatchFacts.STATUS, "ABANDONED")
                .dim(PatchFacts.DAMAGE, "OPEN_PIT")
                .in("110102", 7)
                .build(),
            patch("d", 11, AreaUnit.MU)
                .dim(PatchFacts.STATUS, "ABANDONED")
                .in("110102", 11)
                .build(),
            patch("e", 13, AreaUnit.MU)
                .dim(PatchFacts.STATUS, "CLOSED")
                .dim(PatchFacts.DAMAGE, "OPEN_PIT")
                .in("110102", 13)
                .build());
    TableDefinition definition =
        TableDefinition.of("damage-status", "county,status", "damage", "mu", "").toBuilder()
            .where(java.util.Map.of("status", java.util.Set.of("producing", "ABANDONED")))
            .build();
    Table t = GroupedTables.table(patches, REGIONS, definition);
    assertEquals(
        List.of("行政区代码", "区县", "矿山状态", "露天采场", "尾矿库", "未知", "合计"),
        java.util.stream.Stream.concat(
                t.columns().subList(0, 3).stream().map(c -> c.title().zh()),
                t.columns().subList(3, 7).stream().map(c -> c.group().zh()))
            .toList());
    // rows: 110101/PRODUCING, subtotal, 110102/ABANDONED, subtotal, total
    List<Row.Kind> kinds = t.rows().stream().map(Row::kind).toList();
    assertEquals(
        List.of(Row.Kind.DATA, Row.Kind.SUBTOTAL, Row.Kind.DATA, Row.Kind.SUBTOTAL, Row.Kind.TOTAL),
        kinds);
    String producing = org.mineeco.model.MineStatus.PRODUCING.label();
    String abandoned = org.mineeco.model.MineStatus.ABANDONED.label();
    assertEquals(
        List.of("110101", "Dongcheng", producing, "3.00", "5.00", "0.00", "8.00"),
        Facts.row(t, "status", producing));
    assertEquals(
        List.of("110102", "Xicheng", abandoned, "7.00", "0.00", "11.00", "18.00"),
        Facts.row(t, "status", abandoned));
    assertEquals(
        List.of("Total", "", "", "10.00", "5.00", "11.00", "26.00"),
        Facts.row(t, "region", "Total"));
    assertTrue(
        t.notes().stream()
            .anyMatch(n -> n.en().contains("1 patches (13.00 mu) of the analysis are outside")),
        "the 13 mu closed patch is left out and said so: " + t.notes());
    assertTrue(t.notes().stream().anyMatch(n -> n.en().startsWith("Counting rule")));
  }

  @Test
  void aPatchWithoutARestorationYearFallsBackOnItsPlannedPeriod() {
    List<PatchFacts> patches =
        List.of(
            patch("dated", 1, AreaUnit.HECTARE).year(2022).dim(PatchFacts.PERIOD, "LATER").build(),
            patch("a", 2, AreaUnit.HECTARE).dim(PatchFacts.PERIOD, "WITHIN_14TH_FYP").build(),
            patch("b", 4, AreaUnit.HECTARE).dim(PatchFacts.PERIOD, "LATER").build(),
            patch("none", 8, AreaUnit.HECTARE).build());
    Table t = GroupedTables.table(patches, REGIONS, TableDefinition.of("t", "year", "", "ha", ""));
    assertEquals("1.00", cell(t, "year", "2022", "ha"), "the year wins over NXFSJD");
    assertEquals("2.00", cell(t, "year", "2021-2025", "ha"));
    assertEquals("4.00", cell(t, "year", "2026-", "ha"));
    assertEquals("8.00", cell(t, "year", "UNKNOWN", "ha"));
  }

  @Test
  void aCountySplitPatchSplitsItsZoneAreaAsMeasuredNotProrated() {
    // 100 m²: 60 in 110101, 40 in 110102; its 30 m² of red line all lie in 110102 (measured).
    // Prorating would put 18 m² of red line in 110101 and 12 in 110102.
    PatchFacts split =
        patch("split", 100, AreaUnit.SQUARE_METRE)
            .in("110101", 60)
            .in("110102", 40)
            .zone("red_line", 30)
            .zoneIn("110101", "red_line", 0)
            .zoneIn("110102", "red_line", 30)
            .build();
    Table t =
        GroupedTables.table(
            List.of(split),
            REGIONS,
            TableDefinition.of("t", "county", "zone", "patches,m2", "red_line"));
    assertEquals("0", cell(t, "region", "110101", "red_line_m2"));
    assertEquals("0", cell(t, "region", "110101", "red_line_patches"));
    assertEquals("30", cell(t, "region", "110102", "red_line_m2"));
    assertEquals(
        "1",
        cell(t, "region", "110102", "red_line_patches"),
        "in the red line, the count goes to the county holding its red-line part");
    assertEquals("100", cell(t, "region", "110102", "red_line_m2_patches"));
    assertEquals("30", cell(t, "region", "110102", "UNION_m2"));
    // all patches: the count where most of the patch lies (60 m² in 110101)
    assertEquals("1", cell(t, "region", "110101", "total_patches"));
    assertEquals("1", cell(t, "region", "Total", "total_patches"));
    assertEquals("100", cell(t, "region", "Total", "total_m2_patches"));
    Target inZone =
        new Target(
            1,
            "110102",
            null,
            null,
            "red_line",
            null,
            Area.of(30, AreaUnit.SQUARE_METRE),
            AreaUnit.SQUARE_METRE,
            null,
            null);
    PatchFacts restored =
        patch("r", 100, AreaUnit.SQUARE_METRE)
            .dim(PatchFacts.STATE, "RESTORED")
            .in("110101", 60)
            .in("110102", 40)
            .zone("red_line", 30)
            .zoneIn("110101", "red_line", 0)
            .zoneIn("110102", "red_line", 30)
            .build();
    assertEquals(
        30,
        Targets.evaluate(List.of(inZone), List.of(restored), REGIONS)
            .get(0)
            .achieved()
            .in(AreaUnit.SQUARE_METRE),
        1e-9,
        "the target counts the measured 30 m², not 40% of 30");
  }

  @Test
  void thePeriodsPresetIsADefinitionWithYearPeriods() {
    List<PatchFacts> patches =
        List.of(
            patch("a", 2, AreaUnit.HECTARE)
                .dim(PatchFacts.CLASS, "LEGACY")
                .year(2022)
                .in("110101", 2)
                .build(),
            patch("late", 5, AreaUnit.HECTARE)
                .dim(PatchFacts.CLASS, "LEGACY")
                .year(2040)
                .in("110101", 5)
                .build());
    TableDefinition d =
        TableDefinition.periods(
            RegionLevel.COUNTY,
            List.of(YearRange.parse("2022-2023"), YearRange.parse("2030-2031")),
            AreaUnit.HECTARE,
            2);
    Table t = GroupedTables.table(patches, REGIONS, d);
    assertEquals("2.00", cell(t, "region", "110101", "2022-2023_ha"));
    assertEquals(
        "0.00", cell(t, "region", "110101", "2030-2031_ha"), "an empty period keeps its column");
    assertEquals("2.00", cell(t, "region", "110101", "total_ha"));
    assertTrue(
        t.notes().stream()
            .anyMatch(n -> n.en().contains("1 patches (5.00 ha) of the analysis are outside")),
        t.notes().toString());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            d.toBuilder()
                .periods(List.of(YearRange.parse("2022-2025"), YearRange.parse("2024-2026")))
                .build());
  }

  @Test
  void definitionsRefuseWhatTheyCannotBuild() {
    assertThrows(
        IllegalArgumentException.class, () -> TableDefinition.of("t", "county", "", "acres", ""));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TableDefinition.of("t", "county,colour", "", "mu", ""));
    assertTrue(e.getMessage().contains("unknown dimension 'colour'"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> TableDefinition.of("t", "county,city", "", "mu", ""));
    assertThrows(
        IllegalArgumentException.class, () -> TableDefinition.of("t", "zone", "", "mu", ""));
    assertThrows(
        IllegalArgumentException.class,
        () -> TableDefinition.of("t", "status", "status", "mu", ""));
    assertThrows(IllegalArgumentException.class, () -> TableDefinition.of("t", "", "", "mu", ""));
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
            patches, REGIONS, byRegion(RegionLevel.COUNTY, List.of(), AreaUnit.SQUARE_METRE, 0));
    assertEquals("2", cell(table, "region", "110101", "patches"));
    assertEquals("1", cell(table, "region", "110101", "mines"), "only solo");
    assertEquals("2", cell(table, "region", "110102", "patches"));
    assertEquals("1", cell(table, "region", "110102", "mines"), "mine M, once");
    assertEquals("4", cell(table, "region", "Total", "patches"));
    assertEquals("2", cell(table, "region", "Total", "mines"));
    assertEquals("290", cell(table, "region", "Total", "m2"));
  }

  @Test
  void partOutsideEveryRegionGetsItsOwnRowAndNothingIsLost() {
    PatchFacts edge = patch("e", 10, AreaUnit.HECTARE).in("110101", 7).build();
    Table table =
        GroupedTables.table(
            List.of(edge), REGIONS, byRegion(RegionLevel.PROVINCE, List.of(), AreaUnit.HECTARE, 2));
    assertEquals("7.00", cell(table, "region", "110000", "ha"));
    assertEquals("3.00", cell(table, "region", RegionTree.OUTSIDE, "ha"));
    assertEquals("10.00", cell(table, "region", "Total", "ha"));
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
            patches, named, byRegion(RegionLevel.PROVINCE, List.of(), AreaUnit.HECTARE, 2));
    assertEquals("North", cell(table, "region", "north", "region_name"));
    assertEquals("5.00", cell(table, "region", "north", "ha"));
    assertEquals("2", cell(table, "region", "north", "patches"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                GroupedTables.table(
                    patches,
                    List.of(new Region("vale", "Vale", null, RegionLevel.COUNTY)),
                    byRegion(RegionLevel.CITY, List.of(), AreaUnit.HECTARE, 2)));
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
                    byRegion(RegionLevel.CITY, List.of(), AreaUnit.HECTARE, 2)));
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
