package org.mineeco.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Dimension;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.io.Feature;

/** The committed demo configuration, generated in memory once, checked layer by layer. */
class DemoDataTest {
  private static final GeometryFactory GF = new GeometryFactory();
  private static MemoryLayers demo;
  private static DemoResult result;

  @BeforeAll
  static void generate() {
    demo = new MemoryLayers();
    result = DemoData.generate(DemoOptions.DEMO, Path.of("memory"), demo);
  }

  private static List<Feature> layer(String name) {
    return demo.get(name);
  }

  /** The 2023 patches a reader should keep: polygonal, and not the later twin of a TBBH. */
  private static List<Feature> regularPatches() {
    Set<String> seen = new HashSet<>();
    List<Feature> out = new ArrayList<>();
    for (Feature f : layer(DemoData.PATCHES)) {
      if (f.geometry() instanceof Polygonal && seen.add(f.getString("TBBH"))) {
        out.add(f);
      }
    }
    return out;
  }

  @Test
  void countsAreThoseRequestedAndReported() {
    DemoOptions o = DemoOptions.DEMO;
    int counties = layer(DemoData.COUNTIES).size();
    assertTrue(counties >= 20 && counties <= 40, "counties: " + counties);
    assertEquals(o.farmlandParcels(), layer(DemoData.FARMLAND).size());
    assertEquals(o.patches() + result.defects().rejects(), layer(DemoData.PATCHES).size());
    assertEquals(o.patches(), regularPatches().size());
    for (var e : result.featureCounts().entrySet()) {
      assertEquals(e.getValue(), layer(e.getKey()).size(), e.getKey());
    }
    assertEquals(12, result.featureCounts().size());
    assertTrue(layer(DemoData.RED_LINES).size() >= 24, "dozens of red lines");
    assertTrue(layer(DemoData.LAKES).size() >= 3);
  }

  @Test
  void countiesTileTheProvinceWithoutGapsOrOverlaps() {
    List<Geometry> polygons = new ArrayList<>();
    double sum = 0;
    Set<String> codes = new HashSet<>();
    for (Feature f : layer(DemoData.COUNTIES)) {
      assertTrue(f.geometry().isValid(), f.getString("NAME"));
      polygons.add(f.geometry());
      sum += EllipsoidalArea.ofLonLat(f.geometry()).squareMetres();
      String code = f.getString("XZQDM");
      assertTrue(code.matches("49\\d{4}"), code);
      assertTrue(codes.add(code), "unique code " + code);
      assertEquals(code.substring(0, 4) + "00", f.getString("CITY_CODE"));
      assertTrue(f.getString("NAME").matches("\\p{IsHan}{2}[县区市]"), f.getString("NAME"));
    }
    Geometry province = UnaryUnionOp.union(polygons);
    double union = EllipsoidalArea.ofLonLat(province).squareMetres();
    assertEquals(1, province.getNumGeometries(), "one piece");
    assertEquals(0, ((org.locationtech.jts.geom.Polygon) province).getNumInteriorRing(), "no gap");
    assertEquals(0, (sum - union) / union, 1e-9, "sum of areas vs union area");
    assertTrue(union > 5e10 && union < 1.5e11, "a province-sized area: " + union);
    Coordinate c = province.getCentroid().getCoordinate();
    assertTrue(c.x > 108 && c.x < 114 && c.y > 28 && c.y < 32, "middle Yangtze: " + c);
  }

  @Test
  void everyPatchLiesInsideTheProvince() {
    PreparedGeometry province = PreparedGeometryFactory.prepare(province());
    for (Feature f : regularPatches()) {
      assertTrue(province.covers(GeometryFixer.fix(f.geometry())), f.getString("TBBH"));
    }
  }

  @Test
  void idCountyCodeIsTheCountyOfTheCentroid() {
    Map<String, PreparedGeometry> counties = new HashMap<>();
    for (Feature c : layer(DemoData.COUNTIES)) {
      counties.put(c.getString("XZQDM"), PreparedGeometryFactory.prepare(c.geometry()));
    }
    int checked = 0;
    for (Feature f : regularPatches()) {
      String id = f.getString("TBBH");
      assertTrue(id.matches("C49\\d{4}2023\\d{4}\\d{6}"), id);
      assertEquals(id.substring(1, 7), f.getString("XZQDM"), id);
      if (f.geometry().isValid()) {
        assertTrue(counties.get(f.getString("XZQDM")).covers(f.geometry().getCentroid()), id);
        checked++;
      }
    }
    assertTrue(checked > 4_900);
  }

