package org.mineeco.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mineeco.stats.Facts.patch;
import static org.mineeco.units.AreaUnit.HECTARE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.io.BadInputException;
import org.mineeco.table.Table;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;

class TargetsTest {
  private static final List<Region> REGIONS =
      List.of(Region.ofCode("210600", "丹东"), Region.ofCode("210624", "宽甸"));
  private static final AreaUnit MU = AreaUnit.MU;

  @TempDir Path dir;

  @Test
  void readsTargetsCsvWithOptionalColumnsAndUnits() throws IOException {
    Path file =
        write(
            "region,period,status,zone,mode,target,unit",
            "210600,2021-2022,POLICY_CLOSED,,,150,mu",
            "",
            "# clear the red line to zero",
            "210624,,,red_line,,0,ha",
            "210624,2022,,,natural_recovery,2,ha");
    List<Target> targets = Targets.read(file);
    assertEquals(3, targets.size());
    Target first = targets.get(0);
    assertEquals(new YearRange(2021, 2022), first.period());
    assertEquals("POLICY_CLOSED", first.status());
    assertEquals(100_000.0, first.target().squareMetres(), 1e-6, "150 mu = 100,000 m²");
    assertEquals(2, first.line());
    assertTrue(targets.get(1).mustClear());
    assertEquals(5, targets.get(1).line());
    assertEquals(20_000.0, targets.get(2).target().squareMetres(), 1e-9);
    assertEquals(AreaUnit.HECTARE, targets.get(2).unit());
  }

  @Test
  void parseErrorsNameFileLineAndColumn() throws IOException {
    Path badNumber = write("region,target,unit", "210600,100,mu", "210624,lots,mu");
    BadInputException e = assertThrows(BadInputException.class, () -> Targets.read(badNumber));
    assertTrue(
        e.getMessage().contains(badNumber.toString())
            && e.getMessage().contains("line 3")
            && e.getMessage().contains("column 2 (target)"),
        e.getMessage());
    Path badUnit = write("region,unit,target", "210600,acre,5");
    e = assertThrows(BadInputException.class, () -> Targets.read(badUnit));
    assertTrue(e.getMessage().contains("line 2, column 2 (unit)"), e.getMessage());
    Path badHeader = write("region,target,unit,colour", "210600,5,mu,red");
    e = assertThrows(BadInputException.class, () -> Targets.read(badHeader));
    assertTrue(e.getMessage().contains("line 1, column 4"), e.getMessage());
    Path missing = write("region,target", "210600,5");
    e = assertThrows(BadInputException.class, () -> Targets.read(missing));
    assertTrue(e.getMessage().contains("'unit'"), e.getMessage());
  }

  @Test
  void progressCountsRestoredPatchesInRegionPeriodAndStatus() {
    List<PatchFacts> patches =
        List.of(
            restored("a", 100, 2021, "POLICY_CLOSED").in("210624", 100).build(),
            // split: 30 of 90 mu lie in the city, the rest outside every region
            restored("b", 90, 2022, "ABANDONED").in("210602", 30).build(),
            restored("wrong-year", 40, 2019, "POLICY_CLOSED").in("210624", 40).build(),
            restored("wrong-status", 40, 2021, "PRODUCING").in("210624", 40).build(),
            patch("open", 70, MU)
                .dim(PatchFacts.STATUS, "POLICY_CLOSED")
                .year(2021)
                .in("210624", 70)
                .build());
    Target all =
        new Target(
            1,
            "210600",
            YearRange.parse("2021-2022"),
            null,
            null,
            null,
            Area.of(400, MU),
            MU,
            null,
            null);
    Target closed =
        new Target(
            2,
            "210600",
            YearRange.parse("2021-2022"),
            "policy_closed",
            null,
            null,
            Area.of(400, MU),
            MU,
            null,
            null);
    List<TargetProgress> progress = Targets.evaluate(List.of(all, closed), patches, REGIONS);
    // all statuses: a 100 + b 30 + wrong-status 40 = 170 of 400
    assertEquals(170, progress.get(0).achieved().in(MU), 1e-9);
    assertEquals(230, progress.get(0).remaining().in(MU), 1e-9);
    assertEquals(42.5, progress.get(0).completionPercent().getAsDouble(), 1e-9);
    assertEquals(List.of("a", "b", "wrong-status"), progress.get(0).patchIds());
    // policy-closed only: a 100 of 400
    assertEquals(100, progress.get(1).achieved().in(MU), 1e-9);
    assertEquals(25.0, progress.get(1).completionPercent().getAsDouble(), 1e-9);
    assertEquals(List.of("a"), progress.get(1).patchIds());
  }

