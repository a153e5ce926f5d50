package org.mineeco.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateXY;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineeco.crs.Crs;

/** Reads a large file feature by feature and checks that read features are not retained. */
class GeoJsonStreamingTest {
  private static final int COUNT = 200_000;
  private static final GeometryFactory FACTORY = new GeometryFactory();

  @TempDir Path dir;

  private static Feature patch(long i) {
    double x = 100 + i * 1e-4;
    double y = 30 + (i % 1000) * 1e-3;
    Coordinate[] ring = {
      new CoordinateXY(x, y),
      new CoordinateXY(x + 5e-5, y),
      new CoordinateXY(x + 5e-5, y + 5e-4),
      new CoordinateXY(x, y + 5e-4),
      new CoordinateXY(x, y)
    };
    return new Feature(
        i, FACTORY.createPolygon(ring), Map.of("n", i, "TBBH", "C" + i, "TBMJ", i * 0.5));
  }

  @Test
  void streamsTwoHundredThousandFeaturesWithoutHoldingThem() throws InterruptedException {
    Path file = dir.resolve("large.geojson");
    List<Field> fields =
        List.of(
            new Field("n", FieldType.INTEGER),
            new Field("TBBH", FieldType.STRING),
            new Field("TBMJ", FieldType.REAL));
    try (FeatureWriter writer =
        Layers.create(file, new WriteOptions(Crs.CGCS2000, "big", fields))) {
      for (long i = 0; i < COUNT; i++) {
        writer.write(patch(i));
      }
      writer.commit();
    }

    try (FeatureReader reader = Layers.open(file, ReadOptions.DEFAULTS)) {
      WeakReference<Feature> first = new WeakReference<>(reader.next());
      long count = 1;
      while (reader.hasNext()) {
        Feature f = reader.next();
        if (f.index() % 9973 == 0) {
          Feature expected = patch(f.index());
          assertEquals(expected.properties(), f.properties());
          assertEquals(true, expected.geometry().equalsExact(f.geometry()), "feature " + f.index());
        }
        assertEquals(count, f.index());
        count++;
      }
      assertEquals(COUNT, count);
      for (int attempt = 0; attempt < 20 && first.get() != null; attempt++) {
        System.gc();
        Thread.sleep(10);
      }
      assertNull(first.get(), "the reader still holds the first feature");
    }
  }
}
