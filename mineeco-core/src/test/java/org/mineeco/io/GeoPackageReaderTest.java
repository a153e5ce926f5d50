package org.mineeco.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mineeco.io.ShapefileReaderTest.readAll;
import static org.mineeco.io.ShapefileReaderTest.resource;
import static org.mineeco.io.ShapefileReaderTest.sourceGeometries;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.crs.Crs;
import org.mineeco.crs.EllipsoidalArea;

/** {@link GeoPackageReader} on GeoPackages written by GDAL (see geopackage-4490/README.md). */
class GeoPackageReaderTest {
  @Test
  void readsGdalGeoPackage() {
    Path gpkg = resource("geopackage-4490/patches.gpkg");
    try (FeatureReader reader = Layers.open(gpkg, ReadOptions.DEFAULTS)) {
      assertEquals(Crs.CGCS2000, reader.crs());
      assertEquals(List.of("名称", "编号", "面积", "日期", "治理"), reader.fieldNames());
    }
    List<Feature> features = readAll(gpkg, ReadOptions.DEFAULTS);
    assertEquals(4, features.size());
    assertEquals(
        Arrays.asList("本溪市", 1L, 1234.5, "2021-06-30", true),
        new ArrayList<>(features.get(0).properties().values()));
    assertEquals(
        Arrays.asList("抚顺市露天矿", 2L, null, null, false),
        new ArrayList<>(features.get(1).properties().values()));
    assertNull(features.get(3).geometry());
    List<Geometry> sources = sourceGeometries();
    for (int i = 0; i < 3; i++) {
      Geometry read = features.get(i).geometry();
      Geometry asWritten = read.getNumGeometries() == 1 ? read.getGeometryN(0) : read;
      assertTrue(asWritten.norm().equalsExact(sources.get(i).norm(), 0), i + ": " + read);
      double expected = EllipsoidalArea.ofLonLat(sources.get(i)).squareMetres();
      assertEquals(
          expected, EllipsoidalArea.of(read, reader(gpkg)).squareMetres(), 1e-9 * expected);
    }
  }

  @Test
  void severalTablesNeedALayerName() {
    Path gpkg = resource("geopackage-4490/two-tables.gpkg");
    BadInputException e =
        assertThrows(BadInputException.class, () -> Layers.open(gpkg, ReadOptions.DEFAULTS));
    assertTrue(e.getMessage().contains("two-tables.gpkg"), e.getMessage());
    assertTrue(e.getMessage().contains("[patches, points]"), e.getMessage());
    List<Feature> points = readAll(gpkg, new ReadOptions(null, "points", null));
    assertEquals(1, points.size());
    assertEquals("井口", points.get(0).get("名称"));
    assertEquals(41.35, points.get(0).geometry().getCoordinate().getY());
    e =
        assertThrows(
            BadInputException.class, () -> Layers.open(gpkg, new ReadOptions(null, "lines", null)));
    assertTrue(e.getMessage().contains("no feature table 'lines'"), e.getMessage());
  }

  @Test
  void unknownCrsIsAnErrorUnlessNamed() {
    Path gpkg = resource("geopackage-4490/unknown-crs.gpkg");
    BadInputException e =
        assertThrows(BadInputException.class, () -> Layers.open(gpkg, ReadOptions.DEFAULTS));
    assertTrue(e.getMessage().contains("unknown-crs.gpkg"), e.getMessage());
    assertTrue(e.getMessage().contains("100000"), e.getMessage());
    Crs assumed = Crs.transverseMercator(123);
    try (FeatureReader reader = Layers.open(gpkg, ReadOptions.withCrs(assumed))) {
      assertEquals(assumed, reader.crs());
    }
  }

  @Test
  void notAGeoPackageIsNamed() {
    Path shp = resource("shapefile-gbk/patches.geojson");
    Path fake = shp.resolveSibling("missing.gpkg");
    BadInputException e =
        assertThrows(BadInputException.class, () -> Layers.open(fake, ReadOptions.DEFAULTS));
    assertTrue(e.getMessage().contains("missing.gpkg"), e.getMessage());
  }

  private static Crs reader(Path gpkg) {
    try (FeatureReader reader = Layers.open(gpkg, ReadOptions.DEFAULTS)) {
      return reader.crs();
    }
  }
}
