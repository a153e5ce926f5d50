package org.mineeco.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.analysis.PatchRow;
import org.mineeco.analysis.ResultColumn;
import org.mineeco.io.Feature;
import org.mineeco.server.CatalogMeta;
import org.mineeco.server.PatchFilter;
import org.mineeco.server.SummaryJson;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.SmallSpec;
import org.mineeco.tile.TileLayer;
import org.mineeco.units.AreaUnit;

class WebMapTest {
  /** How far a displayed band edge may be from its distance: see {@link MapOptions}. */
  private static final double EDGE_TOLERANCE =
      MapOptions.DEFAULT.lineTolerance().metres() + MapOptions.DEFAULT.arcTolerance().metres() + 2;

  @TempDir static Path dir;
  private static WebMap map;

  @BeforeAll
  static void build() throws IOException {
    map =
        WebMap.build(
            AnalysisSpec.load(SmallSpec.write(dir)),
            AnalysisOptions.defaults(),
            MapOptions.DEFAULT);
  }

  private static TileLayer layer(String name) {
    return map.layers().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
  }

  private static Map<String, Feature> patches() {
    Map<String, Feature> byId = new HashMap<>();
    layer("patches").features().forEach(f -> byId.put(f.getString("id"), f));
    return byId;
  }

  @Test
  void layersInDrawingOrder() {
    assertEquals(
        List.of(
            "regions",
            "red_line",
            "corridors",
            "three_zones_two_lines",
            "rivers",
            "labels",
            "patches"),
        map.layers().stream().map(TileLayer::name).toList());
    assertEquals(
        List.of("West County", "East County"),
        layer("regions").features().stream().map(f -> f.getString("name")).toList());
    assertEquals(1, layer("rivers").features().size());
    assertEquals("Qing He", layer("rivers").features().get(0).get("name"));
    assertEquals(
        List.of("West County", "East County"),
        layer("labels").features().stream().map(f -> f.getString("name")).toList());
    for (Feature label : layer("labels").features()) {
      Geometry county =
          layer("regions").features().stream()
              .filter(r -> r.get("name").equals(label.get("name")))
              .findFirst()
              .orElseThrow()
              .geometry();
      assertTrue(county.contains(label.geometry()), "label inside its region");
    }
  }

  @Test
  void onePatchFeaturePerAcceptedPatchWithTheAnalysisFigures() {
    Map<String, Feature> patches = patches();
    assertEquals(SmallSpec.PATCHES.keySet(), patches.keySet());
    for (PatchRow row : map.analysis().rows()) {
      if (row.isRejected()) {
        continue;
      }
      Feature f = patches.get(row.id());
      assertEquals(row.area().in(AreaUnit.MU), (Double) f.get("area_mu"), 0.005);
      assertEquals((long) row.rank(), f.get("priority"));
      for (ResultColumn column : map.analysis().columns().all()) {
        if (column.kind() == ResultColumn.Kind.AREA) {
          String mu = column.name().substring(0, column.name().length() - 3) + "_mu";
          assertEquals(row.area(column).in(AreaUnit.MU), mu(f, mu), 0.005, row.id() + " " + mu);
        }
      }
    }
    assertEquals(
        Set.of(1L, 2L, 3L),
        new HashSet<>(patches.values().stream().map(f -> f.get("priority")).toList()));
  }

  @Test
  void patchFlagsAndAreasMatchTheGeometry() {
    Map<String, Feature> patches = patches();
    for (String id : SmallSpec.PATCHES.keySet()) {
      double mu = SmallSpec.areaSquareMetres(id) / 666.6666667;
      Feature f = patches.get(id);
      assertEquals(mu, (Double) f.get("area_mu"), 0.01, id);
      assertEquals(id.equals("P-RED"), Boolean.TRUE.equals(f.get("in_red_line")), id);
      assertEquals(id.equals("P-RIVER"), Boolean.TRUE.equals(f.get("in_rivers")), id);
      assertEquals(id.equals("P-TOWN"), Boolean.TRUE.equals(f.get("in_residential")), id);
      String zone =
          switch (id) {
            case "P-RED" -> "red_line_mu";
            case "P-RIVER" -> "rivers_0_1000_mu";
            default -> "residential_mu";
          };
      assertEquals(mu, mu(f, zone), 0.01, id + " " + zone);
      assertEquals(null, f.get("rivers_1000_3000_mu"), "zero areas are left out of tiles");
      assertEquals(id.equals("P-RED") ? "East County" : "West County", f.get("region_name"));
      assertEquals(id.equals("P-RIVER") ? "restored" : "not_restored", f.get("restoration_state"));
      assertEquals("legacy", f.get("status"));
    }
  }

  @Test
  void gaussKrugerPatchesComeOutInLonLat() {
    patches()
        .forEach(
            (id, f) -> {
              Point centre = f.geometry().getCentroid();
              double[] expected = SmallSpec.PATCHES.get(id);
              assertEquals(expected[0], centre.getX(), 1e-6, id);
              assertEquals(expected[1], centre.getY(), 1e-6, id);
            });
  }

