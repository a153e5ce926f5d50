package org.mineeco.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mineeco.stats.Facts.patch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.table.ReportOptions;
import org.mineeco.table.ReportWriter;
import org.mineeco.table.Table;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Labels;
import org.mineeco.vocabulary.Language;

class PresetsTest {
  private static final String MAIN = PresetOptions.MAIN_ZONE;
  private static final String TRIB = PresetOptions.TRIBUTARY_ZONE;
  private static final String UNION = PresetOptions.UNION_ZONE;

  /** An abandoned open pit (seed 004's subject): a legacy mine worked open pit. */
  private static Facts pit(String id, double area, AreaUnit unit) {
    return patch(id, area, unit).dim(PatchFacts.CLASS, "LEGACY").dim(PatchFacts.METHOD, "OPEN_PIT");
  }

  /** A patch of a legacy mine (seed 001's subject). */
  private static Facts legacy(String id, double area, AreaUnit unit) {
    return patch(id, area, unit).dim(PatchFacts.CLASS, "LEGACY");
  }

  @Test
  void yangtzeAnnexCountsAbandonedOpenPitsOnlyAndSaysSo() {
    List<Region> regions = List.of(Region.ofCode("360000", "江西"));
    AreaUnit ha = AreaUnit.HECTARE;
    List<PatchFacts> patches =
        List.of(
            pit("abandoned", 5, ha).in("360402", 5).zone(MAIN, 5).zone(UNION, 5).build(),
            patch("producing", 7, ha)
                .dim(PatchFacts.CLASS, "OTHER")
                .dim(PatchFacts.METHOD, "OPEN_PIT")
                .in("360402", 7)
                .zone(MAIN, 7)
                .zone(UNION, 7)
                .build(),
            patch("underground", 3, ha)
                .dim(PatchFacts.CLASS, "LEGACY")
                .dim(PatchFacts.METHOD, "UNDERGROUND")
                .in("360402", 3)
                .zone(MAIN, 3)
                .zone(UNION, 3)
                .build());
    Table t =
        Presets.tables(
                Preset.YANGTZE_ANNEX, patches, regions, PresetOptions.defaults(), Labels.DEFAULTS)
            .get(0);
    assertEquals(
        List.of("360000", "江西", "1", "1", "5.00", "0", "0", "0.00", "1", "1", "5.00"),
        Facts.row(t, "region", "360000"));
    assertTrue(t.title().zh().contains("废弃露天矿山"), t.title().zh());
    assertTrue(
        t.notes().stream()
            .anyMatch(
                n -> n.zh().contains("图斑类别为历史遗留矿山或有责任主体的废弃矿山") && n.zh().contains("开采方式为露天开采")),
        t.notes().toString());
    assertTrue(
        t.notes().stream().anyMatch(n -> n.zh().contains("其余2个图斑（10.00公顷）不在本表统计范围内")),
        t.notes().toString());
  }

  @Test
  void yangtzeAnnexCountsAPatchMostlyBeyondTenKilometresNowhereButKeepsItsAreaWithin() {
    List<Region> regions = List.of(Region.ofCode("360000", "江西"));
    AreaUnit ha = AreaUnit.HECTARE;
    // 6 ha: 2 within 10 km of the main stream, 4 beyond; its count goes to the part beyond
    PatchFacts straddling = pit("s", 6, ha).in("360402", 6).zone(MAIN, 2).zone(UNION, 2).build();
    Table t =
        Presets.tables(
                Preset.YANGTZE_ANNEX,
                List.of(straddling),
                regions,
                PresetOptions.defaults(),
                Labels.DEFAULTS)
            .get(0);
    assertEquals(
        List.of("Total", "", "0", "0", "2.00", "0", "0", "0.00", "0", "0", "2.00"),
        Facts.row(t, "region", "Total"));
    assertTrue(
        t.notes().stream().anyMatch(n -> n.en().contains("(1 patches are counted there")),
        t.notes().toString());
  }

  @Test
  void yangtzeAnnexTakesTheMeasuredZoneAreaInEachProvince() {
    List<Region> regions = List.of(Region.ofCode("360000", "江西"), Region.ofCode("420000", "湖北"));
    AreaUnit ha = AreaUnit.HECTARE;
    // 6 ha: 2 in Jiangxi, 4 in Hubei; its 3 ha within 10 km of the main stream all lie in Jiangxi
    PatchFacts split =
        pit("s", 6, ha)
            .in("360402", 2)
            .in("420602", 4)
            .zone(MAIN, 3)
            .zone(UNION, 3)
            .zoneIn("360402", MAIN, 2)
            .zoneIn("360402", UNION, 2)
            .zoneIn("420602", MAIN, 1)
            .zoneIn("420602", UNION, 1)
            .build();
    Table t =
        Presets.tables(
                Preset.YANGTZE_ANNEX,
                List.of(split),
                regions,
                PresetOptions.defaults(),
                Labels.DEFAULTS)
            .get(0);
    assertEquals("2.00", Facts.cell(t, "region", "360000", "MAIN_ha"), "not 3 x 2/6 = 1.00");
    assertEquals("1.00", Facts.cell(t, "region", "420000", "MAIN_ha"), "not 3 x 4/6 = 2.00");
  }

