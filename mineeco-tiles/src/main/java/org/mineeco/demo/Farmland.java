package org.mineeco.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;
import org.mineeco.io.FieldType;

/**
 * Basic-farmland parcels, streamed to a writer: clusters of a few hundred parcels on the lowland
 * 0.5-15 km from the main stream and tributaries. Each cluster is a rotated grid of jittered convex
 * cells (shared corners, so unshrunk neighbours touch exactly); a parcel is its cell, or the cell
 * shrunk by 4-14% with up to four corners cut (4-8 vertices). Parcels lie inside their cells, so
 * none overlap; they keep 40 m from rivers, stay out of towns and lakes, and measure 0.53-9.5 ha in
 * the plane. Clusters do not overlap each other.
 */
final class Farmland {
  static final List<Field> FIELDS =
      List.of(new Field("DKBH", FieldType.STRING), new Field("XZQDM", FieldType.STRING));
  private static final double MIN_AREA = 5_300;
  private static final double MAX_AREA = 95_000;

  private final SplittableRandom r;
  private final World world;
  private final List<Envelope> clusters = new ArrayList<>();
  private final Map<String, Integer> serials = new HashMap<>();
  private long written;

  private Farmland(SplittableRandom r, World world) {
    this.r = r;
    this.world = world;
  }

  /** Writes exactly {@code count} parcels; returns the count. */
  static long write(SplittableRandom r, World world, int count, FeatureWriter out) {
    Farmland farmland = new Farmland(r, world);
    int failures = 0;
    while (farmland.written < count) {
      long before = farmland.written;
      farmland.cluster(count, out);
      failures = farmland.written == before ? failures + 1 : 0;
      if (failures > 5_000) {
        throw new IllegalStateException(
            "cannot place " + count + " farmland parcels, placed " + farmland.written);
      }
    }
    return farmland.written;
  }

  private void cluster(int count, FeatureWriter out) {
    List<River> named = world.rivers.named();
    River river = named.get(r.nextInt(named.size()));
    double offset = 500 + Math.min(14_500, -4_000 * Math.log(1 - r.nextDouble()));
    Coordinate centre = Landscape.offsetFrom(r, river.line(), offset);
    double radius = 1_500 + 3_000 * r.nextDouble();
    Polygon mask = Shapes.blob(r, centre, radius, 36, 0.35);
    Envelope env = mask.getEnvelopeInternal().copy();
    env.expandBy(500);
    if (clusters.stream().anyMatch(env::intersects)) {
      return;
    }
    clusters.add(env);
    new Grid(centre, radius * 1.7, PreparedGeometryFactory.prepare(mask)).emit(count, out);
  }

  /** A rotated grid of jittered nodes around a cluster centre. */
  private final class Grid {
    final double[] us;
    final double[] vs;
    final double[][] jx;
    final double[][] jy;
    final double cos;
    final double sin;
    final Coordinate centre;
    final PreparedGeometry mask;

    Grid(Coordinate centre, double half, PreparedGeometry mask) {
      this.centre = centre;
      this.mask = mask;
      double angle = r.nextDouble() * Math.PI;
      cos = Math.cos(angle);
      sin = Math.sin(angle);
      double w0 = 80 + 200 * r.nextDouble();
      double h0 = 80 + 220 * r.nextDouble();
      us = steps(-half, half, w0);
      vs = steps(-half, half, h0);
      double jitter = 0.08 * Math.min(w0, h0);
      jx = new double[us.length][vs.length];
      jy = new double[us.length][vs.length];
      for (int i = 0; i < us.length; i++) {
        for (int j = 0; j < vs.length; j++) {
          jx[i][j] = jitter * (r.nextDouble() * 2 - 1);
          jy[i][j] = jitter * (r.nextDouble() * 2 - 1);
        }
      }
    }

    private double[] steps(double from, double to, double base) {
      List<Double> s = new ArrayList<>();
      for (double x = from; x <= to; x += base * (0.7 + 0.6 * r.nextDouble())) {
        s.add(x);
      }
      return s.stream().mapToDouble(Double::doubleValue).toArray();
    }

    Coordinate node(int i, int j) {
      double u = us[i] + jx[i][j];
      double v = vs[j] + jy[i][j];
      return new Coordinate(centre.x + u * cos - v * sin, centre.y + u * sin + v * cos);
    }

    void emit(int count, FeatureWriter out) {
      for (int i = 0; i + 1 < us.length; i++) {
        for (int j = 0; j + 1 < vs.length && written < count; j++) {
          Coordinate[] corners = {node(i, j), node(i + 1, j), node(i + 1, j + 1), node(i, j + 1)};
          Polygon cell = ring(List.of(corners));
          if (mask.contains(cell.getCentroid())) {
            Polygon parcel = r.nextDouble() < 0.6 ? shrink(corners) : cell;
            emitIfFits(parcel, out);
          }
        }
      }
    }
  }

  private void emitIfFits(Polygon parcel, FeatureWriter out) {
    double area = parcel.getArea();
    if (area < MIN_AREA
        || area > MAX_AREA
        || world.inTownOrLake(parcel)
        || world.nearRiver(parcel, 40)) {
      return;
    }
    Geometry lonLat = LocalFrame.toLonLat(parcel);
    if (!world.counties.containsLonLat(lonLat)) {
      return;
    }
    County county = world.counties.at(lonLat.getCentroid());
    int serial = serials.merge(county.code(), 1, Integer::sum);
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("DKBH", county.code() + String.format("%07d", serial));
    props.put("XZQDM", county.code());
    out.write(new Feature(written++, lonLat, props));
  }

  /** The cell shrunk towards its centre, with 0-4 corners cut. */
  private Polygon shrink(Coordinate[] corners) {
    double cx = 0;
    double cy = 0;
    for (Coordinate c : corners) {
      cx += c.x / 4;
      cy += c.y / 4;
    }
    double f = 0.86 + 0.10 * r.nextDouble();
    Coordinate[] s = new Coordinate[4];
    for (int k = 0; k < 4; k++) {
      s[k] = new Coordinate(cx + (corners[k].x - cx) * f, cy + (corners[k].y - cy) * f);
    }
    int cuts = r.nextInt(5);
    List<Coordinate> pts = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      if (k < cuts) {
        double t = 0.1 + 0.2 * r.nextDouble();
        pts.add(lerp(s[k], s[(k + 3) % 4], t));
        pts.add(lerp(s[k], s[(k + 1) % 4], t));
      } else {
        pts.add(s[k]);
      }
    }
    return ring(pts);
  }

  private static Coordinate lerp(Coordinate a, Coordinate b, double t) {
    return new Coordinate(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
  }

  private static Polygon ring(List<Coordinate> pts) {
    Coordinate[] ring = pts.toArray(new Coordinate[pts.size() + 1]);
    ring[pts.size()] = pts.get(0).copy();
    return LocalFrame.METRIC.createPolygon(ring);
  }
}
