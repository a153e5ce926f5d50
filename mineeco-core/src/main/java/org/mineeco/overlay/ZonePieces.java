package org.mineeco.overlay;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.ItemVisitor;
import org.locationtech.jts.index.hprtree.HPRtree;

/**
 * Lon/lat zone geometries held by one or more corridor and buffer zones, split into pieces of at
 * most {@value #MAX_PIECE_SEGMENTS} segments and indexed once. Zones read from one layer with
 * different filters share the features they both take (the main stream is in the Yangtze corridor,
 * the Yangtze-and-tributaries corridor and the corridor of all rivers), so each patch searches the
 * nearest of those features once whatever the number of zones holding them ({@link #probe}); a
 * zone's nearest is the nearest of its sets' nearest.
 *
 * <p>Per lon/lat cell of {@value BandAnalyzer#CELL_WIDTH}° by {@value BandAnalyzer#CELL_HEIGHT}°
 * the pieces within {@code cellReach} metres are projected into the cell's {@link MeridianPlane} by
 * the first thread that needs them ({@link DistanceCell}); beyond that reach, {@link FarNearest}.
 * Thread-safe.
 */
final class ZonePieces {
  private static final int MAX_PIECE_SEGMENTS = 64;

  /**
   * Longest lon/lat segment kept as is: a straight lon/lat segment is not straight in a plane, so
   * longer ones get vertices added before projection (about 100 m apart; the difference is then
   * below a micrometre).
   */
  static final double DENSIFY_DEGREES = 0.001;

  private final double cellReach;
  private final double nearestLimit;
  private final HPRtree pieces = new HPRtree();
  private final ConcurrentHashMap<Long, LazyCell> cells = new ConcurrentHashMap<>();
  private final FarNearest far;

  /**
   * @param geometries lon/lat geometries
   * @param cellReach ground metres within which a cell holds the pieces: the farthest any zone
   *     holding them needs
   * @param nearestLimit plane metres beyond which no zone holding them needs the nearest piece
   * @param measured whether a zone holding them measures distances however far ({@link FarNearest})
   */
  ZonePieces(List<Geometry> geometries, double cellReach, double nearestLimit, boolean measured) {
    this.cellReach = cellReach;
    this.nearestLimit = nearestLimit;
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
    this.far = measured ? new FarNearest(all) : null;
  }

  /** The pieces whose envelopes meet {@code box}, lon/lat. */
  void query(Envelope box, ItemVisitor visitor) {
    pieces.query(box, visitor);
  }

  /**
   * The nearest pieces to {@code patch} within the limit, searched once per patch and kept with it
   * for the other zones holding these pieces.
   */
  NearbyPieces probe(LonLatPatch patch) {
    return patch.probe(this, () -> new NearbyPieces(cellFor(patch.envelope()), patch));
  }

  /** The nearest pieces of one patch in its cell, and distances from it asked for later. */
  final class NearbyPieces {
    private final DistanceCell cell;
    private final ProjectedPatch projected;
    private final DistanceCell.Nearest nearest;
    private double centre = Double.NaN;
    private double ground = Double.NaN;
    private double farMetres = Double.NaN;

    private NearbyPieces(DistanceCell cell, LonLatPatch patch) {
      this.cell = cell;
      this.projected = patch.in(cell.plane());
      this.nearest = cell.nearest(projected, nearestLimit);
    }

    /** The patch in the cell's plane. */
    ProjectedPatch projected() {
      return projected;
    }

    DistanceCell.Nearest nearest() {
      return nearest;
    }

    /** The ground distance (GRS80 geodesic, metres) between the nearest points found. */
    double groundDistance() {
      if (Double.isNaN(ground)) {
        ground = cell.groundDistance(projected, nearest);
      }
      return ground;
    }

    /** The plane distance from the patch's centre to the nearest piece, ∞ when none. */
    double centreDistance() {
      if (Double.isNaN(centre)) {
        centre = cell.distance(projected.centre());
      }
      return centre;
    }

    /** The ground distance to the nearest piece however far, ∞ when there are none. */
    double farDistance() {
      if (Double.isNaN(farMetres)) {
        farMetres = far.groundDistance(cell.plane(), projected);
      }
      return farMetres;
    }
  }

  private DistanceCell cellFor(Envelope patch) {
    long column = (long) Math.floor(patch.centre().x / BandAnalyzer.CELL_WIDTH);
    long row = (long) Math.floor(patch.centre().y / BandAnalyzer.CELL_HEIGHT);
    double margin = BandAnalyzer.CELL_MARGIN_DEGREES;
    Envelope cell =
        new Envelope(
            column * BandAnalyzer.CELL_WIDTH - margin,
            (column + 1) * BandAnalyzer.CELL_WIDTH + margin,
            row * BandAnalyzer.CELL_HEIGHT - margin,
            (row + 1) * BandAnalyzer.CELL_HEIGHT + margin);
    if (!cell.contains(patch)) {
      return build(MeridianPlane.onMeridian(rounded(patch.centre().x)), patch);
    }
    MeridianPlane plane = MeridianPlane.onMeridian((column + 0.5) * BandAnalyzer.CELL_WIDTH);
    return cells
        .computeIfAbsent((column << 32) ^ (row & 0xffffffffL), k -> new LazyCell(plane, cell))
        .get();
  }

  private DistanceCell build(MeridianPlane plane, Envelope cell) {
    List<Geometry> near = new ArrayList<>();
    pieces.query(GroundBounds.reach(cell, cellReach), item -> near.add((Geometry) item));
    return new DistanceCell(plane, near, far != null);
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
  private final class LazyCell {
    private final MeridianPlane plane;
    private final Envelope cell;
    private volatile DistanceCell built;

    LazyCell(MeridianPlane plane, Envelope cell) {
      this.plane = plane;
      this.cell = cell;
    }

    DistanceCell get() {
      DistanceCell cell = built;
      return cell != null ? cell : build();
    }

    private synchronized DistanceCell build() {
      if (built == null) {
        built = ZonePieces.this.build(plane, cell);
      }
      return built;
    }
  }
}