  @Test
  void minesAreOneToFiveNeighbouringPatchesAndSeveralPatchesShareOne() {
    Map<String, List<Geometry>> mines = new HashMap<>();
    for (Feature f : regularPatches()) {
      String mine = f.getString("KSBH");
      assertTrue(mine != null && mine.matches("KS49\\d{4}\\d{4}"), "KSBH " + mine);
      mines.computeIfAbsent(mine, k -> new ArrayList<>()).add(f.geometry());
    }
    int shared = 0;
    for (Map.Entry<String, List<Geometry>> mine : mines.entrySet()) {
      List<Geometry> patches = mine.getValue();
      assertTrue(patches.size() <= 5, mine.getKey() + " has " + patches.size() + " patches");
      shared += patches.size() > 1 ? 1 : 0;
      // one 1.5 km cell: centres at most its diagonal (2.1 km, about 0.03 degrees) apart
      // (envelope centres: a bow-tie's centroid can lie far away)
      Coordinate first = patches.get(0).getEnvelopeInternal().centre();
      for (Geometry p : patches) {
        double d = p.getEnvelopeInternal().centre().distance(first);
        assertTrue(d < 0.03, mine.getKey() + ": patches " + d + " degrees apart");
      }
    }
    assertTrue(shared >= 100, "mines of several patches: " + shared);
    assertTrue(mines.size() < regularPatches().size() * 0.9, "mines " + mines.size());
  }

  @Test
  void aboutOnePercentOfPatchesAreInvalid() {
    long invalid =
        regularPatches().stream().filter(f -> !new IsValidOp(f.geometry()).isValid()).count();
    assertEquals(result.defects().invalidGeometries(), invalid);
    double share = invalid / (double) DemoOptions.DEMO.patches();
    assertTrue(share > 0.006 && share < 0.014, "invalid share " + share);
    assertTrue(result.defects().duplicatePoints() > 0);
    assertTrue(result.defects().withHoles() > 0 && result.defects().multipart() > 0);
  }

  @Test
  void rejectsAreExactlyTheDocumentedOnes() {
    List<Feature> all = layer(DemoData.PATCHES);
    assertEquals(3, all.stream().filter(f -> f.geometry() == null).count());
    assertEquals(1, all.stream().filter(f -> f.geometry() instanceof LineString).count());
    Set<String> seen = new HashSet<>();
    assertEquals(2, all.stream().filter(f -> !seen.add(f.getString("TBBH"))).count());
    DemoResult.PatchDefects d = result.defects();
    assertEquals(List.of(3, 2, 1), List.of(d.nullGeometries(), d.duplicateIds(), d.lineStrings()));
  }

  @Test
  void declaredAreasAreCloseExceptTheRecordedOutliers() {
    int outliers = 0;
    for (Feature f : regularPatches()) {
      if (!f.geometry().isValid()) {
        continue;
      }
      double area = EllipsoidalArea.ofLonLat(f.geometry()).squareMetres();
      assertTrue(area >= 1_000 && area <= 300_000, "0.1-30 ha: " + area);
      double error = Math.abs(((Double) f.get("TBMJ")) / area - 1);
      assertTrue(error <= 0.0301 || error >= 0.11, f.getString("TBBH") + " off by " + error);
      outliers += error > 0.1 ? 1 : 0;
    }
    int recorded = result.defects().declaredAreaOff();
    assertTrue(outliers > 5 && outliers <= recorded && outliers >= recorded - 5, "" + outliers);
  }

  @Test
  void surveyCodesAreConsistent() {
    Map<String, String> subclassPrefix = Map.of("10", "1", "20", "2", "30", "3");
    for (Feature f : regularPatches()) {
      String tbdl = f.getString("TBDL");
      String tbxl = f.getString("TBXL");
      if (tbdl.equals("40")) {
        assertNull(tbxl);
      } else {
        assertTrue(tbxl.startsWith(subclassPrefix.get(tbdl)), tbdl + "/" + tbxl);
      }
      long year = (Long) f.get("ZLND");
      boolean restored = f.getString("HFZLQK").equals("B");
      assertTrue(restored ? year >= 2018 && year <= 2023 : year >= 2024 && year <= 2030);
      assertTrue(f.getString("KZ").matches("\\p{IsHan}+"));
    }
    long restored =
        regularPatches().stream().filter(f -> f.getString("HFZLQK").equals("B")).count();
    assertEquals(0.3, restored / (double) DemoOptions.DEMO.patches(), 0.03);
  }

  @Test
  void manyPatchesLieNearTheNamedRivers() {
    List<Geometry> named = new ArrayList<>();
    for (Feature f : layer(DemoData.RIVERS)) {
      if (f.getString("NAME") != null) {
        named.add(f.geometry());
      }
    }
    Geometry rivers = GF.buildGeometry(named);
    long near =
        regularPatches().stream()
            .filter(f -> f.geometry().getCentroid().isWithinDistance(rivers, 0.08))
            .count();
    assertTrue(near > 0.3 * DemoOptions.DEMO.patches(), "within about 8 km: " + near);
  }