  @Test
  void yangtzeAnnexPutsAPatchNearBothRiversInExactlyOneSoTheTotalIsTheirSum() {
    List<Region> regions =
        List.of(
            Region.ofCode("310000", "上海"),
            Region.ofCode("360000", "江西"),
            Region.ofCode("420000", "湖北"));
    AreaUnit ha = AreaUnit.HECTARE;
    List<PatchFacts> patches =
        List.of(
            pit("p1", 10, ha).in("360402", 10).zone(MAIN, 10).zone(UNION, 10).build(),
            pit("p2", 4, ha).in("360403", 4).zone(TRIB, 3).build(),
            // straddles Jiangxi (2 ha) and Hubei (4 ha), near both rivers
            pit("p3", 6, ha)
                .in("360402", 2)
                .in("420602", 4)
                .zone(MAIN, 5)
                .zone(TRIB, 2)
                .zone(UNION, 6)
                .build(),
            pit("far", 8, ha).in("420602", 8).build());
    Table t =
        Presets.tables(
                Preset.YANGTZE_ANNEX, patches, regions, PresetOptions.defaults(), Labels.DEFAULTS)
            .get(0);
    // p3: 5 ha within the main stream band, 6 - 5 = 1 ha more within the tributaries' band; its
    // count goes to the main stream (5 > 1) in Hubei (4 of its 6 ha).
    // Jiangxi: main p1 10 + p3 5*2/6; tributaries p2 3 + p3 1*2/6; total their sum
    assertEquals(
        List.of("360000", "江西", "1", "1", "11.67", "1", "1", "3.33", "2", "2", "15.00"),
        Facts.row(t, "region", "360000"));
    // Hubei: main 5*4/6 with p3's count and mine, tributaries 1*4/6 and no count
    assertEquals(
        List.of("420000", "湖北", "1", "1", "3.33", "0", "0", "0.67", "1", "1", "4.00"),
        Facts.row(t, "region", "420000"));
    assertEquals(
        List.of("310000", "上海", "0", "0", "0.00", "0", "0", "0.00", "0", "0", "0.00"),
        Facts.row(t, "region", "310000"));
    assertEquals(
        List.of("Total", "", "2", "2", "15.00", "1", "1", "4.00", "3", "3", "19.00"),
        Facts.row(t, "region", "Total"));
  }

  @Test
  void yangtzeAnnexCountsAMineOfThreePatchesOnceWhereItHasMostArea() {
    List<Region> regions = List.of(Region.ofCode("420000", "湖北"));
    AreaUnit ha = AreaUnit.HECTARE;
    // mine M: 4 ha at the main stream, 3 + 2 ha at the tributaries: 3 patches, 1 mine (5 > 4)
    List<PatchFacts> patches =
        List.of(
            pit("m1", 4, ha).mine("M").in("420602", 4).zone(MAIN, 4).zone(UNION, 4).build(),
            pit("m2", 3, ha).mine("M").in("420602", 3).zone(TRIB, 3).zone(UNION, 3).build(),
            pit("m3", 2, ha).mine("M").in("420602", 2).zone(TRIB, 2).zone(UNION, 2).build());
    Table t =
        Presets.tables(
                Preset.YANGTZE_ANNEX, patches, regions, PresetOptions.defaults(), Labels.DEFAULTS)
            .get(0);
    assertEquals(
        List.of("420000", "湖北", "1", "0", "4.00", "2", "1", "5.00", "3", "1", "9.00"),
        Facts.row(t, "region", "420000"));
  }

