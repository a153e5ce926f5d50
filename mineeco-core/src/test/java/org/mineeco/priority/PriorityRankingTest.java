package org.mineeco.priority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.mineeco.crs.Crs;
import org.mineeco.model.MinePatch;
import org.mineeco.model.RestorationMode;
import org.mineeco.model.RestorationState;
import org.mineeco.overlay.OverlayEngine;
import org.mineeco.overlay.OverlayOptions;
import org.mineeco.priority.PriorityFacts.Band;
import org.mineeco.units.Area;
import org.mineeco.units.Length;
import org.mineeco.zone.BufferZone;
import org.mineeco.zone.Corridor;
import org.mineeco.zone.PolygonZone;
import org.mineeco.zone.RegionLayer;
import org.mineeco.zone.Zone;

class PriorityRankingTest {
  private static final WKTReader WKT = new WKTReader();

  private static PriorityFacts facts(
      long index,
      List<String> mustClear,
      Band band,
      List<String> threeZones,
      RestorationState state,
      RestorationMode mode,
      double squareMetres) {
    return new PriorityFacts(
        index,
        "P" + index,
        mustClear,
        band,
        threeZones,
        state,
        mode,
        Area.squareMetres(squareMetres));
  }

  @Test
  void ordersByTheSeedsRules() {
    RestorationState open = RestorationState.NOT_RESTORED;
    RestorationMode natural = RestorationMode.NATURAL_RECOVERY;
    Band near = new Band("rivers", 0, 5000);
    Band far = new Band("rivers", 5000, 10000);
    List<PriorityFacts> expected =
        List.of(
            facts(7, List.of("red_line"), far, List.of(), open, RestorationMode.UNKNOWN, 900),
            facts(3, List.of(), near, List.of(), open, RestorationMode.TRANSFORMATION_USE, 10),
            facts(2, List.of(), far, List.of("towns"), open, natural, 5000),
            facts(6, List.of(), far, List.of(), open, natural, 100),
            facts(1, List.of(), far, List.of(), open, RestorationMode.ECOLOGICAL_RECONSTRUCTION, 1),
            facts(4, List.of(), null, List.of("towns"), open, natural, 50),
            facts(5, List.of(), null, List.of(), open, natural, 50),
            facts(8, List.of(), null, List.of(), open, natural, 50),
            facts(
                0,
                List.of("red_line"),
                near,
                List.of("towns"),
                RestorationState.RESTORED,
                natural,
                1));
    List<PriorityFacts> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new java.util.Random(3));
    List<RankedPatch> ranked = PriorityRanking.rank(shuffled);
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).index(), ranked.get(i).index(), "rank " + (i + 1));
      assertEquals(i + 1, ranked.get(i).rank());
    }
    assertEquals(
        List.of("inside red_line: clear to zero", "within rivers 5-10 km", "0.09 ha"),
        ranked.get(0).reasons());
    assertEquals("already restored", ranked.get(8).reasons().get(0));
  }

  @Test
  void ranksArePermutationsWhateverTheInputOrder() {
    SplittableRandom random = new SplittableRandom(11);
    List<PriorityFacts> facts = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      facts.add(
          facts(
              i,
              random.nextInt(5) == 0 ? List.of("farmland") : List.of(),
              random.nextBoolean() ? new Band("r", 0, 10_000) : null,
              List.of(),
              RestorationState.values()[random.nextInt(3)],
              RestorationMode.values()[random.nextInt(5)],
              random.nextInt(1000)));
    }
    List<RankedPatch> first = PriorityRanking.rank(facts);
    Collections.reverse(facts);
    List<RankedPatch> second = PriorityRanking.rank(facts);
    assertEquals(first, second);
    assertEquals(500, first.stream().mapToLong(RankedPatch::index).distinct().count());
  }

  @Test
  void factsComeFromTheOverlay() throws ParseException {
    // A river along the meridian 117E; a red-line square east of it; a town 3 km west.
    Corridor rivers =
        Corridor.of(
            "rivers",
            List.of(geometry("LINESTRING (117 30, 117 30.2)")),
            Crs.CGCS2000,
            List.of(Length.metres(0), Length.metres(5000), Length.metres(10000)));
    PolygonZone redLine =
        PolygonZone.of(
            "red_line",
            List.of(
                geometry(
                    "POLYGON ((117.06 30.05, 117.08 30.05, 117.08 30.07, 117.06 30.07, 117.06 30.05))")),
            Crs.CGCS2000);
    BufferZone towns =
        BufferZone.of(
            "towns", List.of(geometry("POINT (116.97 30.1)")), Crs.CGCS2000, Length.metres(1000));
    List<Zone> zones = List.of(rivers, redLine, towns);
    OverlayEngine engine =
        OverlayEngine.create(
            zones, RegionLayer.NONE, OverlayOptions.builder(Crs.CGCS2000).threads(1).build());
    PriorityRanking ranking = PriorityRanking.create(zones, PriorityRules.defaults(zones));

    MinePatch inRedLine =
        MinePatch.of(
            0,
            "A",
            geometry("POLYGON ((117.065 30.055, 117.07 30.055, 117.07 30.06, 117.065 30.055))"));
    MinePatch nearTown =
        MinePatch.of(
            1,
            "B",
            geometry("POLYGON ((116.969 30.099, 116.971 30.099, 116.971 30.101, 116.969 30.099))"));
    PriorityFacts a = ranking.facts(inRedLine, engine.analyze(inRedLine));
    PriorityFacts b = ranking.facts(nearTown, engine.analyze(nearTown));
    assertEquals(List.of("red_line"), a.mustClear());
    assertEquals(new Band("rivers", 5000, 10000), a.nearestBand(), "about 6.5 km east of 117E");
    assertEquals(List.of("towns"), b.threeZonesTwoLines());
    assertEquals(new Band("rivers", 0, 5000), b.nearestBand(), "about 2.9 km west of 117E");
    assertTrue(a.mustClear().size() == 1 && b.mustClear().isEmpty());
  }

  @Test
  void rulesMustNameZonesOfTheStack() throws ParseException {
    PolygonZone redLine =
        PolygonZone.of(
            "red_line",
            List.of(geometry("POLYGON ((117 30, 118 30, 118 31, 117 30))")),
            Crs.CGCS2000);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PriorityRanking.create(
                    List.of(redLine),
                    new PriorityRules(
                        java.util.Set.of("farmland"), java.util.Set.of(), java.util.Set.of())));
    assertTrue(e.getMessage().contains("'farmland'"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PriorityRanking.create(
                List.of(redLine),
                new PriorityRules(
                    java.util.Set.of(), java.util.Set.of("red_line"), java.util.Set.of())));
  }

  private static Geometry geometry(String wkt) throws ParseException {
    return WKT.read(wkt);
  }
}
