package org.mineeco.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.mineeco.crs.Crs;
import org.mineeco.model.MinePatch;
import org.mineeco.units.Area;
import org.mineeco.units.Length;
import org.mineeco.zone.BufferZone;
import org.mineeco.zone.Corridor;
import org.mineeco.zone.RegionLayer;
import org.mineeco.zone.Zone;

/** Seeded random patches around a winding river: invariants of the band areas. */
class CorridorPropertyTest {
  private static final double[] EDGES = {0, 5000, 10000, 20000};

  /** A meandering river from (110, 30) north over 1.5°, 1000 segments of about 170 m. */
  private static LineString winding(long seed) {
    Random random = new Random(seed);
    Coordinate[] c = new Coordinate[1001];
    double lon = 110;
    double heading = 0;
    for (int i = 0; i < c.length; i++) {
      heading = Math.max(-1.2, Math.min(1.2, heading + (random.nextDouble() - 0.5) * 0.4));
      lon += Math.sin(heading) * 0.0015;
      c[i] = new Coordinate(lon, 30 + i * 0.0015);
    }
    return Geo.line(c);
  }

  /** Random quadrilateral patches of about 50-400 m within about 20 km of the river. */
  private static List<MinePatch> patches(long seed, int n) {
    Random random = new Random(seed);
    List<MinePatch> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double lon = 109.85 + random.nextDouble() * 0.3;
      double lat = 30.05 + random.nextDouble() * 0.4;
      double w = 0.0005 + random.nextDouble() * 0.004;
      double h = 0.0005 + random.nextDouble() * 0.004;
      Geometry g =
          Geo.polygon(
              new Coordinate(lon, lat),
              new Coordinate(lon + w, lat + h * random.nextDouble() * 0.3),
              new Coordinate(lon + w * (0.7 + 0.3 * random.nextDouble()), lat + h),
              new Coordinate(lon - w * 0.2 * random.nextDouble(), lat + h * 0.9));
      out.add(MinePatch.of(i, "P" + i, g));
    }
    return out;
  }

  private static OverlayEngine engine(List<Geometry> lines, OverlayOptions options) {
    List<Length> edges = new ArrayList<>();
    for (double e : EDGES) {
      edges.add(Length.metres(e));
    }
    Corridor c = Corridor.of("rivers", lines, Crs.CGCS2000, edges);
    return OverlayEngine.create(List.of(c), RegionLayer.NONE, options);
  }

  private static List<PatchOverlay> run(OverlayEngine engine, List<MinePatch> patches) {
    List<PatchOverlay> out = new ArrayList<>();
    engine.analyze(patches.iterator(), out::add);
    return out;
  }

  @Test
  void bandsSumToPatchAreaWithinLargestEdgeAndNeverExceedIt() {
    List<MinePatch> patches = patches(7, 400);
    OverlayEngine engine =
        engine(List.of(winding(3)), OverlayOptions.builder(Crs.CGCS2000).batchSize(64).build());
    int within = 0;
    for (PatchOverlay r : run(engine, patches)) {
      ZoneOverlay z = r.zones().get(0);
      double patch = r.area().squareMetres();
      double sum = z.total().squareMetres();
      assertTrue(sum <= patch * (1 + 1e-9), "patch " + r.index() + ": " + sum + " > " + patch);
      double distance = z.distance().orElseThrow().metres();
      double diagonal = 1000;
      if (distance + diagonal < EDGES[EDGES.length - 1] - 1) {
        within++;
        assertEquals(patch, sum, 1e-9 * patch, "patch " + r.index() + " lies within 20 km");
      }
      if (distance > EDGES[EDGES.length - 1] + 1) {
        assertEquals(0, sum, "patch " + r.index() + " lies beyond 20 km");
      }
    }
    assertTrue(within > 100, "the sample must test the equality, had " + within);
  }

  @Test
  void resultsInInputOrderAndSameWithOneOrManyThreads() {
    List<MinePatch> patches = patches(11, 300);
    List<Geometry> river = List.of(winding(5));
    OverlayOptions.Builder base = OverlayOptions.builder(Crs.CGCS2000).batchSize(37);
    List<PatchOverlay> one = run(engine(river, base.threads(1).build()), patches);
    List<PatchOverlay> many = run(engine(river, base.threads(4).build()), patches);
    assertEquals(patches.size(), one.size());
    for (int i = 0; i < patches.size(); i++) {
      assertEquals(i, one.get(i).index());
      assertEquals("P" + i, many.get(i).id());
    }
    assertEquals(one, many);
  }

  /** Splitting the river into 500 pieces changes no band area by more than 1e-9 relative. */
  @Test
  void riverSplitIntoPiecesGivesSameBands() {
    LineString river = winding(9);
    List<Geometry> pieces = new ArrayList<>();
    Coordinate[] c = river.getCoordinates();
    for (int i = 0; i < 500; i++) {
      pieces.add(Geo.line(c[2 * i], c[2 * i + 1], c[2 * i + 2]));
    }
    List<MinePatch> patches = patches(13, 200);
    OverlayOptions options = OverlayOptions.of(Crs.CGCS2000);
    Iterator<PatchOverlay> whole = engine(List.of(river), options).analyze(patches.iterator());
    Iterator<PatchOverlay> split = engine(pieces, options).analyze(patches.iterator());
    while (whole.hasNext()) {
      ZoneOverlay a = whole.next().zones().get(0);
      ZoneOverlay b = split.next().zones().get(0);
      for (int band = 0; band < a.areas().size(); band++) {
        double x = a.areas().get(band).squareMetres();
        double y = b.areas().get(band).squareMetres();
        assertEquals(x, y, 1e-9 * Math.max(x, 1), "band " + band);
      }
      assertEquals(a.distance().orElseThrow().metres(), b.distance().orElseThrow().metres(), 1e-6);
    }
  }

  /**
   * Zones holding the same lines (two rivers, a corridor of each, one of both, a buffer of the
   * first) share their pieces in one engine, and each zone's results are those of an engine with
   * that zone alone.
   */
  @Test
  void zonesSharingLinesGiveTheirResultsAlone() {
    LineString first = winding(3);
    Coordinate[] c = winding(4).getCoordinates();
    for (Coordinate v : c) {
      v.x += 0.1;
    }
    LineString second = Geo.line(c);
    List<Length> edges = List.of(Length.metres(0), Length.metres(5000), Length.metres(10000));
    List<Zone> zones =
        List.of(
            Corridor.of("first", List.of(first), Crs.CGCS2000, edges),
            Corridor.of("second", List.of(second), Crs.CGCS2000, edges),
            Corridor.of("both", List.of(first.copy(), second.copy()), Crs.CGCS2000, edges),
            BufferZone.of("near_first", List.of(first.copy()), Crs.CGCS2000, Length.metres(2000)));
    OverlayOptions options = OverlayOptions.of(Crs.CGCS2000);
    List<MinePatch> patches = patches(17, 300);
    List<PatchOverlay> shared =
        run(OverlayEngine.create(zones, RegionLayer.NONE, options), patches);
    int cut = 0;
    for (int z = 0; z < zones.size(); z++) {
      List<PatchOverlay> alone =
          run(OverlayEngine.create(List.of(zones.get(z)), RegionLayer.NONE, options), patches);
      for (int i = 0; i < patches.size(); i++) {
        ZoneOverlay a = alone.get(i).zones().get(0);
        ZoneOverlay b = shared.get(i).zones().get(z);
        assertEquals(a.zone(), b.zone());
        assertEquals(a.inZone(), b.inZone(), a.zone() + " patch " + i);
        for (int band = 0; band < a.areas().size(); band++) {
          double x = a.areas().get(band).squareMetres();
          double y = b.areas().get(band).squareMetres();
          assertEquals(x, y, 1e-9 * Math.max(x, 1), a.zone() + " patch " + i + " band " + band);
          cut += x > 1 && x < shared.get(i).area().squareMetres() - 1 ? 1 : 0;
        }
        assertEquals(a.distance(), b.distance(), a.zone() + " patch " + i);
      }
    }
    assertTrue(cut > 20, "the sample must cut patches at band edges, cut " + cut);
  }

  /**
   * A list of patches analysed on four threads comes back in order, the same as one at a time, with
   * areas given or measured; a list of areas of another length, and a patch that is not a polygon,
   * are refused with messages naming them.
   */
  @Test
  void listOfPatchesOnManyThreadsInOrder() {
    List<MinePatch> patches = patches(19, 200);
    OverlayOptions options = OverlayOptions.builder(Crs.CGCS2000).threads(4).build();
    OverlayEngine engine = engine(List.of(winding(5)), options);
    List<Area> areas = new ArrayList<>();
    List<PatchOverlay> one = new ArrayList<>();
    for (MinePatch p : patches) {
      PatchOverlay overlay = engine.analyze(p);
      one.add(overlay);
      areas.add(overlay.area());
    }
    assertEquals(one, engine.analyze(patches, null));
    assertEquals(one, engine.analyze(patches, areas));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> engine.analyze(patches, List.of()));
    assertEquals("expected an area for each of the 200 patches, was 0 areas", e.getMessage());
    List<MinePatch> withLine = new ArrayList<>(patches);
    withLine.set(150, MinePatch.of(150, "L150", winding(1)));
    IllegalArgumentException line =
        assertThrows(IllegalArgumentException.class, () -> engine.analyze(withLine, null));
    assertTrue(line.getMessage().contains("patch 150 (id L150)"), line.getMessage());
  }

  /** A corridor without lines has nothing in its bands and no distance, beside one with lines. */
  @Test
  void corridorWithoutLinesHasNothing() {
    List<Length> edges = List.of(Length.metres(0), Length.metres(5000), Length.metres(10000));
    List<Zone> zones =
        List.of(
            new Corridor("none", List.of(), edges, List.of()),
            Corridor.of("river", List.of(winding(3)), Crs.CGCS2000, edges));
    OverlayEngine engine =
        OverlayEngine.create(zones, RegionLayer.NONE, OverlayOptions.of(Crs.CGCS2000));
    for (PatchOverlay r : run(engine, patches(23, 50))) {
      ZoneOverlay none = r.zones().get(0);
      assertEquals(List.of(Area.ZERO, Area.ZERO), none.areas());
      assertEquals(Optional.empty(), none.distance());
      assertFalse(none.inZone());
      assertTrue(r.zones().get(1).distance().isPresent());
    }
  }
}
