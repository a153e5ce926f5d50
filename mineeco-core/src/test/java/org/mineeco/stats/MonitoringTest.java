package org.mineeco.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.mineeco.stats.MonitoringResult.Change;
import org.mineeco.table.Table;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;

class MonitoringTest {
  private static final List<Region> REGIONS =
      List.of(Region.ofCode("360402", "濂溪区"), Region.ofCode("360403", "浔阳区"));
  private static final String A = "360402";
  private static final String B = "360403";

  /** A 0.01° square with its south-west corner at (lon, lat). */
  private static SnapshotPatch square(
      String id, double lon, double lat, boolean restored, boolean delisted, double mu, String r)
      throws ParseException {
    double e = lon + 0.01;
    double n = lat + 0.01;
    String wkt =
        String.format(
            java.util.Locale.ROOT,
            "POLYGON((%f %f, %f %f, %f %f, %f %f, %f %f))",
            lon,
            lat,
            e,
            lat,
            e,
            n,
            lon,
            n,
            lon,
            lat);
    return new SnapshotPatch(
        id, new WKTReader().read(wkt), restored, delisted, Area.of(mu, AreaUnit.MU), r);
  }

  @Test
  void classifiesEveryChangeAndMatchesARenamedPatchByOverlap() throws ParseException {
    List<SnapshotPatch> before =
        List.of(
            square("fixed", 116.00, 29.70, false, false, 10, A),
            square("broken", 116.02, 29.70, true, false, 20, A),
            square("accepted", 116.04, 29.70, true, false, 30, B),
            square("old-id", 116.06, 29.70, false, false, 40, B),
            square("gone", 116.08, 29.70, true, false, 50, B),
            square("steady", 116.10, 29.70, true, true, 5, A));
    List<SnapshotPatch> after =
        List.of(
            square("fixed", 116.00, 29.70, true, false, 10, A),
            square("broken", 116.02, 29.70, false, false, 20, A),
            square("accepted", 116.04, 29.70, true, true, 30, B),
            // renamed and redrawn 0.002° east: IoU = 0.008 / 0.012 = 2/3
            square("new-id", 116.062, 29.70, false, false, 41, B),
            // overlaps "gone" by a fifth of its width only: IoU = 0.002 / 0.018 < 0.5
            square("fresh", 116.088, 29.70, false, false, 7, A),
            square("steady", 116.10, 29.70, true, true, 5, A));
    MonitoringResult r = Monitoring.compare(before, after, REGIONS, MonitoringOptions.defaults());
    assertEquals(4, r.matchedById());
    assertEquals(1, r.matchedByOverlap());
    assertEquals(1, r.unmatchedBefore());
    assertEquals(1, r.unmatchedAfter());
    assertEquals(1, r.idChanges().size());
    assertEquals("old-id", r.idChanges().get(0).before());
    assertEquals("new-id", r.idChanges().get(0).after());
    assertEquals(2.0 / 3, r.idChanges().get(0).overlap(), 1e-3);
    assertEquals(List.of("fixed"), r.changes().get(Change.NEWLY_RESTORED));
    assertEquals(List.of("broken"), r.changes().get(Change.RE_DAMAGED));
    assertEquals(List.of("accepted"), r.changes().get(Change.DELISTED));
    assertEquals(List.of("fresh"), r.changes().get(Change.NEWLY_DAMAGED));
    assertEquals(List.of("gone"), r.changes().get(Change.REMOVED));
    // restored at t: broken 20 + accepted 30 + gone 50 + steady 5 = 105 mu
    // restored at t+1: fixed 10 + accepted 30 + steady 5 = 45 mu
    assertEquals(-60, r.netIncrease().in(AreaUnit.MU), 1e-9);
    // region A: t broken 20 + steady 5, t+1 fixed 10 + steady 5 → -10
    assertEquals(-10, r.netIncrease(A).in(AreaUnit.MU), 1e-9);
    // region B: t accepted 30 + gone 50, t+1 accepted 30 → -50
    assertEquals(-50, r.netIncrease(B).in(AreaUnit.MU), 1e-9);
    Table t = r.table();
    assertEquals("1", Facts.cell(t, "region", A, "newly_restored_count"));
    assertEquals("10.00", Facts.cell(t, "region", A, "newly_restored_area"));
    assertEquals("20.00", Facts.cell(t, "region", A, "re_damaged_area"));
    assertEquals("7.00", Facts.cell(t, "region", A, "newly_damaged_area"));
    assertEquals("30.00", Facts.cell(t, "region", B, "delisted_area"));
    assertEquals("50.00", Facts.cell(t, "region", B, "removed_area"));
    assertEquals("-50.00", Facts.cell(t, "region", B, "net"));
    assertEquals("105.00", Facts.cell(t, "region", "Total", "restored_before"));
    assertEquals("45.00", Facts.cell(t, "region", "Total", "restored_after"));
    assertEquals("-60.00", Facts.cell(t, "region", "Total", "net"));
  }