  @Test
  void presetsAreTableDefinitions() {
    TableDefinition annex = Presets.definition(Preset.YANGTZE_ANNEX, PresetOptions.defaults());
    assertEquals(List.of("province"), annex.rows());
    assertEquals(List.of(TableDefinition.RIVER), annex.columns());
    assertEquals(new RiverZones(MAIN, TRIB, UNION), annex.rivers());
    TableDefinition dandong = Presets.definition(Preset.DANDONG, PresetOptions.defaults());
    assertEquals(List.of("year", PatchFacts.STATUS), dandong.columns());
    assertEquals(
        List.of(YearRange.parse("2018-2020"), YearRange.parse("2021-2022")), dandong.periods());
    assertEquals(
        List.of("PRODUCING", "CLOSED_OR_ABANDONED"),
        List.copyOf(dandong.groups().get(PatchFacts.STATUS).keySet()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Presets.definition(
                Preset.DANDONG,
                PresetOptions.builder()
                    .periods(YearRange.parse("2018-2021"), YearRange.parse("2021-2022"))
                    .build()));
  }

  @Test
  void yangtzeAnnexNeedsTheUnionColumnForAPatchNearBoth() {
    PatchFacts both =
        pit("both", 6, AreaUnit.HECTARE).in("360402", 6).zone(MAIN, 5).zone(TRIB, 2).build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Presets.tables(
                    Preset.YANGTZE_ANNEX,
                    List.of(both),
                    List.of(),
                    PresetOptions.defaults(),
                    Labels.DEFAULTS));
    assertTrue(e.getMessage().contains("both") && e.getMessage().contains(UNION), e.getMessage());
  }

  @Test
  void dandongSplitsByStatusGroupAndPeriodInMu() {
    List<Region> regions =
        List.of(Region.ofCode("210602", "元宝区"), Region.ofCode("210624", "宽甸满族自治县"));
    AreaUnit mu = AreaUnit.MU;
    List<PatchFacts> patches =
        List.of(
            patch("d1", 300, mu)
                .dim(PatchFacts.STATUS, "PRODUCING")
                .year(2019)
                .in("210602", 300)
                .build(),
            patch("d2", 150, mu)
                .dim(PatchFacts.STATUS, "POLICY_CLOSED")
                .year(2021)
                .in("210602", 150)
                .build(),
            patch("d3", 90, mu)
                .dim(PatchFacts.STATUS, "ABANDONED")
                .year(2020)
                .in("210602", 30)
                .in("210624", 60)
                .build(),
            patch("late", 50, mu)
                .dim(PatchFacts.STATUS, "PRODUCING")
                .year(2023)
                .in("210602", 50)
                .build(),
            patch("unknown", 10, mu).year(2019).in("210602", 10).build());
    Table t =
        Presets.tables(Preset.DANDONG, patches, regions, PresetOptions.defaults(), Labels.DEFAULTS)
            .get(0);
    // columns: p1 (producing, closed, subtotal), p2 (...), total (...)
    assertEquals(
        List.of("210602", "元宝区", "300", "30", "330", "0", "150", "150", "300", "180", "480"),
        Facts.row(t, "region", "210602"));
    assertEquals(
        List.of("210624", "宽甸满族自治县", "0", "60", "60", "0", "0", "0", "0", "60", "60"),
        Facts.row(t, "region", "210624"));
    assertEquals(
        List.of("Total", "", "300", "90", "390", "0", "150", "150", "300", "240", "540"),
        Facts.row(t, "region", "Total"));
    assertTrue(
        t.notes().stream()
            .anyMatch(n -> n.en().contains("2 patches (60 mu) of the analysis are outside")),
        "excluded patches are reported: " + t.notes());
  }

  @Test
  void periodsUsesConfigurableYearRangesInHectares() {
    List<Region> regions = List.of(Region.ofCode("230717", "友好区"));
    AreaUnit ha = AreaUnit.HECTARE;
    List<PatchFacts> patches =
        List.of(
            legacy("y1", 2.2, ha).year(2022).in("230717", 2.2).build(),
            legacy("y2", 3.5, ha).year(2023).in("230717", 3.5).build(),
            legacy("y3", 18.85, ha).year(2025).in("230717", 18.85).build(),
            legacy("early", 1, ha).year(2021).in("230717", 1).build());
    Table t =
        Presets.tables(Preset.PERIODS, patches, regions, PresetOptions.defaults(), Labels.DEFAULTS)
            .get(0);
    assertEquals(
        List.of("230717", "友好区", "5.70", "18.85", "24.55"), Facts.row(t, "region", "230717"));
    Table shifted =
        Presets.tables(
                Preset.PERIODS,
                patches,
                regions,
                PresetOptions.builder()
                    .periods(YearRange.parse("2021-2022"), YearRange.parse("2023-2025"))
                    .build(),
                Labels.DEFAULTS)
            .get(0);
    assertEquals(
        List.of("230717", "友好区", "3.20", "22.35", "25.55"), Facts.row(shifted, "region", "230717"));
  }

