package org.mineeco.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mineeco.stats.Facts.patch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.io.BadInputException;
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
            1, "210600", YearRange.parse("2021-2022"), null, null, null, Area.of(400, MU), MU);
    Target closed =
        new Target(
            2,
            "210600",
            YearRange.parse("2021-2022"),
            "policy_closed",
            null,
            null,
            Area.of(400, MU),
            MU);
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
    Target redLine = new Target(3, "210624", null, null, "red_line", null, Area.ZERO, MU);
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
  void targetInAnUnknownRegionNamesItsLine() {
    Target t = new Target(7, "nowhere", null, null, null, null, Area.ZERO, MU);
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