  @Test
  void delistingNeedsRestorationAndAnUnrestoredPatchThatDisappearsIsListedForChecking()
      throws ParseException {
    List<SnapshotPatch> before =
        List.of(
            square("done", 116.00, 29.70, true, false, 10, A),
            square("flag-only", 116.02, 29.70, false, false, 20, A),
            square("vanished", 116.04, 29.70, false, false, 30, B),
            square("closed", 116.06, 29.70, true, false, 40, B));
    List<SnapshotPatch> after =
        List.of(
            square("done", 116.00, 29.70, true, true, 10, A),
            square("flag-only", 116.02, 29.70, false, true, 20, A));
    MonitoringResult r = Monitoring.compare(before, after, REGIONS, MonitoringOptions.defaults());
    assertEquals(List.of("done"), r.changes().get(Change.DELISTED));
    assertEquals(List.of("flag-only"), r.changes().get(Change.FLAGGED_NOT_RESTORED));
    assertEquals(List.of("closed"), r.changes().get(Change.REMOVED));
    assertEquals(List.of("vanished"), r.changes().get(Change.REMOVED_NOT_RESTORED));
    Table t = r.table();
    assertEquals("1", Facts.cell(t, "region", A, "delisted_count"));
    assertEquals("10.00", Facts.cell(t, "region", A, "delisted_area"));
    assertEquals("20.00", Facts.cell(t, "region", A, "flagged_not_restored_area"));
    assertEquals("30.00", Facts.cell(t, "region", B, "removed_not_restored_area"));
    assertEquals("40.00", Facts.cell(t, "region", B, "removed_area"));
    assertTrue(
        t.notes().stream()
            .anyMatch(
                n -> n.en().equals("To check, removed while not restored (check): 1 (vanished).")),
        t.notes().toString());
    assertTrue(t.notes().stream().anyMatch(n -> n.zh().contains("标记销号但未治理（需核查）：1个（flag-only）")));
  }

  @Test
  void aMineOfThreePatchesCountsOnceInTheRegionWhereItsPatchesHaveMostArea() throws ParseException {
    // mine M: 10 + 20 mu newly restored in A, 40 mu in B, and a fourth patch re-damaged in A;
    // patch "own" (no mine id) newly restored in B
    List<SnapshotPatch> before =
        List.of(
            square("m1", 116.00, 29.70, false, false, 10, A).withMine("M"),
            square("m2", 116.02, 29.70, false, false, 20, A).withMine("M"),
            square("m3", 116.04, 29.70, false, false, 40, B).withMine("M"),
            square("m4", 116.06, 29.70, true, false, 15, A).withMine("M"),
            square("own", 116.08, 29.70, false, false, 5, B));
    List<SnapshotPatch> after =
        List.of(
            square("m1", 116.00, 29.70, true, false, 10, A).withMine("M"),
            square("m2", 116.02, 29.70, true, false, 20, A).withMine("M"),
            square("m3", 116.04, 29.70, true, false, 40, B).withMine("M"),
            square("m4", 116.06, 29.70, false, false, 15, A).withMine("M"),
            square("own", 116.08, 29.70, true, false, 5, B).withMine(" "));
    Table t = Monitoring.compare(before, after, REGIONS, MonitoringOptions.defaults()).table();
    assertEquals("2", Facts.cell(t, "region", A, "newly_restored_count"));
    assertEquals("0", Facts.cell(t, "region", A, "newly_restored_mines"));
    assertEquals("30.00", Facts.cell(t, "region", A, "newly_restored_area"));
    assertEquals("2", Facts.cell(t, "region", B, "newly_restored_count"));
    assertEquals("2", Facts.cell(t, "region", B, "newly_restored_mines"));
    assertEquals("4", Facts.cell(t, "region", "Total", "newly_restored_count"));
    assertEquals("2", Facts.cell(t, "region", "Total", "newly_restored_mines"));
    // the same mine counts again under another change
    assertEquals("1", Facts.cell(t, "region", A, "re_damaged_mines"));
    assertEquals("1", Facts.cell(t, "region", "Total", "re_damaged_mines"));
    assertEquals("own", after.get(4).mineId());
  }

