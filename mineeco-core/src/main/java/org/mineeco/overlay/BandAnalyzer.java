package org.mineeco.overlay;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.hprtree.HPRtree;
import org.mineeco.overlay.LocalBand.Within;
import org.mineeco.units.Area;
import org.mineeco.units.Length;
import org.mineeco.zone.BufferZone;
import org.mineeco.zone.Corridor;

/**
 * Distance bands of a corridor or buffer zone, and corridor distances, by exact distance bounds.
 *
 * <p>For each patch the plane distance from the patch to the nearest zone piece is a lower bound L
 * and the distance from its centre plus its radius an upper bound U of the distance of any of its
 * points to the zone (in a {@link DistanceCell} of {@value #CELL_WIDTH}° by {@value #CELL_HEIGHT}°,
 * whose plane overstates ground distances by less than {@value #SCALE_TOLERANCE} relative). A band
 * edge e below U − m or above L + m (m = 1 m + {@value #SCALE_TOLERANCE}·e, wider than any error of
 * the bounds or of the cut) puts the whole patch on one side of it with no geometry built; only an
 * edge between them cuts the patch, against a band buffered from just the zone pieces within reach
 * of that patch, in the azimuthal equidistant plane centred on it ({@link LocalBand}). The cost of
 * buffering follows the few patches that straddle an edge, not the length of the network.
 *
 * <p>Corridor distances: the nearest points in the cell's plane, measured as a GRS80 geodesic;
 * beyond the cell's reach, {@link FarNearest} over all the zone's pieces. Thread-safe.
 */
final class BandAnalyzer implements ZoneAnalyzer {
  static final double CELL_WIDTH = 1.0;
  static final double CELL_HEIGHT = 2.0;
  static final double CELL_MARGIN_DEGREES = 0.05;

  /**
   * Relative error allowed for by distance bounds: a cell plane's scale is at most 1 + x²/2R², and
   * within a cell patches lie less than 0.6° (67 km) from its meridian and the zone pieces that
   * matter at most {@link org.mineeco.zone.Zone#MAX_DISTANCE} (200 km) and a margin beyond them, so
   * x < 270 km and the scale exceeds 1 by less than 9e-4.
   */
  static final double SCALE_TOLERANCE = 1e-3;

  /**
   * How far beyond its cell a corridor's cell holds pieces for distances (at least the outer band
   * edge): most patches of a province lie this close to the lines; farther ones search the whole
   * zone.
   */
  static final double DISTANCE_REACH_METRES = 100_000;

  private static final double MARGIN_METRES = 1;
  private static final int MAX_PIECE_SEGMENTS = 64;

  /**
   * Longest lon/lat segment kept as is: a straight lon/lat segment is not straight in a plane, so
   * longer ones get vertices added before projection (about 100 m apart; the difference is then
   * below a micrometre).
   */
  static final double DENSIFY_DEGREES = 0.001;

  private final String name;
  private final double[] edges;
  private final boolean measureDistance;
  private final double cellReach;
  private final double nearestLimit;
  private final GeometryFactory factory = new GeometryFactory();
  private final HPRtree pieces = new HPRtree();
  private final ConcurrentHashMap<Long, Slot> cells = new ConcurrentHashMap<>();
  private final FarNearest far;

  private BandAnalyzer(
      String name, List<Geometry> geometries, double[] edges, boolean measureDistance) {
    this.name = name;
    this.edges = edges;
    this.measureDistance = measureDistance;
    double outer = edges[edges.length - 1];
    double reach = measureDistance ? Math.max(outer, DISTANCE_REACH_METRES) : outer;
    this.cellReach = (reach + margin(reach)) * (1 + SCALE_TOLERANCE) + 100;
    this.nearestLimit =
        measureDistance
            ? Double.POSITIVE_INFINITY
            : (outer + margin(outer)) * (1 + SCALE_TOLERANCE);
    List<Geometry> all = new ArrayList<>();
    for (Geometry zoneGeometry : geometries) {
      Geometry g = Densifier.densify(zoneGeometry, DENSIFY_DEGREES);
      for (int i = 0; i < g.getNumGeometries(); i++) {
        for (Geometry piece : split(g.getGeometryN(i))) {
          pieces.insert(piece.getEnvelopeInternal(), piece);
          all.add(piece);
        }
      }
    }
    pieces.build();
    this.far = measureDistance ? new FarNearest(all) : null;
  }

  static BandAnalyzer of(Corridor corridor) {
    double[] edges = corridor.bandEdges().stream().mapToDouble(Length::metres).toArray();
    return new BandAnalyzer(corridor.name(), corridor.geometries(), edges, true);
  }

  static BandAnalyzer of(BufferZone zone) {
    double[] edges = {0, zone.distance().metres()};
    return new BandAnalyzer(zone.name(), zone.geometries(), edges, false);
  }

  @Override
  public ZoneOverlay analyze(LonLatPatch patch) {
    DistanceCell cell = cellFor(patch.envelope());
    ProjectedPatch projected = patch.in(cell.plane());
    DistanceCell.Nearest nearest = cell.nearest(projected, nearestLimit);
    Bounds bounds = new Bounds(cell, projected, nearest.plane());
    ProjectedPatch local = null;
    double[] within = new double[edges.length];
    boolean touchesOuter = false;
    boolean insideInner = false;
    for (int i = 0; i < edges.length; i++) {
      Within w;
      if (edges[i] == 0) {
        w = Within.NOTHING;
      } else {
        w = bounds.classify(edges[i]);
        if (w == null) {
          local =
              local != null ? local : new AzimuthalPlane(patch.envelope().centre()).project(patch);
          w = LocalBand.cut(local, nearby(local, edges[i]), edges[i]);
        }
      }
      within[i] = w.squareMetres();
      touchesOuter = w.touches();
      insideInner |= i == 0 && w.containsProperly();
    }
    List<Area> areas = new ArrayList<>(edges.length - 1);
    for (int i = 0; i < edges.length - 1; i++) {
      areas.add(Area.squareMetres(Math.max(0, within[i + 1] - within[i])));
    }
    Optional<Length> distance =
        measureDistance ? distance(cell, projected, nearest) : Optional.<Length>empty();
    return new ZoneOverlay(name, areas, touchesOuter && !insideInner, distance);
  }