  @Test
  void overAchievementLeavesNothingRemaining() {
    List<PatchFacts> patches =
        List.of(restored("a", 500, 2021, "LEGACY").in("210624", 500).build());
    TargetProgress p =
        Targets.evaluate(List.of(Target.of("210624", 400, MU)), patches, REGIONS).get(0);
    assertEquals(0, p.remaining().squareMetres());
    assertEquals(125.0, p.completionPercent().getAsDouble(), 1e-9);
  }

  @Test
  void clearToZeroTargetsListTheOpenPatchesInTheZone() {
    List<PatchFacts> patches =
        List.of(
            patch("open1", 10, MU).in("210624", 10).zone("red_line", 4).build(),
            patch("open2", 6, MU).in("210624", 6).zone("red_line", 6).build(),
            restored("done", 8, 2022, "LEGACY").in("210624", 8).zone("red_line", 8).build(),
            patch("outside-zone", 9, MU).in("210624", 9).build(),
            patch("farmland-only", 5, MU).in("210624", 5).zone("farmland", 5).build());
    Target redLine =
        new Target(3, "210624", null, null, "red_line", null, Area.ZERO, MU, null, null);
    TargetProgress p = Targets.evaluate(List.of(redLine), patches, REGIONS).get(0);
    assertEquals(List.of("open1", "open2"), p.openPatchIds());
    assertEquals(10, p.remaining().in(MU), 1e-9, "4 + 6 mu of open patches inside the red line");
    assertEquals(8, p.achieved().in(MU), 1e-9);
    assertTrue(p.completionPercent().isEmpty());
    assertFalse(p.cleared());
    TargetProgress none =
        Targets.evaluate(
                List.of(redLine),
                List.of(
                    restored("done", 8, 2022, "LEGACY")
                        .in("210624", 8)
                        .zone("red_line", 8)
                        .build()),
                REGIONS)
            .get(0);
    assertTrue(none.cleared());
  }

  @Test
  void aMineOfThreePatchesCountsOnceAndAMissedDeadlineIsLate() {
    // Mine M: three restored patches (2 + 3 + 5 ha); mine N: one restored, one not; patch "solo"
    // is its own mine, restored. Target: 12 ha and 3 mines by 2023.
    List<PatchFacts> patches =
        List.of(
            patch("m1", 2, HECTARE)
                .mine("M")
                .dim(PatchFacts.STATE, "RESTORED")
                .in("210624", 2)
                .build(),
            patch("m2", 3, HECTARE)
                .mine("M")
                .dim(PatchFacts.STATE, "RESTORED")
                .in("210624", 3)
                .build(),
            patch("m3", 5, HECTARE)
                .mine("M")
                .dim(PatchFacts.STATE, "RESTORED")
                .in("210624", 5)
                .build(),
            patch("n1", 1, HECTARE)
                .mine("N")
                .dim(PatchFacts.STATE, "RESTORED")
                .in("210624", 1)
                .build(),
            patch("n2", 4, HECTARE).mine("N").in("210624", 4).build(),
            patch("solo", 1, HECTARE).dim(PatchFacts.STATE, "RESTORED").in("210624", 1).build());
    Target target =
        new Target(
            1,
            "210624",
            null,
            null,
            null,
            null,
            Area.of(12, HECTARE),
            HECTARE,
            3,
            YearMonth.of(2023, 12));
    TargetProgress in2023 = Targets.evaluate(List.of(target), patches, REGIONS, 2023).get(0);
    assertEquals(12, in2023.achieved().in(HECTARE), 1e-9, "2 + 3 + 5 + 1 + 1 ha restored");
    assertEquals(2, in2023.minesAchieved(), "M and solo; N has an open patch");
    assertEquals(TargetProgress.State.LATE, in2023.state(), "12 ha reached but 2 of 3 mines");
    assertEquals(
        TargetProgress.State.ON_TRACK,
        Targets.evaluate(List.of(target), patches, REGIONS, 2022).get(0).state());
    Target areaOnly = target.withMinesAndDeadline(null, YearMonth.of(2023, 12));
    assertEquals(
        TargetProgress.State.MET,
        Targets.evaluate(List.of(areaOnly), patches, REGIONS, 2024).get(0).state());
    assertEquals(
        TargetProgress.State.NO_DEADLINE,
        Targets.evaluate(List.of(target), patches, REGIONS).get(0).state());
    Table table =
        Targets.table(
            Targets.evaluate(List.of(target), patches, REGIONS, 2024),
            REGIONS,
            HECTARE,
            org.mineeco.vocabulary.Labels.DEFAULTS);
    assertEquals(
        "3", table.text(0, table.columnIndex("mines_target"), org.mineeco.vocabulary.Language.EN));
    assertEquals(
        "2",
        table.text(0, table.columnIndex("mines_achieved"), org.mineeco.vocabulary.Language.EN));
    assertEquals(
        "late", table.text(0, table.columnIndex("state"), org.mineeco.vocabulary.Language.EN));
    assertEquals(
        "逾期", table.text(0, table.columnIndex("state"), org.mineeco.vocabulary.Language.ZH));
  }

