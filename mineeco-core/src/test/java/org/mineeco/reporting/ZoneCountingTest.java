package org.mineeco.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;
import org.mineeco.io.Layers;
import org.mineeco.io.ReadOptions;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.stats.RegionLevel;
import org.mineeco.table.Table;
import org.mineeco.units.AreaUnit;

/** The demo's red-line polygons counted by TYPE, checked against the file read directly. */
class ZoneCountingTest {
  private static final Path DEMO = Path.of("..", "data", "demo");
  private static final AnalysisSpec SPEC = AnalysisSpec.load(DEMO.resolve("analysis.yaml"));

  /**
   * Each TYPE's area is the union of its polygons (overlapping red lines count once), checked
   * against JTS's classic union of the file's polygons, an overlay independent of the one the table
   * uses; the total is the union of every polygon, less than the sum of the types.
   */
  @Test
  void countsEveryRedLinePolygonByTypeWithTheAreaOfTheirUnion() {
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, List<Geometry>> shapes = new TreeMap<>();
    List<Geometry> all = new ArrayList<>();
    double sum = 0;
    try (FeatureReader reader =
        Layers.open(DEMO.resolve("redline.geojson"), ReadOptions.DEFAULTS)) {
      while (reader.hasNext()) {
        Feature f = reader.next();
        counts.merge(f.getString("TYPE"), 1, Integer::sum);
        Geometry g = GeometryFixer.fix(f.geometry());
        shapes.computeIfAbsent(f.getString("TYPE"), k -> new ArrayList<>()).add(g);
        all.add(g);
        sum += EllipsoidalArea.ofLonLat(g).squareMetres();
      }
    }
    Map<String, Double> m2 = new TreeMap<>();
    shapes.forEach(
        (type, list) ->
            m2.put(type, EllipsoidalArea.ofLonLat(UnaryUnionOp.union(list)).squareMetres()));
    double union = EllipsoidalArea.ofLonLat(UnaryUnionOp.union(all)).squareMetres();
    Table t = ZoneCounting.table(SPEC, "red_line", "type", null, AreaUnit.SQUARE_METRE, 0);
    assertEquals(counts.size() + 1, t.rows().size(), "a row per type and the total row");
    for (int r = 0; r < counts.size(); r++) {
      String type = t.text(r, 0, org.mineeco.vocabulary.Language.ZH);
      assertEquals(counts.get(type), t.number(r, 1).intValue(), type);
      assertEquals(m2.get(type), t.number(r, 2).doubleValue(), m2.get(type) * 1e-9, type);
    }
    int total = t.rows().size() - 1;
    assertEquals(41, t.number(total, 1).intValue());
    assertEquals(union, t.number(total, 2).doubleValue(), union * 1e-9);
    assertTrue(union < sum - 1e6, "the demo's red lines overlap: union " + union + ", sum " + sum);
    // by county: the same total, each polygon counted once
    Table byCounty =
        ZoneCounting.table(SPEC, "red_line", "TYPE", RegionLevel.COUNTY, AreaUnit.SQUARE_METRE, 0);
    int last = byCounty.rows().size() - 1;
    assertEquals(41, byCounty.number(last, 3).intValue());
    assertEquals(
        t.number(total, 2).doubleValue(),
        byCounty.number(last, 4).doubleValue(),
        t.number(total, 2).doubleValue() * 1e-9);
  }

  @Test
  void refusesAZoneThatIsNotPolygonsAndAFieldTheLayerLacks() {
    IllegalArgumentException zone =
        assertThrows(
            IllegalArgumentException.class,
            () -> ZoneCounting.table(SPEC, "yangtze", "NAME", null, AreaUnit.HECTARE, 2));
    assertTrue(
        zone.getMessage().contains("expected one of [red_line, farmland]"), zone.getMessage());
    IllegalArgumentException field =
        assertThrows(
            IllegalArgumentException.class,
            () -> ZoneCounting.table(SPEC, "red_line", "LEVEL", null, AreaUnit.HECTARE, 2));
    assertTrue(field.getMessage().contains("has no field 'LEVEL'"), field.getMessage());
    assertTrue(field.getMessage().contains("[NAME, TYPE]"), field.getMessage());
  }
}
