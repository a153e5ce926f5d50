package org.mineeco.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * The province and its counties: Voronoi cells of jittered seeds inside an irregular oval about 430
 * x 270 km, their edges made wiggly by midpoint displacement keyed on the edge itself, so that
 * neighbours share every vertex and the counties tile the province exactly. Plane coordinates in
 * metres, output in CGCS2000 lon/lat. Immutable after construction; lookups are thread-safe.
 */
final class Counties {
  static final String PROVINCE = "荆江省";
  static final String PROVINCE_CODE = "49";
  private static final double SPACING = 55_000;
  private static final double HALF_WIDTH = 215_000;
  private static final double HALF_HEIGHT = 135_000;
  private static final int CITIES = 6;

  private final List<County> counties;
  private final Geometry provinceLonLat;
  private final Geometry provincePlane;
  private final PreparedGeometry preparedProvinceLonLat;
  private final STRtree index = new STRtree();

  private Counties(List<County> counties, Geometry provincePlane, Geometry provinceLonLat) {
    this.counties = List.copyOf(counties);
    this.provincePlane = provincePlane;
    this.provinceLonLat = provinceLonLat;
    this.preparedProvinceLonLat = PreparedGeometryFactory.prepare(provinceLonLat);
    for (County c : counties) {
      index.insert(c.lonLat().getEnvelopeInternal(), new Indexed(c));
    }
    index.build();
  }

  static Counties build(SplittableRandom r, Names names) {
    double[] shape = harmonics(r);
    List<Coordinate> sites = new ArrayList<>();
    for (double x = -5 * SPACING; x <= 5 * SPACING; x += SPACING) {
      for (double y = -4 * SPACING; y <= 4 * SPACING; y += SPACING) {
        sites.add(
            new Coordinate(
                x + SPACING * 0.7 * (r.nextDouble() - 0.5),
                y + SPACING * 0.7 * (r.nextDouble() - 0.5)));
      }
    }
    VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
    voronoi.setSites(sites);
    Envelope clip = new Envelope(-7 * SPACING, 7 * SPACING, -6 * SPACING, 6 * SPACING);
    voronoi.setClipEnvelope(clip);
    Geometry cells = voronoi.getDiagram(LocalFrame.METRIC);
    EdgeWiggle wiggle = new EdgeWiggle(r.nextLong());
    List<Polygon> plane = new ArrayList<>();
    List<Coordinate> seats = new ArrayList<>();
    for (int i = 0; i < cells.getNumGeometries(); i++) {
      Polygon cell = (Polygon) cells.getGeometryN(i);
      Coordinate seat = (Coordinate) cell.getUserData();
      if (insideOval(seat, shape)) {
        plane.add(wiggle.apply(cell));
        seats.add(seat);
      }
    }
    return assemble(r, names, plane, seats);
  }

