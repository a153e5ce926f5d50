package org.mineeco.tile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.map.MapOptions;
import org.mineeco.map.WebMap;
import org.mineeco.spec.AnalysisSpec;

/**
 * Every polygon of every tile of the demo map at zooms 0-12, as served ({@link TileSource#tile})
 * and as exported ({@link PmTilesExport}, read back), is valid: decoded by {@link
 * MvtGeometryReader} (independent of the encoder) and checked by JTS {@link IsValidOp} in tile
 * coordinates. The composite tile holds every layer (regions, labels, zones, corridors, three zones
 * two lines, rivers, patches).
 */
class DemoTileValidityTest {
  private static final Path DEMO = Path.of("..", "data", "demo", "analysis.yaml");
  private static final int MAX_ZOOM = 12;
  private static final double AREA_TOLERANCE = 1e-4;
  private static TileSource source;

  @BeforeAll
  static void build() throws IOException {
    source =
        TileSource.of(
            WebMap.build(AnalysisSpec.load(DEMO), AnalysisOptions.defaults(), MapOptions.DEFAULT)
                .layers());
  }

  @Test
  void everyServedPolygonIsValid() throws IOException {
    check(source);
  }

  @Test
  void everyExportedPolygonIsValid(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("demo.pmtiles");
    PmTilesExport.write(source, out, new ExportOptions(0, MAX_ZOOM));
    try (PmTilesArchive archive = PmTilesArchive.open(out)) {
      check(archive);
      List<String> differ = new ArrayList<>();
      forEachTile(
          id -> {
            String difference =
                difference(source.tile(VectorTiles.ALL, id), archive.tile(VectorTiles.ALL, id));
            if (difference != null) {
              differ.add(id + ": " + difference);
            }
          });
      assertEquals(List.of(), differ, "exported tiles that differ from the served ones");
    }
  }

  /**
   * Null when both tiles hold the same features in the same layers with the same tags and {@link
   * #close} geometries (the export cuts a large feature in steps, which may move a snapped vertex
   * or start a ring elsewhere); else what differs.
   */
  private static String difference(byte[] served, byte[] exported) {
    if (Arrays.equals(served, exported)) {
      return null;
    }
    Map<String, List<Geometry>> a = Mvt.decode(served);
    Map<String, List<Geometry>> b = Mvt.decode(exported);
    if (!a.keySet().equals(b.keySet())) {
      return "layers " + a.keySet() + " != " + b.keySet();
    }
    for (String layer : a.keySet()) {
      List<Geometry> ga = a.get(layer);
      List<Geometry> gb = b.get(layer);
      if (ga.size() != gb.size()) {
        return layer + ": " + ga.size() + " != " + gb.size() + " features";
      }
      for (int i = 0; i < ga.size(); i++) {
        if (!Mvt.tags(ga.get(i)).equals(Mvt.tags(gb.get(i))) || !close(ga.get(i), gb.get(i))) {
          return layer + " " + Mvt.tags(ga.get(i)) + ": " + ga.get(i) + " != " + gb.get(i);
        }
      }
    }
    return null;
  }

  /**
   * Polygons whose symmetric difference is under {@value #AREA_TOLERANCE} of the buffered tile's
   * area (a 42-unit square: snapped vertices, not a wrong side), other geometries within 1.5 units.
   */
  private static boolean close(Geometry a, Geometry b) {
    if (a instanceof Polygonal && b instanceof Polygonal) {
      double tile = Math.pow(TileOptions.EXTENT + 2 * TileOptions.BUFFER, 2);
      return a.symDifference(b).getArea() <= AREA_TOLERANCE * tile;
    }
    return DiscreteHausdorffDistance.distance(a, b) <= 1.5;
  }

  private interface TileCheck {
    void check(TileId id) throws IOException;
  }

  /** Every tile covering the demo's bounds at zooms 0 to {@value #MAX_ZOOM}. */
  private static void forEachTile(TileCheck check) throws IOException {
    Bounds b = source.bounds();
    for (int z = 0; z <= MAX_ZOOM; z++) {
      for (int x = (int) Mvt.tileX(b.west(), z); x <= (int) Mvt.tileX(b.east(), z); x++) {
        for (int y = (int) Mvt.tileY(b.north(), z); y <= (int) Mvt.tileY(b.south(), z); y++) {
          check.check(new TileId(z, x, y));
        }
      }
    }
  }

  private static void check(VectorTiles tiles) throws IOException {
    Map<String, Integer> checked = new TreeMap<>();
    List<String> invalid = new ArrayList<>();
    forEachTile(
        id -> {
          for (MvtGeometryReader.PolygonFeature f :
              MvtGeometryReader.polygons(tiles.tile(VectorTiles.ALL, id))) {
            checked.merge(f.layer(), 1, Integer::sum);
            String error = f.error();
            if (error == null) {
              TopologyValidationError e = new IsValidOp(f.geometry()).getValidationError();
              error = e == null ? null : e.toString();
            }
            if (error != null) {
              invalid.add(f.layer() + " " + id + " feature " + f.id() + ": " + error);
            }
          }
        });
    int total = checked.values().stream().mapToInt(Integer::intValue).sum();
    assertTrue(
        invalid.isEmpty(),
        invalid.size()
            + " invalid polygons of "
            + total
            + ", e.g. "
            + invalid.subList(0, Math.min(10, invalid.size())));
    for (String layer :
        List.of(
            "regions", "red_line", "farmland", "corridors", "three_zones_two_lines", "patches")) {
      assertTrue(checked.getOrDefault(layer, 0) > 100, layer + ": " + checked);
    }
  }
}
