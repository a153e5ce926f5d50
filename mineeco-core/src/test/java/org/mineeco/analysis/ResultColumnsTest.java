package org.mineeco.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.SmallSpec;
import org.mineeco.units.Length;

/** Patch results looked up by zone and band on the hand-made {@link SmallSpec}. */
class ResultColumnsTest {
  @TempDir static Path dir;
  private static Analysis analysis;
  private static Map<String, PatchRow> rows;

  @BeforeAll
  static void analyse() throws Exception {
    analysis = AnalysisJob.run(AnalysisSpec.load(SmallSpec.write(dir)), AnalysisOptions.defaults());
    rows =
        analysis.rows().stream()
            .filter(r -> r.id() != null)
            .collect(Collectors.toMap(PatchRow::id, Function.identity()));
  }

  @Test
  void oneLayoutZoneByZoneInSpecOrder() {
    ResultColumns columns = analysis.columns();
    assertEquals(
        List.of(
            "rivers_0_1000_m2",
            "rivers_1000_3000_m2",
            "rivers_dist_m",
            "red_line_m2",
            "residential_m2"),
        columns.names());
    ZoneColumns rivers = columns.zone("rivers");
    assertEquals(ZoneColumns.Kind.CORRIDOR, rivers.kind());
    assertEquals(
        List.of("0-1000 m", "1000-3000 m"),
        rivers.areas().stream().map(c -> c.band().orElseThrow().label()).toList());
    assertEquals("rivers_dist_m", rivers.distance().orElseThrow().name());
    assertEquals(ZoneColumns.Kind.POLYGONS, columns.zone("red_line").kind());
    assertEquals(ZoneColumns.Kind.BUFFER, columns.zone("residential").kind());
    assertEquals(Optional.empty(), columns.zone("red_line").distance());
    for (int i = 0; i < columns.all().size(); i++) {
      assertEquals(i, columns.all().get(i).index());
    }
  }

  @Test
  void areasByZoneAndBandMatchTheGeodesicReference() {
    double red = SmallSpec.areaSquareMetres("P-RED");
    PatchRow pRed = rows.get("P-RED");
    assertEquals(red, pRed.area("red_line").squareMetres(), red * 1e-6, "inside the red line");
    assertEquals(0, pRed.area("rivers").squareMetres());
    double river = SmallSpec.areaSquareMetres("P-RIVER");
    PatchRow pRiver = rows.get("P-RIVER");
    assertEquals(river, pRiver.area("rivers", 0).squareMetres(), river * 1e-6, "about 280 m off");
    assertEquals(0, pRiver.area("rivers", 1).squareMetres());
    assertEquals(
        pRiver.area("rivers"), pRiver.area(analysis.columns().zone("rivers").areas().get(0)));
    double town = SmallSpec.areaSquareMetres("P-TOWN");
    assertEquals(
        town, rows.get("P-TOWN").area("residential").squareMetres(), town * 1e-6, "within 500 m");
  }

  @Test
  void distanceToTheCorridorIsTheGroundDistanceToTheSquare() {
    double[] c = SmallSpec.PATCHES.get("P-RIVER");
    double h = SmallSpec.HALF;
    double nearest = Double.POSITIVE_INFINITY;
    int steps = 400;
    for (int i = 0; i <= steps; i++) {
      double t = -h + 2 * h * i / steps;
      nearest = Math.min(nearest, SmallSpec.distanceToRiver(c[0] + t, c[1] - h));
      nearest = Math.min(nearest, SmallSpec.distanceToRiver(c[0] + t, c[1] + h));
      nearest = Math.min(nearest, SmallSpec.distanceToRiver(c[0] - h, c[1] + t));
      nearest = Math.min(nearest, SmallSpec.distanceToRiver(c[0] + h, c[1] + t));
    }
    Length distance = rows.get("P-RIVER").distance("rivers").orElseThrow();
    assertEquals(nearest, distance.metres(), 0.5);
  }

  @Test
  void lookupsOfTheWrongKindOrZoneAreRefused() {
    PatchRow row = rows.get("P-RED");
    ResultColumn distance = analysis.columns().zone("rivers").distance().orElseThrow();
    ResultColumn redLine = analysis.columns().zone("red_line").areas().get(0);
    assertThrows(IllegalArgumentException.class, () -> row.area(distance));
    assertThrows(IllegalArgumentException.class, () -> row.distance(redLine));
    assertThrows(IllegalArgumentException.class, () -> row.distance("red_line"));
    assertThrows(IllegalArgumentException.class, () -> row.area("rivers", 2));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> row.area("farmland"));
    assertTrue(e.getMessage().contains("red_line"), e.getMessage());
    ResultColumn foreign =
        new ResultColumn(
            redLine.index(), "farmland_m2", "farmland", ResultColumn.Kind.AREA, Optional.empty());
    assertThrows(IllegalArgumentException.class, () -> row.area(foreign));
  }

  @Test
  void aRejectedFeatureHasNoFigures() {
    PatchRow rejected =
        analysis.rows().stream().filter(PatchRow::isRejected).findFirst().orElseThrow();
    assertEquals(0, rejected.area("red_line").squareMetres());
    assertFalse(rejected.distance("rivers").isPresent());
  }
}