  private static Counties assemble(
      SplittableRandom r, Names names, List<Polygon> plane, List<Coordinate> seats) {
    int[] cityOf = cities(r, seats);
    List<String> cityNames = new ArrayList<>();
    for (int c = 0; c < CITIES; c++) {
      cityNames.add(names.next("市"));
    }
    List<County> counties = new ArrayList<>();
    for (int c = 0; c < CITIES; c++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < seats.size(); i++) {
        if (cityOf[i] == c) {
          members.add(i);
        }
      }
      Coordinate centre = seats.get(cityCentre(cityOf, seats, c));
      members.sort(Comparator.comparingDouble(i -> seats.get(i).distance(centre)));
      String cityCode = PROVINCE_CODE + String.format("%02d", c + 1);
      int counties21 = 20;
      int cities81 = 80;
      for (int k = 0; k < members.size(); k++) {
        int i = members.get(k);
        String suffix = k == 0 ? "区" : (k % 4 == 3 ? "市" : "县");
        int number = k == 0 ? 2 : (suffix.equals("市") ? ++cities81 : ++counties21);
        Polygon lonLat = (Polygon) LocalFrame.toLonLat(plane.get(i));
        if (!lonLat.isValid()) {
          throw new IllegalStateException("county polygon " + i + " is invalid; try another seed");
        }
        counties.add(
            new County(
                cityCode + String.format("%02d", number),
                names.next(suffix),
                cityCode + "00",
                cityNames.get(c),
                plane.get(i),
                lonLat,
                seats.get(i)));
      }
    }
    counties.sort(Comparator.comparing(County::code));
    Geometry provincePlane = CoverageUnion.union(collect(counties, true));
    Geometry provinceLonLat = CoverageUnion.union(collect(counties, false));
    return new Counties(counties, provincePlane, provinceLonLat);
  }

  private static Geometry collect(List<County> counties, boolean plane) {
    return LocalFrame.METRIC.buildGeometry(
        counties.stream().map(c -> plane ? c.plane() : c.lonLat()).toList());
  }

  /** Farthest-point sampling of city centres, then each seat to its nearest centre. */
  private static int[] cities(SplittableRandom r, List<Coordinate> seats) {
    List<Coordinate> centres = new ArrayList<>();
    centres.add(seats.get(r.nextInt(seats.size())));
    while (centres.size() < CITIES) {
      Coordinate best = null;
      double bestDistance = -1;
      for (Coordinate s : seats) {
        double d = centres.stream().mapToDouble(s::distance).min().orElseThrow();
        if (d > bestDistance) {
          bestDistance = d;
          best = s;
        }
      }
      centres.add(best);
    }
    int[] cityOf = new int[seats.size()];
    for (int i = 0; i < seats.size(); i++) {
      Coordinate s = seats.get(i);
      double best = Double.MAX_VALUE;
      for (int c = 0; c < CITIES; c++) {
        if (s.distance(centres.get(c)) < best) {
          best = s.distance(centres.get(c));
          cityOf[i] = c;
        }
      }
    }
    return cityOf;
  }

  /** The member seat closest to the mean of the city's seats. */
  private static int cityCentre(int[] cityOf, List<Coordinate> seats, int city) {
    double sx = 0;
    double sy = 0;
    int n = 0;
    for (int i = 0; i < seats.size(); i++) {
      if (cityOf[i] == city) {
        sx += seats.get(i).x;
        sy += seats.get(i).y;
        n++;
      }
    }
    Coordinate mean = new Coordinate(sx / n, sy / n);
    int best = -1;
    for (int i = 0; i < seats.size(); i++) {
      if (cityOf[i] == city
          && (best < 0 || seats.get(i).distance(mean) < seats.get(best).distance(mean))) {
        best = i;
      }
    }
    return best;
  }

  private static double[] harmonics(SplittableRandom r) {
    double[] h = new double[8];
    for (int i = 0; i < h.length; i++) {
      h[i] = r.nextDouble();
    }
    return h;
  }

  private static boolean insideOval(Coordinate c, double[] h) {
    double t = Math.atan2(c.y / HALF_HEIGHT, c.x / HALF_WIDTH);
    double f =
        1
            + 0.12 * (h[0] - 0.5) * Math.sin(2 * t + 6.28 * h[1])
            + 0.10 * (h[2] - 0.5) * Math.sin(3 * t + 6.28 * h[3])
            + 0.08 * (h[4] - 0.5) * Math.sin(5 * t + 6.28 * h[5]);
    double q = Math.hypot(c.x / HALF_WIDTH, c.y / HALF_HEIGHT);
    return q <= f;
  }

  List<County> all() {
    return counties;
  }

  Geometry provincePlane() {
    return provincePlane;
  }

  Geometry provinceLonLat() {
    return provinceLonLat;
  }

  /** True when a lon/lat geometry lies inside the province. */
  boolean containsLonLat(Geometry lonLat) {
    return preparedProvinceLonLat.contains(lonLat);
  }

  /** The county containing a lon/lat point, or {@code null} outside the province. */
  County at(Point lonLat) {
    for (Object o : index.query(lonLat.getEnvelopeInternal())) {
      Indexed c = (Indexed) o;
      if (c.prepared.intersects(lonLat)) {
        return c.county;
      }
    }
    return null;
  }

  /** County codes mapped to counties. */
  Map<String, County> byCode() {
    Map<String, County> m = new HashMap<>();
    counties.forEach(c -> m.put(c.code(), c));
    return m;
  }

  private static final class Indexed {
    final County county;
    final PreparedGeometry prepared;

    Indexed(County county) {
      this.county = county;
      this.prepared = PreparedGeometryFactory.prepare(county.lonLat());
    }
  }
}