  /** Wider than any error of the bounds and of the cut at edge {@code metres}. */
  static double margin(double metres) {
    return MARGIN_METRES + SCALE_TOLERANCE * metres;
  }

  /** Lower and upper bounds of the distance of a patch's points to the zone, in a cell plane. */
  private static final class Bounds {
    private final DistanceCell cell;
    private final ProjectedPatch patch;
    private final double lower;
    private double upper;
    private boolean refined;

    Bounds(DistanceCell cell, ProjectedPatch patch, double lower) {
      this.cell = cell;
      this.patch = patch;
      this.lower = lower;
      this.upper = lower + 2 * patch.radius();
    }

    /** The whole patch or nothing within {@code edge}, or null when the edge may cut it. */
    Within classify(double edge) {
      double m = margin(edge);
      if (lower > (edge + m) * (1 + SCALE_TOLERANCE)) {
        return Within.NOTHING;
      }
      if (upper >= edge - m && !refined) {
        upper = Math.min(upper, cell.distance(patch.centre()) + patch.radius());
        refined = true;
      }
      return upper < edge - m ? Within.all(patch) : null;
    }
  }

  /**
   * The zone pieces that can lie within {@code metres} of the patch ({@link NearbyPieces}), in the
   * patch's plane.
   */
  private Geometry nearby(ProjectedPatch patch, double metres) {
    NearbyPieces near =
        new NearbyPieces(factory, patch.patch().envelope(), metres + margin(metres));
    pieces.query(near.box(), item -> near.add((Geometry) item));
    return patch.plane().project(near.build());
  }

  private Optional<Length> distance(
      DistanceCell cell, ProjectedPatch patch, DistanceCell.Nearest nearest) {
    if (nearest.plane() == 0) {
      return Optional.of(Length.metres(0));
    }
    if (!Double.isInfinite(nearest.plane())) {
      double ground = cell.groundDistance(nearest);
      if (ground <= cellReach) {
        return Optional.of(Length.metres(ground));
      }
    }
    return farDistance(cell.plane(), patch);
  }

  /** The nearest ground distance to pieces beyond the cell's reach ({@link FarNearest}). */
  private Optional<Length> farDistance(LocalPlane plane, ProjectedPatch patch) {
    double metres = far.groundDistance(plane, patch);
    return Double.isInfinite(metres) ? Optional.empty() : Optional.of(Length.metres(metres));
  }

  private DistanceCell cellFor(Envelope patch) {
    long column = (long) Math.floor(patch.centre().x / CELL_WIDTH);
    long row = (long) Math.floor(patch.centre().y / CELL_HEIGHT);
    Envelope cell =
        new Envelope(
            column * CELL_WIDTH - CELL_MARGIN_DEGREES,
            (column + 1) * CELL_WIDTH + CELL_MARGIN_DEGREES,
            row * CELL_HEIGHT - CELL_MARGIN_DEGREES,
            (row + 1) * CELL_HEIGHT + CELL_MARGIN_DEGREES);
    if (!cell.contains(patch)) {
      return build(LocalPlane.onMeridian(rounded(patch.centre().x)), patch);
    }
    LocalPlane plane = LocalPlane.onMeridian((column + 0.5) * CELL_WIDTH);
    return cells
        .computeIfAbsent((column << 32) ^ (row & 0xffffffffL), k -> new Slot(plane, cell))
        .get();
  }

  private DistanceCell build(LocalPlane plane, Envelope cell) {
    List<Geometry> near = new ArrayList<>();
    pieces.query(GroundBounds.reach(cell, cellReach), item -> near.add((Geometry) item));
    return new DistanceCell(plane, near);
  }

  private static double rounded(double lon) {
    return Math.round(lon * 100) / 100.0;
  }

  private static List<Geometry> split(Geometry g) {
    if (!(g instanceof LineString line) || line.getNumPoints() <= MAX_PIECE_SEGMENTS + 1) {
      return List.of(g);
    }
    Coordinate[] c = line.getCoordinates();
    List<Geometry> parts = new ArrayList<>();
    for (int start = 0; start < c.length - 1; start += MAX_PIECE_SEGMENTS) {
      int end = Math.min(start + MAX_PIECE_SEGMENTS, c.length - 1);
      Coordinate[] part = new Coordinate[end - start + 1];
      System.arraycopy(c, start, part, 0, part.length);
      parts.add(line.getFactory().createLineString(part));
    }
    return parts;
  }

  /**
   * A cell's pieces, projected by the first thread that needs them; once built, read without a lock
   * (every patch of the cell reads it, on every thread).
   */
  private final class Slot {
    private final LocalPlane plane;
    private final Envelope cell;
    private volatile DistanceCell built;

    Slot(LocalPlane plane, Envelope cell) {
      this.plane = plane;
      this.cell = cell;
    }

    DistanceCell get() {
      DistanceCell cell = built;
      return cell != null ? cell : build();
    }

    private synchronized DistanceCell build() {
      if (built == null) {
        built = BandAnalyzer.this.build(plane, cell);
      }
      return built;
    }
  }
}