  @Test
  void secondSurveyDiffersExactlyByTheRecordedChanges() {
    Map<String, Feature> before = new HashMap<>();
    regularPatches().forEach(f -> before.put(f.getString("TBBH"), f));
    Map<String, Feature> after = new HashMap<>();
    for (Feature f : layer(DemoData.PATCHES_2024)) {
      assertNull(after.put(f.getString("TBBH"), f), "unique 2024 ids");
    }
    DemoResult.SnapshotChanges c = result.changes();
    Set<String> gone = new HashSet<>(before.keySet());
    gone.removeAll(after.keySet());
    Set<String> expectedGone = new HashSet<>(c.delistedRemoved());
    expectedGone.addAll(c.renamed().keySet());
    assertEquals(expectedGone, gone);
    Set<String> added = new HashSet<>(after.keySet());
    added.removeAll(before.keySet());
    Set<String> expectedAdded = new HashSet<>(c.newlyDamaged());
    expectedAdded.addAll(c.renamed().values());
    assertEquals(expectedAdded, added);
    c.renamed()
        .forEach(
            (from, to) -> {
              assertTrue(before.get(from).geometry().equalsExact(after.get(to).geometry()));
              assertEquals(
                  withoutId(before.get(from).properties()), withoutId(after.get(to).properties()));
            });
    List<String> restored = new ArrayList<>();
    List<String> damaged = new ArrayList<>();
    List<String> flagged = new ArrayList<>();
    int unchanged = 0;
    for (var e : before.entrySet()) {
      Feature a = e.getValue();
      Feature b = after.get(e.getKey());
      if (b == null) {
        continue;
      }
      assertTrue(a.geometry().equalsExact(b.geometry()), e.getKey());
      String change = a.getString("HFZLQK") + b.getString("HFZLQK");
      if (change.equals("AB")) {
        restored.add(e.getKey());
      } else if (change.equals("BA")) {
        damaged.add(e.getKey());
      } else if (!a.get("XH").equals(b.get("XH"))) {
        flagged.add(e.getKey());
      } else {
        assertEquals(a.properties(), b.properties(), e.getKey());
        unchanged++;
      }
    }
    assertEquals(Set.copyOf(c.newlyRestored()), Set.copyOf(restored));
    assertEquals(Set.copyOf(c.reDamaged()), Set.copyOf(damaged));
    assertEquals(Set.copyOf(c.delistedFlagged()), Set.copyOf(flagged));
    assertEquals(c.unchanged(), unchanged);
    for (List<String> list :
        List.of(restored, damaged, flagged, c.delistedRemoved(), c.newlyDamaged())) {
      assertTrue(list.size() >= 10, "each kind of change occurs");
    }
    assertTrue(c.renamed().size() >= 10);
    int keyRows = layer(DemoData.CHANGES).size();
    assertEquals(before.size() - unchanged + c.newlyDamaged().size(), keyRows);
  }

  private static Map<String, Object> withoutId(Map<String, Object> p) {
    Map<String, Object> m = new HashMap<>(p);
    m.remove("TBBH");
    return m;
  }

  @Test
  void riversArriveInShortPiecesThatJoinExactly() {
    List<Feature> pieces = layer(DemoData.RIVERS);
    assertTrue(pieces.size() >= 200, "pieces: " + pieces.size());
    Set<String> tributaries = new HashSet<>();
    Set<Coordinate> mainVertices = new HashSet<>();
    Feature previous = null;
    for (Feature f : pieces) {
      LineString line = (LineString) f.geometry();
      double km = geodesicLength(line) / 1000;
      assertTrue(km >= 2 && km <= 20, f.getString("NAME") + " piece of " + km + " km");
      if (previous != null && (Long) f.get("PIECE") > 1) {
        Coordinate end = ((LineString) previous.geometry()).getEndPoint().getCoordinate();
        assertEquals(end, line.getStartPoint().getCoordinate(), "pieces share end points");
      }
      if ("main".equals(f.getString("CLASS"))) {
        assertEquals("长江", f.getString("NAME"));
        mainVertices.addAll(List.of(line.getCoordinates()));
      } else if ("tributary".equals(f.getString("CLASS"))) {
        tributaries.add(f.getString("NAME"));
      } else {
        assertEquals("minor", f.getString("CLASS"));
        assertNull(f.get("NAME"));
      }
      previous = f;
    }
    assertTrue(tributaries.size() >= 4, "named tributaries " + tributaries);
    for (int i = 0; i + 1 < pieces.size(); i++) {
      Feature f = pieces.get(i);
      if ("tributary".equals(f.getString("CLASS")) && (Long) pieces.get(i + 1).get("PIECE") == 1) {
        Coordinate mouth = ((LineString) f.geometry()).getEndPoint().getCoordinate();
        assertTrue(mainVertices.contains(mouth), f.getString("NAME") + " joins the main stream");
      }
    }
  }

