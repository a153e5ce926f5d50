package org.mineeco.tile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineeco.io.Feature;

class TileSourceTest {
  private static final double LON = 121.47;
  private static final double LAT = 31.23;

  private static Map<String, Object> patch(String id) {
    return Map.of("id", id, "status", "A", "area_mu", 12.5, "in_red_line", true, "priority", 3L);
  }

  @Test
  void patchLandsInItsTileAtItsPixel() {
    int z = 14;
    TileSource source =
        TileSource.of(
            List.of(
                new TileLayer(
                    "patches", List.of(Mvt.square(0, LON, LAT, 0.0005, patch("P1"))), 0, 16)));
    double fx = Mvt.tileX(LON, z);
    double fy = Mvt.tileY(LAT, z);
    TileId id = new TileId(z, (int) fx, (int) fy);
    byte[] tile = source.tile("patches", id);
    Geometry g = Mvt.find(tile, "patches", "id", "P1");
    assertNotNull(g, "patch P1 in tile " + id);
    Coordinate c = g.getEnvelopeInternal().centre();
    assertEquals((fx - (int) fx) * 4096, c.x, 1.0);
    assertEquals((fy - (int) fy) * 4096, c.y, 1.0);
    double halfWidthUnits = (Mvt.tileX(LON + 0.0005, z) - Mvt.tileX(LON - 0.0005, z)) * 4096 / 2;
    assertEquals(2 * halfWidthUnits, g.getEnvelopeInternal().getWidth(), 1.0);
    Map<String, Object> tags = Mvt.tags(g);
    assertEquals("A", tags.get("status"));
    assertEquals(12.5, (Double) tags.get("area_mu"), 0);
    assertEquals(true, tags.get("in_red_line"));
    assertEquals(3L, ((Number) tags.get("priority")).longValue());
    assertEquals(0L, ((Number) tags.get("mvt_id")).longValue());
  }

