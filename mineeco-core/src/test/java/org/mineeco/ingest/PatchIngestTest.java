package org.mineeco.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mineeco.ingest.PatchOutcome.Status.ACCEPTED;
import static org.mineeco.ingest.PatchOutcome.Status.REJECTED;
import static org.mineeco.ingest.PatchOutcome.Status.REPAIRED;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.model.RestorationMode;
import org.mineeco.model.SurveyFields;

class PatchIngestTest {
  private static final GeometryFactory GF = new GeometryFactory();
  private static final Geodesic GRS80 = new Geodesic(6378137.0, 1 / 298.257222101);
  private static final String SQUARE =
      "POLYGON((116 30, 116.01 30, 116.01 30.01, 116 30.01, 116 30))";

  record Run(List<PatchOutcome> outcomes, IngestReport report) {
    PatchOutcome only() {
      assertEquals(1, outcomes.size());
      return outcomes.get(0);
    }
  }

  static Geometry wkt(String text) {
    try {
      return new WKTReader(GF).read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  static Feature feature(long index, String id, Geometry geometry) {
    Map<String, Object> properties = new LinkedHashMap<>();
    if (id != null) {
      properties.put("TBBH", id);
    }
    return new Feature(index, geometry, properties);
  }

  static Run ingest(Crs crs, IngestOptions options, List<Feature> features) {
    List<PatchOutcome> outcomes = new ArrayList<>();
    try (PatchStream stream = PatchIngest.open(new ListReader(crs, features), options)) {
      stream.forEachRemaining(outcomes::add);
      return new Run(outcomes, stream.report());
    }
  }

  static Run ingest(Feature... features) {
    return ingest(Crs.CGCS2000, IngestOptions.DEFAULTS, List.of(features));
  }

  static Run ingestWkt(String wkt) {
    return ingest(feature(0, "P0", wkt(wkt)));
  }

  private static void assertRejected(Run run, String field, String... reasonParts) {
    PatchOutcome outcome = run.only();
    assertEquals(REJECTED, outcome.status(), outcome::toString);
    assertNull(outcome.patch());
    Reject reject = run.report().rejects().get(0);
    assertEquals(outcome.index(), reject.index());
    assertEquals(field, reject.field());
    assertTrue(outcome.reason().startsWith(field + ": "), outcome.reason());
    for (String part : reasonParts) {
      assertTrue(reject.reason().contains(part), () -> reject.reason() + " lacks " + part);
    }
    assertCounts(run.report(), 1, 0, 0, 1);
  }

  private static PatchOutcome assertRepaired(Run run, String... reasonParts) {
    PatchOutcome outcome = run.only();
    assertEquals(REPAIRED, outcome.status(), outcome::toString);
    assertTrue(outcome.patch().geometry().isValid());
    assertTrue(outcome.patch().geometry() instanceof Polygonal);
    Repair repair = run.report().repairs().get(0);
    assertEquals(outcome.reason(), repair.reason());
    assertEquals(outcome.id(), repair.id());
    for (String part : reasonParts) {
      assertTrue(repair.reason().contains(part), () -> repair.reason() + " lacks " + part);
    }
    assertCounts(run.report(), 1, 0, 1, 0);
    return outcome;
  }

  static void assertCounts(IngestReport r, long read, long accepted, long repaired, long rejected) {
    assertEquals(
        List.of(read, accepted, repaired, rejected),
        List.of(r.read(), r.accepted(), r.repaired(), r.rejected()),
        r.summary());
  }

  @Test
  void aValidPolygonIsAcceptedAsRead() {
    Geometry square = wkt(SQUARE);
    Run run = ingest(feature(0, "P0", square));
    PatchOutcome outcome = run.only();
    assertEquals(ACCEPTED, outcome.status());
    assertNull(outcome.reason());
    assertEquals("P0", outcome.id());
    assertSame(square, outcome.patch().geometry());
    assertCounts(run.report(), 1, 1, 0, 0);
    assertEquals(Crs.CGCS2000, run.report().crs());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "POLYGON ((179 10, -179 10, -179 11, 179 11, 179 10)) | spans 358.0° of longitude",
        "POLYGON ((-180 80, 0 80, 180 80, 180 90, -180 90, -180 80)) | spans 360.0° of longitude",
        "POLYGON ((10 89, 20 89, 15 90, 10 89)) | reaches a pole",
        "MULTIPOLYGON (((117 30, 118 30, 118 31, 117 30)), ((-170 -90, -160 -89, -170 -89,"
            + " -170 -90))) | part 1 reaches a pole",
      })
  void antimeridianAndPolePolygonsAreRejectedWithTheReason(String wkt, String reason) {
    assertRejected(ingestWkt(wkt), "geometry", reason);
  }

  @Test
  void nullGeometryIsRejected() {
    assertRejected(ingest(feature(0, "P0", null)), "geometry", "no geometry");
  }

  @Test
  void nullGeometryWithTheReadersReasonIsRejectedWithIt() {
    Feature f = new Feature(0, null, Map.of("TBBH", "P0"), "ring 0 has 2 points");
    Run run = ingest(f);
    assertRejected(run, "geometry", "ring 0 has 2 points");
    assertEquals("P0", run.only().id());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "POLYGON EMPTY | empty Polygon",
        "MULTIPOLYGON EMPTY | empty MultiPolygon",
        "GEOMETRYCOLLECTION EMPTY | empty GeometryCollection",
        "POINT (116 30) | found Point",
        "LINESTRING (116 30, 116.1 30.1) | found LineString",
        "MULTILINESTRING ((116 30, 116.1 30.1)) | found LineString",
        "MULTIPOINT ((116 30), (116.1 30)) | found Point",
        "GEOMETRYCOLLECTION (POINT (116 30), LINESTRING (116 30, 117 30)) | Point, LineString",
        "GEOMETRYCOLLECTION (POLYGON EMPTY, POINT (116 30)) | empty Polygon, Point",
      })
  void emptyAndNonPolygonalGeometriesAreRejectedNamingTheType(String wkt, String reason) {
    assertRejected(ingestWkt(wkt), "geometry", reason);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "POLYGON((179 0, 190.5 0, 190.5 1, 179 1, 179 0)) | vertex 1 (190.5, 0.0) | longitude",
        "POLYGON((-181 0, -179 0, -179 1, -181 0)) | vertex 0 (-181.0, 0.0) | longitude",
        "POLYGON((116 89, 117 89, 117 95, 116 89)) | vertex 2 (117.0, 95.0) | latitude",
        "POLYGON((116 -91, 117 -89, 117 -88, 116 -91)) | vertex 0 (116.0, -91.0) | latitude",
        "POLYGON((39500000 3300000, 39500100 3300000, 39500100 3300100, 39500000 3300000)) | vertex 0 | longitude",
      })
  void coordinatesOutOfRangeAreRejectedNamingTheVertex(String wkt, String vertex, String axis) {
    assertRejected(ingestWkt(wkt), "geometry", vertex, axis);
  }

  @Test
  void projectedCoordinatesAreNotRangeChecked() {
    // CGCS2000 / 3-degree Gauss-Kruger zone 39 (EPSG:4527), false easting with the zone prefix
    Geometry square =
        wkt(
            "POLYGON((39500000 3300000, 39500100 3300000, 39500100 3300100, 39500000 3300100,"
                + " 39500000 3300000))");
    Run run = ingest(Crs.epsg(4527), IngestOptions.DEFAULTS, List.of(feature(0, "P0", square)));
    assertEquals(ACCEPTED, run.only().status());
  }

  @Test
  void notANumberIsRejectedInAnyCrs() {
    Coordinate[] ring = {
      new Coordinate(116, 30),
      new Coordinate(116.1, 30),
      new Coordinate(Double.NaN, 30.1),
      new Coordinate(116, 30.1),
      new Coordinate(116, 30)
    };
    Feature f = feature(0, "P0", GF.createPolygon(ring));
    assertRejected(ingest(f), "geometry", "vertex 2 (NaN, 30.1)", "not a finite number");
    Run projected = ingest(Crs.epsg(4527), IngestOptions.DEFAULTS, List.of(f));
    assertEquals(REJECTED, projected.only().status());
  }

  @Test
  void bowTieIsRepairedToTheSumOfItsTwoTriangles() {
    Run run = ingestWkt("POLYGON((116 30, 116.02 30.02, 116.02 30, 116 30.02, 116 30))");
    PatchOutcome outcome = assertRepaired(run, "Self-intersection", "(116.01 30.01)");
    // the lobes meet where the diagonals cross: (116.01, 30.01) in lon/lat
    double expected =
        triangle(116.01, 30.01, 116.02, 30.02, 116.02, 30)
            + triangle(116.01, 30.01, 116, 30.02, 116, 30);
    Repair repair = run.report().repairs().get(0);
    assertEquals(1, repair.after().squareMetres() / expected, 1e-9);
    // about 2.14 km² (0.0002 square degrees at 30°N), not a tiny area in degrees
    assertEquals(2.14e6, expected, 0.02e6);
    assertTrue(Math.abs(repair.before().squareMetres()) < 0.01 * expected, repair::toString);
    assertEquals(2, outcome.patch().geometry().getNumGeometries());
  }

  private static double triangle(double... lonLat) {
    PolygonArea p = new PolygonArea(GRS80, false);
    for (int i = 0; i < lonLat.length; i += 2) {
      p.AddPoint(lonLat[i + 1], lonLat[i]);
    }
    return Math.abs(p.Compute(false, true).area);
  }

  @Test
  void selfIntersectionIsRepairedKeepingBothLoops() {
    // a ring that crosses itself: a square whose top edge dips below its bottom edge
    Run run =
        ingestWkt(
            "POLYGON((116 30, 116.04 30, 116.04 30.04, 116.03 30.04, 116.03 29.98,"
                + " 116.01 29.98, 116.01 30.04, 116 30.04, 116 30))");
    assertRepaired(run, "Self-intersection");
    Repair repair = run.report().repairs().get(0);
    assertTrue(repair.after().squareMetres() > 0);
  }

  @Test
  void consecutiveDuplicatePointsAreValidAndKept() {
    Geometry g = wkt("POLYGON((116 30, 116.01 30, 116.01 30, 116.01 30.01, 116 30.01, 116 30))");
    Run run = ingest(feature(0, "P0", g));
    assertEquals(ACCEPTED, run.only().status());
    assertEquals(6, run.only().patch().geometry().getNumPoints());
  }

  @Test
  void duplicatePointsLeavingTooFewDistinctPointsAreRejected() {
    Run run = ingestWkt("POLYGON((116 30, 116.01 30.01, 116.01 30.01, 116 30))");
    assertRejected(run, "geometry", "Too few distinct points", "left no polygonal area");
  }

  @Test
  void unclosedRingClosedByTheReaderCountsAsARepair() {
    Feature f = new Feature(0, wkt(SQUARE), Map.of("TBBH", "P0"), "ring 0 was not closed");
    Run run = ingest(f);
    assertRepaired(run, "ring 0 was not closed");
    Repair repair = run.report().repairs().get(0);
    assertEquals(repair.before(), repair.after());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "POLYGON((116 30, 116.01 30, 116.01 30.01, 116 30.01, 116 30), (116.02 30, 116.03 30, 116.03 30.01, 116.02 30)) | Hole lies outside shell",
        "MULTIPOLYGON(((116 30, 116.02 30, 116.02 30.02, 116 30.02, 116 30)), ((116.005 30.005, 116.01 30.005, 116.01 30.01, 116.005 30.005))) | Nested shells",
        "MULTIPOLYGON(((116 30, 116.01 30, 116.01 30.01, 116 30.01, 116 30)), ((116 30, 116.01 30, 116.01 30.01, 116 30.01, 116 30))) | Self-intersection",
        "MULTIPOLYGON(((116 30, 116.02 30, 116.02 30.02, 116 30.02, 116 30)), ((116.01 30.01, 116.03 30.01, 116.03 30.03, 116.01 30.03, 116.01 30.01))) | Self-intersection",
      })
  void wronglyNestedOrRepeatedRingsAreRepaired(String wkt, String reason) {
    Run run = ingestWkt(wkt);
    assertRepaired(run, reason);
  }

  @Test
  void repeatedRingsCountOnce() {
    Run run =
        ingestWkt(
            "MULTIPOLYGON(((116 30, 116.01 30, 116.01 30.01, 116 30.01, 116 30)),"
                + " ((116 30, 116.01 30, 116.01 30.01, 116 30.01, 116 30)))");
    Repair repair = run.report().repairs().get(0);
    assertEquals(0.5, repair.after().squareMetres() / repair.before().squareMetres(), 1e-9);
  }

  @Test
  void collectionWithALineKeepsThePolygon() {
    Run run =
        ingestWkt("GEOMETRYCOLLECTION(" + SQUARE + ", LINESTRING(116 30, 116.5 30.5), POINT(1 1))");
    PatchOutcome outcome = assertRepaired(run, "LineString", "Point");
    assertTrue(outcome.patch().geometry().equalsExact(wkt(SQUARE)));
    Repair repair = run.report().repairs().get(0);
    assertEquals(repair.before(), repair.after());
  }

  @Test
  void collectionOfPolygonsOnlyIsAccepted() {
    Run run = ingestWkt("GEOMETRYCOLLECTION(" + SQUARE + ")");
    assertEquals(ACCEPTED, run.only().status());
    assertTrue(run.only().patch().geometry() instanceof Polygonal);
  }

  @Test
  void missingOrBlankIdIsRejectedNamingTheField() {
    assertRejected(ingest(feature(0, null, wkt(SQUARE))), "TBBH", "missing or blank");
    assertRejected(ingest(feature(0, "   ", wkt(SQUARE))), "TBBH", "missing or blank");
    Feature other = new Feature(0, wkt(SQUARE), Map.of("TBBH", "P0"));
    Run run = ingest(Crs.CGCS2000, IngestOptions.builder().idField("FID").build(), List.of(other));
    assertRejected(run, "FID", "missing or blank");
  }

  @Test
  void duplicateIdIsRejectedNamingTheFirstOccurrence() {
    Run run =
        ingest(
            feature(0, "A", wkt(SQUARE)),
            feature(1, "B", wkt(SQUARE)),
            feature(2, "A", wkt(SQUARE)));
    PatchOutcome third = run.outcomes().get(2);
    assertEquals(REJECTED, third.status());
    assertEquals("A", third.id());
    assertTrue(third.reason().contains("duplicate id A"), third.reason());
    assertTrue(third.reason().contains("first at feature 0"), third.reason());
    assertEquals("TBBH", run.report().rejects().get(0).field());
    assertCounts(run.report(), 3, 2, 0, 1);
  }

  @Test
  void anIdWhoseFirstFeatureWasRejectedIsNotADuplicate() {
    Run run = ingest(feature(0, "A", null), feature(1, "A", wkt(SQUARE)));
    assertEquals(REJECTED, run.outcomes().get(0).status());
    assertEquals(ACCEPTED, run.outcomes().get(1).status());
  }

  @Test
  void unknownCodesAreKeptNotRejected() {
    Map<String, Object> p = Map.of("TBBH", "P0", "NXFFS", "9", "TBDL", "garbage");
    Run run = ingest(new Feature(0, wkt(SQUARE), p));
    assertEquals(ACCEPTED, run.only().status());
    assertEquals(RestorationMode.UNKNOWN, run.only().patch().survey().mode());
  }

  @Test
  void surveyAndIdFieldsAreTypedAndTheRestKeptInOrder() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("NAME", "东沟采场");
    p.put("tbbh", "C2106242009087120030651001");
    p.put("NXFFS", 3L);
    p.put("Remark", null);
    p.put("ZLND", 2024L);
    p.put("MJ_MU", 12.5);
    Run run = ingest(new Feature(0, wkt(SQUARE), p));
    var patch = run.only().patch();
    assertEquals("C2106242009087120030651001", patch.id());
    assertEquals("210624", patch.survey().countyCode());
    assertEquals(RestorationMode.ECOLOGICAL_RECONSTRUCTION, patch.survey().mode());
    assertEquals(2024, patch.survey().restorationYear());
    assertEquals(List.of("NAME", "Remark", "MJ_MU"), List.copyOf(patch.otherFields().keySet()));
    assertEquals(12.5, patch.otherFields().get("MJ_MU"));
    assertNull(patch.otherFields().get("Remark"));
  }

  @Test
  void theSelectionCountsAndListsEveryFeatureItLeavesOut() {
    // Five features: legacy open pit (kept), legacy underground, producing open pit, no TBDL,
    // and a legacy open pit with no id (kept by the selection, then rejected for its id).
    Geometry square = wkt(SQUARE);
    List<Feature> features =
        List.of(
            new Feature(0, square, Map.of("TBBH", "P0", "TBDL", "10", "KCFS", "A")),
            new Feature(1, square, Map.of("TBBH", "P1", "TBDL", 10L, "KCFS", "B")),
            new Feature(2, square, Map.of("TBBH", "P2", "TBDL", "30", "KCFS", "A")),
            new Feature(3, square, Map.of("TBBH", "P3", "KCFS", "A")),
            new Feature(4, square, Map.of("TBDL", " 10 ", "KCFS", "A")));
    PatchSelection openPitLegacy =
        new PatchSelection(Map.of("TBDL", List.of("10"), "KCFS", List.of("A", "C")));
    Run run =
        ingest(Crs.CGCS2000, IngestOptions.builder().selection(openPitLegacy).build(), features);
    IngestReport r = run.report();
    assertEquals(
        List.of(5L, 1L, 0L, 1L, 3L),
        List.of(r.read(), r.accepted(), r.repaired(), r.rejected(), r.filtered()),
        r.summary());
    assertEquals(List.of(1L, 2L, 3L), r.filteredOut().stream().map(Filtered::index).toList());
    assertEquals("P1", r.filteredOut().get(0).id());
    assertTrue(
        r.filteredOut().get(0).reason().contains("KCFS is 'B'"), r.filteredOut().get(0).reason());
    assertTrue(r.filteredOut().get(1).reason().contains("TBDL is '30'"));
    assertTrue(r.filteredOut().get(2).reason().contains("TBDL is missing"));
    assertEquals(PatchOutcome.Status.FILTERED, run.outcomes().get(2).status());
    assertEquals(null, run.outcomes().get(2).patch());
    assertEquals(PatchOutcome.Status.REJECTED, run.outcomes().get(4).status());
  }

  @Test
  void aSelectionThatKeepsNothingIsAnError() {
    PatchSelection none = new PatchSelection(Map.of("TBDL", List.of("40")));
    Run run =
        ingest(
            Crs.CGCS2000,
            IngestOptions.builder().selection(none).build(),
            List.of(new Feature(0, wkt(SQUARE), Map.of("TBBH", "P0", "TBDL", "10"))));
    var e = assertThrows(org.mineeco.io.BadInputException.class, run.report()::requireSomeAccepted);
    assertTrue(e.getMessage().contains("left out all 1 features"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> new PatchSelection(Map.of("TBDL", List.of())));
  }

  @Test
  void theRestorationYearFieldIsAnOption() {
    Map<String, Object> p = Map.of("TBBH", "P0", "ZLND", 2021L, "WCNF", 2025L);
    IngestOptions options =
        new IngestOptions(
            IngestOptions.DEFAULTS.read(),
            "TBBH",
            new SurveyFields("WCNF"),
            0.05,
            20,
            PatchSelection.ALL);
    Run run = ingest(Crs.CGCS2000, options, List.of(new Feature(0, wkt(SQUARE), p)));
    assertEquals(2025, run.only().patch().survey().restorationYear());
    assertEquals(2021L, run.only().patch().otherFields().get("ZLND"));
  }

  @Test
  void declaredAreasAreComparedWithTheEllipsoidalArea() {
    double area = triangle(116, 30, 116.01, 30, 116.01, 30.01, 116, 30.01);
    Geometry square = wkt(SQUARE);
    List<Feature> features =
        List.of(
            withTbmj(0, square, area * 1.04),
            withTbmj(1, square, area * 0.9),
            withTbmj(2, square, area * 2),
            withTbmj(3, square, "n/a"),
            feature(4, "P4", square));
    IngestOptions options =
        new IngestOptions(
            IngestOptions.DEFAULTS.read(),
            "TBBH",
            SurveyFields.DEFAULTS,
            0.05,
            1,
            PatchSelection.ALL);
    DeclaredAreaCheck check = ingest(Crs.CGCS2000, options, features).report().declaredArea();
    assertEquals(3, check.compared());
    assertEquals(2, check.differing());
    assertEquals(1, check.unreadable());
    assertEquals(1, check.examples().size());
    AreaDifference first = check.examples().get(0);
    assertEquals(1, first.index());
    assertEquals(1, first.computed().squareMetres() / area, 1e-9);
    assertEquals(0.1, first.relativeDifference(), 1e-6);
  }

  @Test
  void aRepairedPatchIsComparedByItsRepairedArea() {
    Geometry bowTie = wkt("POLYGON((116 30, 116.02 30.02, 116.02 30, 116 30.02, 116 30))");
    Run run = ingest(Crs.CGCS2000, IngestOptions.DEFAULTS, List.of(withTbmj(0, bowTie, 2.1e6)));
    assertEquals(1, run.report().declaredArea().compared());
    assertEquals(0, run.report().declaredArea().differing());
  }

  private static Feature withTbmj(long index, Geometry g, Object tbmj) {
    return new Feature(index, g, Map.of("TBBH", "P" + index, "TBMJ", tbmj));
  }

  @Test
  void theReportRunsAlongAndTheStreamClosesTheReader() {
    ListReader reader =
        new ListReader(Crs.CGCS2000, List.of(feature(0, "A", wkt(SQUARE)), feature(1, "B", null)));
    PatchStream stream = PatchIngest.open(reader, IngestOptions.DEFAULTS);
    stream.next();
    assertCounts(stream.report(), 1, 1, 0, 0);
    assertEquals(Crs.CGCS2000, stream.crs());
    assertEquals(1, stream.stream().count());
    assertCounts(stream.report(), 2, 1, 0, 1);
    assertFalse(reader.closed);
    stream.stream().close();
    assertTrue(reader.closed);
  }

  @Test
  void recordsCheckTheirInvariants() {
    DeclaredAreaCheck none = new DeclaredAreaCheck(0.05, 0, 0, 0, List.of());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new IngestReport(
                    null,
                    Crs.CGCS2000,
                    3,
                    1,
                    List.of(),
                    List.of(new Reject(0, null, null, "x")),
                    List.of(),
                    none));
    assertTrue(
        e.getMessage()
            .endsWith(
                "read = accepted + repaired + rejected + filtered, was read 3, accepted 1,"
                    + " repaired 0, rejected 1, filtered 0"),
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new IngestReport(null, Crs.CGCS2000, 1, -1, List.of(), List.of(), List.of(), none));
    assertThrows(
        IllegalArgumentException.class, () -> new PatchOutcome(0, "A", null, null, ACCEPTED, null));
    assertThrows(
        IllegalArgumentException.class, () -> new PatchOutcome(0, "A", null, null, REJECTED, null));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new IngestOptions(
                IngestOptions.DEFAULTS.read(),
                " ",
                SurveyFields.DEFAULTS,
                0.05,
                1,
                PatchSelection.ALL));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new IngestOptions(
                IngestOptions.DEFAULTS.read(),
                "ID",
                SurveyFields.DEFAULTS,
                -1,
                1,
                PatchSelection.ALL));
    assertThrows(
        IllegalArgumentException.class, () -> new DeclaredAreaCheck(0.05, 1, 2, 0, List.of()));
  }
}