  private static double geodesicLength(LineString line) {
    double total = 0;
    for (int i = 0; i + 1 < line.getNumPoints(); i++) {
      Coordinate a = line.getCoordinateN(i);
      Coordinate b = line.getCoordinateN(i + 1);
      total += EllipsoidalArea.GRS80.Inverse(a.y, a.x, b.y, b.x).s12;
    }
    return total;
  }

  @Test
  void farmlandParcelsAreSmallValidAndDoNotOverlap() {
    List<Feature> parcels = layer(DemoData.FARMLAND);
    STRtree index = new STRtree();
    Set<String> ids = new HashSet<>();
    for (Feature f : parcels) {
      Geometry g = f.geometry();
      assertTrue(g.isValid());
      int vertices = g.getNumPoints() - 1;
      assertTrue(vertices >= 4 && vertices <= 8, "vertices " + vertices);
      double ha = EllipsoidalArea.ofLonLat(g).squareMetres() / 10_000;
      assertTrue(ha >= 0.5 && ha <= 10, "hectares " + ha);
      assertTrue(ids.add(f.getString("DKBH")));
      assertTrue(f.getString("DKBH").startsWith(f.getString("XZQDM")));
      index.insert(g.getEnvelopeInternal(), g);
    }
    int touching = 0;
    for (Feature f : parcels) {
      Geometry g = f.geometry();
      for (Object o : index.query(g.getEnvelopeInternal())) {
        Geometry other = (Geometry) o;
        if (other != g && other.intersects(g)) {
          assertEquals(Dimension.FALSE, g.relate(other).get(Location.INTERIOR, Location.INTERIOR));
          touching++;
        }
      }
    }
    assertTrue(touching > 1_000, "neighbours that touch: " + touching);
  }

  @Test
  void somePatchesFallInRedLinesAndFarmlandAndRedLinesOverlap() {
    List<Geometry> redLines = layer(DemoData.RED_LINES).stream().map(Feature::geometry).toList();
    int overlapping = 0;
    for (int i = 0; i < redLines.size(); i++) {
      for (int j = i + 1; j < redLines.size(); j++) {
        overlapping += redLines.get(i).overlaps(redLines.get(j)) ? 1 : 0;
      }
    }
    assertTrue(overlapping > 0, "some red lines overlap");
    PreparedGeometry red = PreparedGeometryFactory.prepare(UnaryUnionOp.union(redLines));
    STRtree farmland = new STRtree();
    layer(DemoData.FARMLAND).forEach(f -> farmland.insert(f.geometry().getEnvelopeInternal(), f));
    int inRed = 0;
    int onFarmland = 0;
    for (Feature p : regularPatches()) {
      Geometry g = GeometryFixer.fix(p.geometry());
      inRed += red.intersects(g) ? 1 : 0;
      List<?> near = farmland.query(g.getEnvelopeInternal());
      onFarmland += near.stream().anyMatch(f -> ((Feature) f).geometry().intersects(g)) ? 1 : 0;
    }
    assertTrue(inRed > 50, "patches touching red lines: " + inRed);
    assertTrue(onFarmland > 20, "patches touching farmland: " + onFarmland);
  }

  private static Geometry province() {
    return UnaryUnionOp.union(layer(DemoData.COUNTIES).stream().map(Feature::geometry).toList());
  }

  @Test
  void theSameSeedGivesTheSameLayersAndAnotherSeedOthers() {
    DemoOptions small = new DemoOptions(7, 1_000, 1_000);
    MemoryLayers a = new MemoryLayers();
    MemoryLayers b = new MemoryLayers();
    MemoryLayers c = new MemoryLayers();
    DemoData.generate(small, Path.of("a"), a);
    DemoData.generate(small, Path.of("b"), b);
    DemoData.generate(small.withSeed(8), Path.of("c"), c);
    assertEquals(a.layers.keySet(), b.layers.keySet());
    for (String name : a.layers.keySet()) {
      List<Feature> x = a.get(name);
      List<Feature> y = b.get(name);
      assertEquals(x.size(), y.size(), name);
      for (int i = 0; i < x.size(); i++) {
        assertEquals(x.get(i).properties(), y.get(i).properties(), name + " " + i);
        Geometry gx = x.get(i).geometry();
        Geometry gy = y.get(i).geometry();
        assertTrue(gx == null ? gy == null : gx.equalsExact(gy), name + " " + i);
      }
    }
    assertNotEquals(
        a.get(DemoData.PATCHES).get(0).properties(), c.get(DemoData.PATCHES).get(0).properties());
  }
}