  @Test
  void seededRandomPatchesLandAtTheirPixels() {
    Random random = new Random(42);
    List<Feature> features = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      double lon = 100 + random.nextDouble() * 20;
      double lat = 20 + random.nextDouble() * 25;
      features.add(Mvt.square(i, lon, lat, 0.0001, Map.of("id", "R" + i)));
    }
    TileSource source = TileSource.of(List.of(new TileLayer("patches", features, 0, 14)));
    for (int i = 0; i < features.size(); i++) {
      Coordinate c = features.get(i).geometry().getCentroid().getCoordinate();
      int z = 8 + i % 7;
      double fx = Mvt.tileX(c.x, z);
      double fy = Mvt.tileY(c.y, z);
      Geometry g =
          Mvt.find(
              source.tile("patches", new TileId(z, (int) fx, (int) fy)), "patches", "id", "R" + i);
      assertNotNull(g, "patch R" + i + " at zoom " + z);
      Coordinate got = g.getEnvelopeInternal().centre();
      assertEquals((fx - (int) fx) * 4096, got.x, 1.0, "x of R" + i);
      assertEquals((fy - (int) fy) * 4096, got.y, 1.0, "y of R" + i);
    }
  }

  @Test
  void patchOnATileEdgeAppearsInBothTilesWithinTheBuffer() {
    int z = 12;
    int x = (int) Mvt.tileX(LON, z);
    double edgeLon = x * 360.0 / (1 << z) - 180;
    double unitDeg = 360.0 / (1 << z) / 4096;
    Feature straddling = Mvt.square(0, edgeLon, LAT, 20 * unitDeg, Map.of("id", "edge"));
    Feature nearEdge =
        Mvt.square(1, edgeLon + 40 * unitDeg, LAT, 10 * unitDeg, Map.of("id", "near"));
    TileSource source =
        TileSource.of(List.of(new TileLayer("patches", List.of(straddling, nearEdge), 0, 14)));
    int y = (int) Mvt.tileY(LAT, z);
    byte[] west = source.tile("patches", new TileId(z, x - 1, y));
    byte[] east = source.tile("patches", new TileId(z, x, y));
    Envelope inWest = Mvt.find(west, "patches", "id", "edge").getEnvelopeInternal();
    Envelope inEast = Mvt.find(east, "patches", "id", "edge").getEnvelopeInternal();
    assertEquals(4096 - 20, inWest.getMinX(), 1);
    assertEquals(4096 + 20, inWest.getMaxX(), 1);
    assertEquals(-20, inEast.getMinX(), 1);
    assertEquals(20, inEast.getMaxX(), 1);
    Envelope nearInWest = Mvt.find(west, "patches", "id", "near").getEnvelopeInternal();
    assertEquals(4096 + 30, nearInWest.getMinX(), 1, "inside the 64-unit buffer of the west tile");
    assertEquals(4096 + 50, nearInWest.getMaxX(), 1);
    assertNull(Mvt.find(source.tile("patches", new TileId(z, x - 2, y)), "patches", "id", "edge"));
  }

  @Test
  void simplifiedBeforeClippingSoNeighboursAgreeAtTheEdge() {
    int z = 10;
    int x = (int) Mvt.tileX(LON, z);
    int y = (int) Mvt.tileY(LAT, z);
    double edgeLon = x * 360.0 / (1 << z) - 180;
    Random random = new Random(7);
    Coordinate[] ring = new Coordinate[3001];
    for (int i = 0; i < 3000; i++) {
      double a = 2 * Math.PI * i / 3000;
      double r = 0.05 * (1 + 0.05 * random.nextDouble());
      ring[i] = new Coordinate(edgeLon + r * Math.cos(a), LAT + r * Math.sin(a));
    }
    ring[3000] = ring[0];
    Feature wiggly = new Feature(0, new GeometryFactory().createPolygon(ring), Map.of("id", "w"));
    TileSource source = TileSource.of(List.of(new TileLayer("zones", List.of(wiggly), 0, 14)));
    Geometry west = Mvt.find(source.tile("zones", new TileId(z, x - 1, y)), "zones", "id", "w");
    Geometry east = Mvt.find(source.tile("zones", new TileId(z, x, y)), "zones", "id", "w");
    Set<String> fromWest = new TreeSet<>();
    for (Coordinate c : west.getCoordinates()) {
      if (c.x > 4096 - 60 && c.x < 4096 + 60) {
        fromWest.add((long) (c.x - 4096) + "," + (long) c.y);
      }
    }
    Set<String> fromEast = new TreeSet<>();
    for (Coordinate c : east.getCoordinates()) {
      if (c.x > -60 && c.x < 60) {
        fromEast.add((long) c.x + "," + (long) c.y);
      }
    }
    assertTrue(fromWest.size() > 4, "vertices near the edge: " + fromWest.size());
    assertEquals(fromWest, fromEast);
  }

  @Test
  void tinyPatchAtLowZoomIsASquareOfMinimumSize() {
    TileSource source =
        TileSource.of(
            List.of(
                new TileLayer(
                    "patches", List.of(Mvt.square(0, LON, LAT, 0.0001, patch("T"))), 0, 14)));
    int z = 5;
    double fx = Mvt.tileX(LON, z);
    double fy = Mvt.tileY(LAT, z);
    Geometry g =
        Mvt.find(source.tile("patches", new TileId(z, (int) fx, (int) fy)), "patches", "id", "T");
    assertNotNull(g, "a 20 m patch is still drawn at zoom 5");
    assertEquals(16, g.getEnvelopeInternal().getWidth(), 1);
    assertEquals(16, g.getEnvelopeInternal().getHeight(), 1);
    assertEquals((fx - (int) fx) * 4096, g.getEnvelopeInternal().centre().x, 1);
  }

  @Test
  void oversizedTileIsThinnedUnderTheLimit() {
    int z = 12;
    double x0 = (int) Mvt.tileX(LON, z) * 360.0 / (1 << z) - 180;
    double span = 360.0 / (1 << z);
    Random random = new Random(3);
    GeometryFactory gf = new GeometryFactory();
    List<Feature> features = new ArrayList<>();
    for (int i = 0; i < 8000; i++) {
      double cx = x0 + span * random.nextDouble();
      double cy = LAT - span * 0.2 + span * 0.4 * random.nextDouble();
      Coordinate[] ring = new Coordinate[41];
      for (int k = 0; k < 40; k++) {
        double a = 2 * Math.PI * k / 40;
        double r = span * 0.004 * (1 + 0.3 * random.nextDouble());
        ring[k] = new Coordinate(cx + r * Math.cos(a), cy + r * Math.sin(a));
      }
      ring[40] = ring[0];
      features.add(
          new Feature(
              i, gf.createPolygon(ring), Map.of("id", "F" + i, "note", "x".repeat(30) + i)));
    }
    List<TileLayer> layers = List.of(new TileLayer("patches", features, 0, 14));
    TileId id = new TileId(z, (int) Mvt.tileX(LON, z), (int) Mvt.tileY(LAT, z));
    byte[] unlimited =
        TileSource.of(layers, new TileOptions(Integer.MAX_VALUE, 4, 16)).tile("patches", id);
    assertTrue(unlimited.length > 500_000, "test tile must be oversized, was " + unlimited.length);
    byte[] limited = TileSource.of(layers).tile("patches", id);
    assertTrue(limited.length <= 500_000, "thinned tile is " + limited.length + " bytes");
    assertTrue(Mvt.decode(limited).get("patches").size() > 100, "thinning keeps features");
  }

  @Test
  void emptyTileAndUnknownLayer() {
    TileSource source =
        TileSource.of(
            List.of(
                new TileLayer(
                    "patches", List.of(Mvt.square(0, LON, LAT, 0.01, patch("P"))), 0, 14)));
    assertEquals(0, source.tile("patches", new TileId(10, 0, 0)).length);
    assertEquals(0, source.tile(VectorTiles.ALL, new TileId(10, 0, 0)).length);
    assertThrows(IllegalArgumentException.class, () -> source.tile("nope", new TileId(1, 0, 0)));
    assertEquals(LON - 0.01, source.bounds().west(), 1e-12);
    assertEquals(
        Map.of(
            "id",
            "String",
            "status",
            "String",
            "area_mu",
            "Number",
            "in_red_line",
            "Boolean",
            "priority",
            "Number"),
        source.layers().get(0).fields());
  }

  @Test
  void compositeTileHoldsEveryLayerInItsZoomRange() {
    Feature p = Mvt.square(0, LON, LAT, 0.01, patch("P"));
    TileSource source =
        TileSource.of(
            List.of(
                new TileLayer(
                    "regions", List.of(Mvt.square(0, LON, LAT, 0.5, Map.of("name", "R"))), 0, 14),
                new TileLayer("patches", List.of(p), 8, 14)));
    int z = 9;
    TileId id = new TileId(z, (int) Mvt.tileX(LON, z), (int) Mvt.tileY(LAT, z));
    assertEquals(
        Set.of("regions", "patches"), Mvt.decode(source.tile(VectorTiles.ALL, id)).keySet());
    TileId low = new TileId(4, (int) Mvt.tileX(LON, 4), (int) Mvt.tileY(LAT, 4));
    assertEquals(Set.of("regions"), Mvt.decode(source.tile(VectorTiles.ALL, low)).keySet());
  }

  @Test
  void invalidLayersAreRejectedWithReasons() {
    Feature noGeometry = new Feature(7, null, Map.of());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new TileLayer("p", List.of(noGeometry), 0, 5));
    assertTrue(e.getMessage().contains("source index 7"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new TileLayer("all", List.of(), 0, 5));
    assertThrows(IllegalArgumentException.class, () -> new TileLayer("catalog", List.of(), 0, 5));
    assertThrows(IllegalArgumentException.class, () -> new TileLayer("a/b", List.of(), 0, 5));
    assertThrows(IllegalArgumentException.class, () -> new TileLayer("p", List.of(), 6, 5));
    assertThrows(IllegalArgumentException.class, () -> new TileId(3, 8, 0));
    assertThrows(IllegalArgumentException.class, () -> new TileId(31, 0, 0));
  }

  @Test
  void concavePolygonCrossingTheTileIsCutToTheBufferWithItsArea() {
    int z = 10;
    int x = (int) Mvt.tileX(LON, z);
    int y = (int) Mvt.tileY(LAT, z);
    double west = x / 1024.0 * 360 - 180;
    double east = (x + 1) / 1024.0 * 360 - 180;
    double width = east - west;
    double south = LAT - width / 3;
    double north = LAT + width / 3;
    // A U open to the north, its arms reaching out of the tile on both sides.
    double[][] u = {
      {west - width / 4, south}, {east + width / 4, south}, {east + width / 4, north},
      {east - width / 4, north}, {east - width / 4, LAT}, {west + width / 4, LAT},
      {west + width / 4, north}, {west - width / 4, north}, {west - width / 4, south}
    };
    GeometryFactory f = new GeometryFactory();
    Coordinate[] lonLat = new Coordinate[u.length];
    Coordinate[] units = new Coordinate[u.length];
    for (int i = 0; i < u.length; i++) {
      lonLat[i] = new Coordinate(u[i][0], u[i][1]);
      units[i] =
          new Coordinate((Mvt.tileX(u[i][0], z) - x) * 4096, (Mvt.tileY(u[i][1], z) - y) * 4096);
    }
    Geometry expected =
        f.createPolygon(units).intersection(f.toGeometry(new Envelope(-64, 4160, -64, 4160)));
    TileSource source =
        TileSource.of(
            List.of(
                new TileLayer(
                    "zones",
                    List.of(new Feature(0, f.createPolygon(lonLat), Map.of("id", "U"))),
                    0,
                    14)));
    Geometry cut = Mvt.find(source.tile("zones", new TileId(z, x, y)), "zones", "id", "U");
    assertNotNull(cut);
    assertTrue(cut.getArea() > 0);
    assertEquals(expected.getArea(), cut.getArea(), expected.getArea() * 0.002);
    Envelope e = cut.getEnvelopeInternal();
    assertTrue(
        e.getMinX() >= -64 && e.getMaxX() <= 4160 && e.getMinY() >= -64 && e.getMaxY() <= 4160,
        e.toString());
  }
}