  @Test
  void aPatchSplitBetweenCountiesSplitsItsAreaAndCountsInTheLarger() throws ParseException {
    // 10 mu newly restored: 3 mu in A, 7 mu in B (main region B)
    SnapshotPatch t0 = square("split", 116.00, 29.70, false, false, 10, B);
    SnapshotPatch t1 = square("split", 116.00, 29.70, true, false, 10, B);
    Map<String, Area> parts = Map.of(A, Area.of(3, AreaUnit.MU), B, Area.of(7, AreaUnit.MU));
    SnapshotPatch before =
        new SnapshotPatch(t0.id(), t0.geometry(), false, false, t0.area(), B, parts);
    SnapshotPatch after =
        new SnapshotPatch(t1.id(), t1.geometry(), true, false, t1.area(), B, parts);
    MonitoringResult r =
        Monitoring.compare(List.of(before), List.of(after), REGIONS, MonitoringOptions.defaults());
    Table t = r.table();
    assertEquals("3.00", Facts.cell(t, "region", A, "newly_restored_area"));
    assertEquals("0", Facts.cell(t, "region", A, "newly_restored_count"));
    assertEquals("7.00", Facts.cell(t, "region", B, "newly_restored_area"));
    assertEquals("1", Facts.cell(t, "region", B, "newly_restored_count"));
    assertEquals(3, r.netIncrease(A).in(AreaUnit.MU), 1e-9);
    assertEquals(7, r.netIncrease(B).in(AreaUnit.MU), 1e-9);
  }

  @Test
  void newPatchAlreadyRestoredCountsAsNewlyRestored() throws ParseException {
    MonitoringResult r =
        Monitoring.compare(
            List.of(),
            List.of(square("n", 116.0, 29.7, true, false, 3, A)),
            REGIONS,
            MonitoringOptions.defaults());
    assertEquals(List.of("n"), r.changes().get(Change.NEWLY_RESTORED));
    assertEquals(3, r.netIncrease().in(AreaUnit.MU), 1e-9);
  }

  @Test
  void overlapMatchingIsGreedyFromTheLargestOverlap() throws ParseException {
    List<SnapshotPatch> before = List.of(square("b1", 116.000, 29.7, false, false, 1, A));
    // both pass 0.5: x2 overlaps b1 with IoU 0.7/1.3 = 0.54, x1 with 0.9/1.1 = 0.82; b1 goes to x1
    List<SnapshotPatch> after =
        List.of(
            square("x2", 116.003, 29.7, false, false, 1, A),
            square("x1", 116.001, 29.7, false, false, 1, A));
    MonitoringResult r = Monitoring.compare(before, after, REGIONS, MonitoringOptions.defaults());
    assertEquals("x1", r.idChanges().get(0).after());
    assertEquals(List.of("x2"), r.changes().get(Change.NEWLY_DAMAGED));
  }

  @Test
  void repeatedIdInASnapshotIsAnError() throws ParseException {
    SnapshotPatch p = square("dup", 116.0, 29.7, false, false, 1, A);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Monitoring.compare(
                    List.of(p, p), List.of(), REGIONS, MonitoringOptions.defaults()));
    assertEquals(true, e.getMessage().contains("dup"), e.getMessage());
  }
}