  /**
   * A month deadline read from the targets file: 10 ha by 2024-06 with 3 ha restored is on track
   * (按期推进) on 2024-06-30 and late (逾期) on 2024-07-01; 2 ha by 2024-06 is met (已完成) either day.
   */
  @Test
  void aMonthDeadlineIsLateOnTheDayAfterTheMonthEnds(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Path file = dir.resolve("targets.csv");
    java.nio.file.Files.writeString(
        file, "region,target,unit,deadline\n210624,10,ha,2024-06\n210624,2,ha,2024-06\n");
    List<Target> targets = Targets.read(file);
    assertEquals(YearMonth.of(2024, 6), targets.get(0).deadline());
    List<PatchFacts> patches =
        List.of(
            patch("r", 3, HECTARE).dim(PatchFacts.STATE, "RESTORED").in("210624", 3).build(),
            patch("o", 9, HECTARE).in("210624", 9).build());
    List<TargetProgress> june30 =
        Targets.evaluate(targets, patches, REGIONS, java.time.LocalDate.of(2024, 6, 30));
    List<TargetProgress> july1 =
        Targets.evaluate(targets, patches, REGIONS, java.time.LocalDate.of(2024, 7, 1));
    assertEquals(TargetProgress.State.ON_TRACK, june30.get(0).state());
    assertEquals(TargetProgress.State.LATE, july1.get(0).state());
    assertEquals(TargetProgress.State.MET, june30.get(1).state());
    assertEquals(TargetProgress.State.MET, july1.get(1).state());
    // By survey year: judged at its end, so 2024 is late for a 2024-06 deadline, 2023 on track.
    assertEquals(
        TargetProgress.State.LATE,
        Targets.evaluate(targets, patches, REGIONS, 2024).get(0).state());
    assertEquals(
        TargetProgress.State.ON_TRACK,
        Targets.evaluate(targets, patches, REGIONS, 2023).get(0).state());
    Table june = Targets.table(june30, REGIONS, HECTARE, org.mineeco.vocabulary.Labels.DEFAULTS);
    Table july = Targets.table(july1, REGIONS, HECTARE, org.mineeco.vocabulary.Labels.DEFAULTS);
    int state = june.columnIndex("state");
    assertEquals(
        "2024-06", june.text(0, june.columnIndex("deadline"), org.mineeco.vocabulary.Language.ZH));
    assertEquals("按期推进", june.text(0, state, org.mineeco.vocabulary.Language.ZH));
    assertEquals("on track", june.text(0, state, org.mineeco.vocabulary.Language.EN));
    assertEquals("逾期", july.text(0, state, org.mineeco.vocabulary.Language.ZH));
    assertEquals("late", july.text(0, state, org.mineeco.vocabulary.Language.EN));
    assertEquals("已完成", july.text(1, state, org.mineeco.vocabulary.Language.ZH));
    assertEquals("met", july.text(1, state, org.mineeco.vocabulary.Language.EN));
    java.nio.file.Files.writeString(file, "region,target,unit,deadline\n210624,1,ha,2024-13\n");
    var e = assertThrows(org.mineeco.io.BadInputException.class, () -> Targets.read(file));
    assertTrue(e.getMessage().contains("2024-13"), e.getMessage());
  }

  @Test
  void targetsCsvReadsMinesAndDeadlines(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path file = dir.resolve("targets.csv");
    java.nio.file.Files.writeString(
        file,
        "\uFEFFregion,target,unit,mines,deadline\r\n230716,24.55,ha,9,2025\r\n230716,5.7,ha,,2023\r\n");
    List<Target> targets = Targets.read(file);
    assertEquals(9, targets.get(0).mines());
    assertEquals(YearMonth.of(2025, 12), targets.get(0).deadline());
    assertEquals(null, targets.get(1).mines());
    java.nio.file.Files.writeString(file, "region,target,unit,mines\n230716,1,ha,nine\n");
    var e = assertThrows(org.mineeco.io.BadInputException.class, () -> Targets.read(file));
    assertTrue(e.getMessage().contains("line 2, column 4 (mines)"), e.getMessage());
  }

  @Test
  void targetInAnUnknownRegionNamesItsLine() {
    Target t = new Target(7, "nowhere", null, null, null, null, Area.ZERO, MU, null, null);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Targets.evaluate(List.of(t), List.of(), REGIONS));
    assertTrue(e.getMessage().contains("line 7"), e.getMessage());
  }

  private static Facts restored(String id, double mu, int year, String status) {
    return patch(id, mu, MU)
        .dim(PatchFacts.STATE, "RESTORED")
        .dim(PatchFacts.STATUS, status)
        .year(year);
  }

  private Path write(String... lines) throws IOException {
    Path file = Files.createTempFile(dir, "targets", ".csv");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }
}
