package org.mineeco.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;
import org.mineeco.io.FieldType;
import org.mineeco.io.Layers;
import org.mineeco.io.ReadOptions;
import org.mineeco.io.WriteOptions;

/**
 * Turns a generated demo province ({@code generate-demo}) into a benchmark set whose river network
 * and region outlines are as detailed as real ones: every river piece gets meanders at finer scales
 * (midpoint displacement down to segments of about {@value #RIVER_STEP_METRES} m, from 250 m), and
 * {@value #EXTRA_STREAMS} more streams of 2-15 km join the network (hundreds of features, tens of
 * thousands of vertices, as a prefecture's rivers at 1:250,000); every county edge gets the same
 * detail down to about {@value #BORDER_STEP_METRES} m (thousands of vertices a county, as real
 * prefecture outlines), refined identically on both sides so that the counties still tile the
 * province. Rewrites {@code rivers.geojson} and {@code counties.geojson} in the folder (CGCS2000
 * lon/lat, EPSG:4490) and leaves the other layers as generated. Deterministic: the same folder
 * gives the same files.
 *
 * <p>Usage: {@code java -cp mineeco-bench/target/benchmarks.jar org.mineeco.bench.DenseProvince
 * DIR}
 */
public final class DenseProvince {
  static final double RIVER_STEP_METRES = 150;
  static final double BORDER_STEP_METRES = 200;
  static final int EXTRA_STREAMS = 160;
  private static final double RIVER_AMPLITUDE = 0.22;
  private static final double BORDER_AMPLITUDE = 0.12;
  private static final double METRES_PER_DEGREE = 111_320;
  private static final GeometryFactory FACTORY = new GeometryFactory();