  @Test
  void allocationSumsRemainingByRegionAndNeedsTargetsOfOnePeriod() {
    List<Region> regions = List.of(Region.ofCode("210100", "沈阳"), Region.ofCode("210200", "大连"));
    AreaUnit mu = AreaUnit.MU;
    List<PatchFacts> patches =
        List.of(
            patch("s", 150, mu)
                .dim(PatchFacts.STATE, "RESTORED")
                .year(2022)
                .in("210102", 150)
                .build(),
            patch("d", 50, mu)
                .dim(PatchFacts.STATE, "RESTORED")
                .year(2023)
                .in("210211", 50)
                .build(),
            patch("old", 70, mu)
                .dim(PatchFacts.STATE, "RESTORED")
                .year(2019)
                .in("210211", 70)
                .build());
    YearRange plan = YearRange.parse("2021-2025");
    Target shenyang =
        new Target(2, "210100", plan, null, null, null, Area.of(100, mu), mu, null, null);
    Target dalian =
        new Target(3, "210200", plan, null, null, null, Area.of(100, mu), mu, null, null);
    Table t =
        Presets.tables(
                Preset.ALLOCATION,
                patches,
                regions,
                PresetOptions.builder().targets(List.of(shenyang, dalian)).build(),
                Labels.DEFAULTS)
            .get(0);
    // Shenyang 150 of 100 (remaining 0), Dalian 50 of 100 (2019 is outside the plan period):
    // remaining 0 + 50, not max(0, 200 - 200)
    assertEquals(
        List.of("Total", "", "200", "200", "100.00", "50"), Facts.row(t, "region", "Total"));
    Target later =
        new Target(
            4,
            "210200",
            YearRange.parse("2026-2030"),
            null,
            null,
            null,
            Area.of(1, mu),
            mu,
            null,
            null);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Presets.tables(
                    Preset.ALLOCATION,
                    patches,
                    regions,
                    PresetOptions.builder().targets(List.of(shenyang, later)).build(),
                    Labels.DEFAULTS));
    assertTrue(e.getMessage().contains("one period, status and mode"), e.getMessage());
  }

  @Test
  void allocationComparesCityTargetsWithRestoredArea() {
    List<Region> regions = List.of(Region.ofCode("210100", "沈阳"), Region.ofCode("210200", "大连"));
    AreaUnit mu = AreaUnit.MU;
    List<PatchFacts> patches =
        List.of(
            patch("s1", 3000, mu).dim(PatchFacts.STATE, "RESTORED").in("210102", 3000).build(),
            patch("s2", 1000, mu).dim(PatchFacts.STATE, "NOT_RESTORED").in("210103", 1000).build(),
            patch("d1", 22756, mu).dim(PatchFacts.STATE, "RESTORED").in("210211", 22756).build());
    List<Target> targets = List.of(Target.of("210100", 5937, mu), Target.of("210200", 22756, mu));
    List<Table> tables =
        Presets.tables(
            Preset.ALLOCATION,
            patches,
            regions,
            PresetOptions.builder().targets(targets).build(),
            Labels.DEFAULTS);
    Table t = tables.get(0);
    // 3000 / 5937 = 50.53 %; 25756 / 28693 = 89.76 %
    assertEquals(
        List.of("210100", "沈阳", "5937", "3000", "50.53", "2937"), Facts.row(t, "region", "210100"));
    assertEquals(
        List.of("210200", "大连", "22756", "22756", "100.00", "0"), Facts.row(t, "region", "210200"));
    assertEquals(
        List.of("Total", "", "28693", "25756", "89.76", "2937"), Facts.row(t, "region", "Total"));
    assertEquals("targets", tables.get(1).name());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Presets.tables(
                Preset.ALLOCATION, patches, regions, PresetOptions.defaults(), Labels.DEFAULTS));
  }

  @Test
  void everyPresetWritesItsTablesAndCharts(@TempDir Path dir) {
    List<Region> regions = List.of(Region.ofCode("210600", "丹东"));
    List<PatchFacts> patches =
        List.of(
            patch("a", 12, AreaUnit.MU)
                .dim(PatchFacts.STATE, "RESTORED")
                .dim(PatchFacts.STATUS, "LEGACY")
                .year(2022)
                .in("210602", 12)
                .zone(MAIN, 3)
                .build());
    PresetOptions options =
        PresetOptions.builder().targets(List.of(Target.of("210600", 24, AreaUnit.MU))).build();
    for (Preset preset : Preset.values()) {
      List<Table> tables = Presets.tables(preset, patches, regions, options, Labels.DEFAULTS);
      Path out = dir.resolve(preset.cliName());
      List<Path> files = ReportWriter.write(tables, out, new ReportOptions("report", Language.ZH));
      assertTrue(Files.exists(out.resolve(tables.get(0).name() + ".svg")), preset.cliName());
      assertEquals(2 * tables.size() + 2, files.size(), preset.cliName());
    }
  }

  @Test
  void presetNamesParseAsOnTheCommandLine() {
    for (Preset preset : Preset.values()) {
      assertEquals(preset, Preset.parse(preset.cliName()));
    }
    assertThrows(IllegalArgumentException.class, () -> Preset.parse("annex"));
  }
}