  @Test
  void corridorBandEdgesLieAtTheBandDistances() {
    List<Feature> bands = layer("corridors").features();
    assertEquals(
        List.of("0-1000 m", "1000-3000 m"), bands.stream().map(f -> f.getString("band")).toList());
    Polygon inner = (Polygon) bands.get(0).geometry();
    Polygon outer = (Polygon) bands.get(1).geometry();
    assertEquals(0, inner.getNumInteriorRing());
    assertEquals(1, outer.getNumInteriorRing());
    assertEquals(1000L, bands.get(1).get("d0_m"));
    assertEquals(3000L, bands.get(1).get("d1_m"));
    assertRingAt(inner.getExteriorRing(), 1000);
    assertRingAt(outer.getInteriorRingN(0), 1000);
    assertRingAt(outer.getExteriorRing(), 3000);
  }

  @Test
  void bufferZonesAreGrownByTheirDistance() {
    Feature town = layer("three_zones_two_lines").features().get(0);
    assertEquals("residential", town.get("zone"));
    for (Coordinate c : samples(((Polygon) town.geometry()).getExteriorRing())) {
      double d = SmallSpec.GRS80.Inverse(SmallSpec.TOWN[1], SmallSpec.TOWN[0], c.y, c.x).s12;
      assertEquals(500, d, MapOptions.DEFAULT.arcTolerance().metres() + 1, c.toString());
    }
  }

  @Test
  void reportHasTheSummaryAndEveryPatch() {
    SummaryJson summary = map.report().catalog().summary(PatchFilter.ALL);
    SummaryJson.Row redLine =
        summary.rows().stream().filter(r -> r.label().equals("red_line")).findFirst().orElseThrow();
    assertEquals(1L, redLine.patches());
    assertEquals(SmallSpec.areaSquareMetres("P-RED") / 666.6666667, redLine.mu(), 0.01);
    assertEquals(new SummaryJson.Ingest(4, 3, 0, 1, 0), summary.ingest());
    assertEquals(3L, summary.patchCount());
    Map<String, Object> patch = map.report().patch().apply("P-RED").orElseThrow();
    assertEquals(SmallSpec.areaSquareMetres("P-RED"), (Double) patch.get("area_m2"), 0.01);
    assertEquals(SmallSpec.areaSquareMetres("P-RED"), (Double) patch.get("red_line_m2"), 0.01);
    assertEquals("ok", patch.get("ingest_status"));
    assertEquals(false, patch.get("in_rivers"), "the API lists every flag");
    assertEquals(0.0, patch.get("rivers_0_1000_mu"));
    assertEquals("legacy", patch.get("status"));
    double river = SmallSpec.distanceToRiver(117.345, 30.065 - SmallSpec.HALF);
    assertTrue((Double) patch.get("rivers_dist_m") <= river, "distance " + patch);
    assertFalse(map.report().patch().apply("P-NONE").isPresent());
  }

  /** A server of an exported archive labels the map with the very labels the map has. */
  @Test
  void anArchivesLabelsReadBackAsTheMapsOwn() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<String, Object> metadata =
        json.readValue(
            json.writeValueAsBytes(map.archiveMetadata()),
            new TypeReference<Map<String, Object>>() {});
    CatalogMeta labels = WebMap.archived(metadata).catalog().meta().orElseThrow();
    assertEquals(
        json.writeValueAsString(map.report().catalog().meta().orElseThrow()),
        json.writeValueAsString(labels));
    assertTrue(WebMap.archived(metadata).catalog().isEmpty());
    assertTrue(WebMap.archived(Map.of("other", 1)).catalog().meta().isEmpty());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> WebMap.archived(Map.of("mineeco", Map.of("zones", "none"))));
    assertTrue(e.getMessage().contains("'mineeco'"), e.getMessage());
  }

  /** A zone area of a tile feature: left out when zero. */
  private static double mu(Feature f, String key) {
    Object value = f.get(key);
    return value == null ? 0 : (Double) value;
  }

  /** Asserts that ring vertices and edge midpoints are {@code metres} from the river. */
  private static void assertRingAt(LineString ring, double metres) {
    for (Coordinate c : samples(ring)) {
      assertEquals(metres, SmallSpec.distanceToRiver(c.x, c.y), EDGE_TOLERANCE, "ring point " + c);
    }
  }

  /** About 60 vertices and edge midpoints spread along the ring. */
  private static List<Coordinate> samples(LineString ring) {
    Coordinate[] cs = ring.getCoordinates();
    int step = Math.max(1, cs.length / 30);
    List<Coordinate> out = new ArrayList<>();
    for (int i = 0; i + 1 < cs.length; i += step) {
      out.add(cs[i]);
      out.add(new Coordinate((cs[i].x + cs[i + 1].x) / 2, (cs[i].y + cs[i + 1].y) / 2));
    }
    return out;
  }
}
