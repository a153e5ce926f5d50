package org.mineeco.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;
import org.mineeco.io.FieldType;
import org.mineeco.io.Layers;
import org.mineeco.io.WriteOptions;

/**
 * A benchmark set at national scale, as GeoPackages in CGCS2000 lon/lat (EPSG:4490): mine patches
 * in mining districts spread over China's extent (75-134°E, 20-52°N; 500 patches of 0.2-7 ha in
 * each district, within about 20 km of its centre), basic-farmland parcels in clusters of 500 over
 * the same extent (rotated grids of 1-6 ha parcels, about 3 km across), and a grid of 0.5° regions
 * covering it; with a spec ({@code analysis.yaml}) analysing the patches against the farmland and
 * the regions. Deterministic: the same sizes give the same files.
 *
 * <p>Usage: {@code java -cp mineeco-bench/target/benchmarks.jar org.mineeco.bench.NationalSet DIR
 * PATCHES PARCELS}
 */
public final class NationalSet {
  static final double WEST = 75;
  static final double EAST = 134;
  static final double SOUTH = 20;
  static final double NORTH = 52;
  private static final int PER_DISTRICT = 500;
  private static final int PER_CLUSTER = 500;
  private static final double REGION_DEGREES = 0.5;
  private static final GeometryFactory FACTORY = new GeometryFactory();

  private NationalSet() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: NationalSet DIR PATCHES PARCELS");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    long patches = Long.parseLong(args[1]);
    long parcels = Long.parseLong(args[2]);
    Files.createDirectories(dir);
    long start = System.nanoTime();
    patches(dir.resolve("patches.gpkg"), patches, new SplittableRandom(1));
    farmland(dir.resolve("farmland.gpkg"), parcels, new SplittableRandom(2));
    regions(dir.resolve("regions.gpkg"));
    Files.writeString(
        dir.resolve("analysis.yaml"),
        """
        # A national-scale benchmark set (mineeco-bench NationalSet): patches in mining districts
        # across China's extent against basic-farmland parcels and a grid of 0.5-degree regions.
        crs: EPSG:4490
        patches: {path: patches.gpkg, id: TBBH}
        zones:
          - {name: farmland, type: polygons, path: farmland.gpkg}
        regions: {path: regions.gpkg, id: XZQDM, name: NAME}
        """);
    System.out.printf(
        "%d patches, %d parcels, regions in %s in %.1f s%n",
        patches, parcels, dir, (System.nanoTime() - start) / 1e9);
  }

  private static void patches(Path file, long count, SplittableRandom r) {
    List<Field> fields =
        List.of(new Field("TBBH", FieldType.STRING), new Field("KZ", FieldType.STRING));
    try (FeatureWriter w = Layers.create(file, new WriteOptions(Crs.CGCS2000, "patches", fields))) {
      double cx = 0;
      double cy = 0;
      for (long i = 0; i < count; i++) {
        if (i % PER_DISTRICT == 0) {
          cx = WEST + r.nextDouble() * (EAST - WEST);
          cy = SOUTH + r.nextDouble() * (NORTH - SOUTH);
        }
        double x = cx + r.nextGaussian() * 8_000 / metresPerDegreeLon(cy);
        double y = cy + r.nextGaussian() * 8_000 / 110_574;
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("TBBH", String.format("N%010d", i));
        p.put("KZ", "煤");
        w.write(new Feature(i, blob(r, x, y, 25 + r.nextDouble() * 125, 8 + r.nextInt(9)), p));
      }
      w.commit();
    }
  }

  private static void farmland(Path file, long count, SplittableRandom r) {
    List<Field> fields = List.of(new Field("DKBH", FieldType.STRING));
    try (FeatureWriter w =
        Layers.create(file, new WriteOptions(Crs.CGCS2000, "farmland", fields))) {
      long i = 0;
      while (i < count) {
        double cx = WEST + r.nextDouble() * (EAST - WEST);
        double cy = SOUTH + r.nextDouble() * (NORTH - SOUTH);
        double angle = r.nextDouble() * Math.PI;
        double cell = 100 + r.nextDouble() * 150;
        int side = (int) Math.ceil(Math.sqrt(PER_CLUSTER));
        double lonScale = metresPerDegreeLon(cy);
        for (int k = 0; k < PER_CLUSTER && i < count; k++, i++) {
          double u = (k % side - side / 2.0) * cell;
          double v = (k / side - side / 2.0) * cell;
          Coordinate[] ring = new Coordinate[5];
          double shrink = 0.85 + 0.1 * r.nextDouble();
          for (int c = 0; c < 4; c++) {
            double du = ((c == 1 || c == 2) ? 0.5 : -0.5) * cell * shrink;
            double dv = (c >= 2 ? 0.5 : -0.5) * cell * shrink;
            double e = (u + du) * Math.cos(angle) - (v + dv) * Math.sin(angle);
            double n = (u + du) * Math.sin(angle) + (v + dv) * Math.cos(angle);
            ring[c] = new Coordinate(round(cx + e / lonScale), round(cy + n / 110_574));
          }
          ring[4] = ring[0].copy();
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("DKBH", String.format("F%010d", i));
          w.write(new Feature(i, FACTORY.createPolygon(ring), p));
        }
      }
      w.commit();
    }
  }

  private static void regions(Path file) {
    List<Field> fields =
        List.of(new Field("XZQDM", FieldType.STRING), new Field("NAME", FieldType.STRING));
    try (FeatureWriter w = Layers.create(file, new WriteOptions(Crs.CGCS2000, "regions", fields))) {
      long i = 0;
      for (double y = SOUTH - 1; y < NORTH + 1; y += REGION_DEGREES) {
        for (double x = WEST - 1; x < EAST + 1; x += REGION_DEGREES) {
          Coordinate[] ring = {
            new Coordinate(x, y),
            new Coordinate(x + REGION_DEGREES, y),
            new Coordinate(x + REGION_DEGREES, y + REGION_DEGREES),
            new Coordinate(x, y + REGION_DEGREES),
            new Coordinate(x, y)
          };
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("XZQDM", String.format("R%05d", i));
          p.put("NAME", String.format("%.1fE %.1fN", x, y));
          w.write(new Feature(i++, FACTORY.createPolygon(ring), p));
        }
      }
      w.commit();
    }
  }

  /** A star-shaped polygon of n vertices and about {@code metres} in radius round (x, y). */
  private static Polygon blob(SplittableRandom r, double x, double y, double metres, int n) {
    Coordinate[] ring = new Coordinate[n + 1];
    double lonScale = metresPerDegreeLon(y);
    for (int k = 0; k < n; k++) {
      double a = 2 * Math.PI * k / n;
      double radius = metres * (0.6 + 0.4 * r.nextDouble());
      ring[k] =
          new Coordinate(
              round(x + radius * Math.cos(a) / lonScale),
              round(y + radius * Math.sin(a) / 110_574));
    }
    ring[n] = ring[0].copy();
    return FACTORY.createPolygon(ring);
  }

  private static double metresPerDegreeLon(double lat) {
    return 111_320 * Math.cos(Math.toRadians(lat));
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1e7) / 1e7;
  }
}