  private DenseProvince() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: DenseProvince DIR   (a folder written by generate-demo)");
      System.exit(2);
    }
    rewrite(Path.of(args[0]));
  }

  /** Rewrites the rivers and counties of the generated province in {@code dir}. */
  static void rewrite(Path dir) throws IOException {
    List<Feature> counties = read(dir.resolve("counties.geojson"));
    List<Feature> rivers = read(dir.resolve("rivers.geojson"));
    List<Feature> denseCounties = new ArrayList<>();
    long countyVertices = 0;
    for (Feature f : counties) {
      Geometry g = border(f.geometry());
      if (!g.isValid()) {
        throw new IllegalStateException("county " + f.index() + " became invalid");
      }
      countyVertices += g.getNumPoints();
      denseCounties.add(new Feature(f.index(), g, f.properties()));
    }
    Geometry province = UnaryUnionOp.union(counties.stream().map(Feature::geometry).toList());
    List<Feature> denseRivers = new ArrayList<>();
    for (Feature f : rivers) {
      denseRivers.add(new Feature(denseRivers.size(), meander(f.geometry()), f.properties()));
    }
    addStreams(denseRivers, province);
    long riverVertices = denseRivers.stream().mapToLong(f -> f.geometry().getNumPoints()).sum();
    write(dir.resolve("counties.geojson"), denseCounties, fields(counties));
    write(dir.resolve("rivers.geojson"), denseRivers, fields(rivers));
    System.out.printf(
        "rivers.geojson: %d features, %d vertices; counties.geojson: %d features, %d vertices%n",
        denseRivers.size(), riverVertices, denseCounties.size(), countyVertices);
  }

  private static List<Feature> read(Path file) {
    List<Feature> out = new ArrayList<>();
    try (FeatureReader r = Layers.open(file, new ReadOptions(Crs.CGCS2000, null, null))) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  private static List<Field> fields(List<Feature> features) {
    List<Field> fields = new ArrayList<>();
    features
        .get(0)
        .properties()
        .forEach(
            (k, v) ->
                fields.add(new Field(k, v instanceof Long ? FieldType.INTEGER : FieldType.STRING)));
    return fields;
  }

  private static void write(Path file, List<Feature> features, List<Field> fields)
      throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".dense.geojson");
    String layer = file.getFileName().toString().replace(".geojson", "");
    try (FeatureWriter w = Layers.create(tmp, new WriteOptions(Crs.CGCS2000, layer, fields))) {
      features.forEach(w::write);
      w.commit();
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** Every ring of a polygon with its edges refined as {@link #refine} does. */
  private static Geometry border(Geometry g) {
    List<Polygon> out = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Polygon p = (Polygon) g.getGeometryN(i);
      LinearRing shell = ring(p.getExteriorRing().getCoordinates());
      LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
      for (int h = 0; h < holes.length; h++) {
        holes[h] = ring(p.getInteriorRingN(h).getCoordinates());
      }
      out.add(FACTORY.createPolygon(shell, holes));
    }
    return FACTORY.buildGeometry(out);
  }

  private static LinearRing ring(Coordinate[] c) {
    return FACTORY.createLinearRing(refined(c, BORDER_STEP_METRES, BORDER_AMPLITUDE));
  }

  private static Geometry meander(Geometry g) {
    return FACTORY.createLineString(
        refined(g.getCoordinates(), RIVER_STEP_METRES, RIVER_AMPLITUDE));
  }

  /** The vertices {@code c} with each edge between them refined ({@link #refine}). */
  private static Coordinate[] refined(Coordinate[] c, double step, double amplitude) {
    List<Coordinate> out = new ArrayList<>();
    for (int i = 0; i + 1 < c.length; i++) {
      out.add(c[i]);
      refine(c[i], c[i + 1], step, amplitude, out);
    }
    out.add(c[c.length - 1]);
    return out.toArray(Coordinate[]::new);
  }

  /**
   * Adds the points strictly between a and b: the midpoint moved across the segment by up to {@code
   * amplitude} of its length, then each half likewise, until segments are shorter than {@code
   * step}. The offsets depend on the unordered pair of ends only, so a shared edge is refined
   * identically from both sides (in reverse order from the other).
   */
  private static void refine(
      Coordinate a, Coordinate b, double step, double amplitude, List<Coordinate> out) {
    double cos = Math.cos(Math.toRadians((a.y + b.y) / 2));
    double dx = (b.x - a.x) * cos * METRES_PER_DEGREE;
    double dy = (b.y - a.y) * METRES_PER_DEGREE;
    double length = Math.hypot(dx, dy);
    if (length < step) {
      return;
    }
    boolean forward = a.x < b.x || (a.x == b.x && a.y < b.y);
    Coordinate lo = forward ? a : b;
    Coordinate hi = forward ? b : a;
    double s = unit(lo, hi) * amplitude * length;
    // Perpendicular to lo -> hi, so that both directions move the midpoint to the same place.
    double ux = (hi.x - lo.x) * cos * METRES_PER_DEGREE / length;
    double uy = (hi.y - lo.y) * METRES_PER_DEGREE / length;
    Coordinate m =
        new Coordinate(
            round((a.x + b.x) / 2 - uy * s / (cos * METRES_PER_DEGREE)),
            round((a.y + b.y) / 2 + ux * s / METRES_PER_DEGREE));
    refine(a, m, step, amplitude, out);
    out.add(m);
    refine(m, b, step, amplitude, out);
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1e7) / 1e7;
  }

  /** A number in [-1, 1) that depends on the two points only. */
  private static double unit(Coordinate p, Coordinate q) {
    long h = Double.doubleToLongBits(p.x) * 31 + Double.doubleToLongBits(p.y);
    h = h * 31 + Double.doubleToLongBits(q.x);
    h = h * 31 + Double.doubleToLongBits(q.y);
    return new SplittableRandom(h).nextDouble() * 2 - 1;
  }

  /**
   * Streams of 2-15 km from random points of the province down to the nearest river vertex,
   * meandering as the others, in pieces of at most 8 km; class {@code minor}, no name.
   */
  private static void addStreams(List<Feature> rivers, Geometry province) {
    SplittableRandom r = new SplittableRandom(20231001L);
    STRtree vertices = new STRtree();
    for (Feature f : rivers) {
      for (Coordinate c : f.geometry().getCoordinates()) {
        vertices.insert(new org.locationtech.jts.geom.Envelope(c), c);
      }
    }
    vertices.build();
    PreparedGeometry inside = PreparedGeometryFactory.prepare(province);
    var env = province.getEnvelopeInternal();
    int added = 0;
    while (added < EXTRA_STREAMS) {
      Coordinate source =
          new Coordinate(
              env.getMinX() + r.nextDouble() * env.getWidth(),
              env.getMinY() + r.nextDouble() * env.getHeight());
      if (!inside.contains(FACTORY.createPoint(source))) {
        continue;
      }
      Coordinate mouth =
          (Coordinate)
              vertices.nearestNeighbour(
                  new org.locationtech.jts.geom.Envelope(source),
                  source,
                  (x, y) -> ((Coordinate) x.getItem()).distance((Coordinate) y.getItem()));
      double km =
          Math.hypot((mouth.x - source.x) * Math.cos(Math.toRadians(source.y)), mouth.y - source.y)
              * METRES_PER_DEGREE
              / 1000;
      if (km < 2 || km > 15) {
        continue;
      }
      LineString line = walk(r, source, mouth, km);
      Coordinate[] c = line.getCoordinates();
      int pieceLength = Math.max(2, (int) Math.ceil(c.length / Math.ceil(km / 8)));
      long piece = 0;
      for (int start = 0; start < c.length - 1; start += pieceLength - 1) {
        int end = Math.min(c.length - 1, start + pieceLength - 1);
        Coordinate[] part = java.util.Arrays.copyOfRange(c, start, end + 1);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("NAME", null);
        p.put("CLASS", "minor");
        p.put("PIECE", ++piece);
        rivers.add(new Feature(rivers.size(), FACTORY.createLineString(part), p));
      }
      added++;
    }
  }

  /** A line from source to mouth through a few jittered waypoints, refined to meanders. */
  private static LineString walk(
      SplittableRandom r, Coordinate source, Coordinate mouth, double km) {
    int n = 2 + (int) (km / 2);
    List<Coordinate> points = new ArrayList<>();
    points.add(source);
    for (int i = 1; i < n; i++) {
      double t = i / (double) n;
      double jitter = 0.08 * km / 111.32;
      points.add(
          new Coordinate(
              round(source.x + (mouth.x - source.x) * t + (r.nextDouble() - 0.5) * jitter),
              round(source.y + (mouth.y - source.y) * t + (r.nextDouble() - 0.5) * jitter)));
    }
    points.add(mouth);
    return (LineString) meander(FACTORY.createLineString(points.toArray(Coordinate[]::new)));
  }
}
