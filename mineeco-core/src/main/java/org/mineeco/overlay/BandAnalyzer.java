package org.mineeco.overlay;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.index.hprtree.HPRtree;
import org.locationtech.jts.index.strtree.ItemDistance;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.mineeco.units.Length;
import org.mineeco.zone.BufferZone;
import org.mineeco.zone.Corridor;

/**
 * Distance bands of a corridor or buffer zone, and corridor distances. Patches are grouped into
 * lon/lat cells {@value #STRIP_DEGREES}° wide and {@value #ROW_DEGREES}° tall; each cell gets its
 * own transverse Mercator on its central meridian (so no patch lies more than about 6 km from it)
 * and its bands are built once, from the zone pieces within reach, and cached. A patch reaching
 * beyond its cell's margin gets a cell of its own. Thread-safe.
 */
final class BandAnalyzer implements ZoneAnalyzer {
  static final double STRIP_DEGREES = 0.1;
  static final double ROW_DEGREES = 0.5;
  static final double CELL_MARGIN_DEGREES = 0.02;
  private static final int MAX_PIECE_SEGMENTS = 64;

  /**
   * Longest lon/lat segment kept as is: a straight lon/lat segment is not straight in a plane, so
   * longer ones get vertices added before projection (about 100 m apart; the difference is then
   * below a micrometre).
   */
  static final double DENSIFY_DEGREES = 0.001;

  private static final ItemDistance DEGREES =
      (a, b) -> ((Geometry) a.getItem()).distance((Geometry) b.getItem());

  private final String name;
  private final double[] edges;
  private final boolean measureDistance;
  private final GeometryFactory factory = new GeometryFactory();
  private final HPRtree pieces = new HPRtree();
  private final STRtree nearestPieces = new STRtree();
  private final ConcurrentHashMap<Long, Slot> cells = new ConcurrentHashMap<>();

  private BandAnalyzer(
      String name, List<Geometry> geometries, double[] edges, boolean measureDistance) {
    this.name = name;
    this.edges = edges;
    this.measureDistance = measureDistance;
    for (Geometry zoneGeometry : geometries) {
      Geometry g = Densifier.densify(zoneGeometry, DENSIFY_DEGREES);
      for (int i = 0; i < g.getNumGeometries(); i++) {
        for (Geometry piece : split(g.getGeometryN(i))) {
          pieces.insert(piece.getEnvelopeInternal(), piece);
          nearestPieces.insert(piece.getEnvelopeInternal(), piece);
        }
      }
    }
    pieces.build();
    nearestPieces.build();
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
    BandCell cell = cellFor(patch.envelope());
    ProjectedPatch projected = cell.plane().project(patch);
    BandCell.BandAreas areas = cell.areas(projected);
    Optional<Length> distance =
        measureDistance ? distance(cell, projected) : Optional.<Length>empty();
    return new ZoneOverlay(name, areas.areas(), areas.inZone(), distance);
  }

  /**
   * The ground distance to the nearest line: exact (nearest points in the cell's plane, geodesic
   * between them) within the largest band edge; beyond it, the same measure in a plane on the
   * patch's meridian over all pieces no farther than the piece nearest in degrees.
   */
  private Optional<Length> distance(BandCell cell, ProjectedPatch patch) {
    OptionalDouble near = cell.nearest().groundDistance(patch);
    if (near.isPresent() && near.getAsDouble() <= edges[edges.length - 1]) {
      return Optional.of(Length.metres(near.getAsDouble()));
    }
    Geometry g = patch.patch().geometry();
    Envelope env = g.getEnvelopeInternal();
    Geometry nearest = (Geometry) nearestPieces.nearestNeighbour(env, g, DEGREES);
    if (nearest == null) {
      return Optional.empty();
    }
    Coordinate[] pair = DistanceOp.nearestPoints(g, nearest);
    double bound = LocalPlane.geodesic(pair[0], pair[1]);
    LocalPlane plane = new LocalPlane(env.centre().x);
    NearestLines all = new NearestLines(plane, plane.project(within(env, bound)));
    double refined = all.groundDistance(plane.project(patch.patch())).orElse(bound);
    return Optional.of(Length.metres(Math.min(refined, bound)));
  }

  private BandCell cellFor(Envelope patch) {
    long strip = (long) Math.floor(patch.centre().x / STRIP_DEGREES);
    long row = (long) Math.floor(patch.centre().y / ROW_DEGREES);
    Envelope cell =
        new Envelope(
            strip * STRIP_DEGREES - CELL_MARGIN_DEGREES,
            (strip + 1) * STRIP_DEGREES + CELL_MARGIN_DEGREES,
            row * ROW_DEGREES - CELL_MARGIN_DEGREES,
            (row + 1) * ROW_DEGREES + CELL_MARGIN_DEGREES);
    if (!cell.contains(patch)) {
      return build(patch);
    }
    return cells.computeIfAbsent((strip << 32) ^ (row & 0xffffffffL), k -> new Slot(cell)).get();
  }

  private BandCell build(Envelope cell) {
    LocalPlane plane = new LocalPlane(cell.centre().x);
    Geometry sources = within(cell, edges[edges.length - 1]);
    return new BandCell(plane, cell, plane.project(sources), edges);
  }

  /** The zone pieces within {@code metres} of {@code env} (and some more), clipped and merged. */
  private Geometry within(Envelope env, double metres) {
    Envelope box = reach(env, metres);
    Geometry clip = factory.toGeometry(box);
    LineMerger lines = new LineMerger();
    List<Geometry> others = new ArrayList<>();
    pieces.query(
        box,
        item -> {
          Geometry piece = (Geometry) item;
          Geometry inBox =
              box.contains(piece.getEnvelopeInternal())
                  ? piece
                  : OverlayNGRobust.overlay(piece, clip, OverlayNG.INTERSECTION);
          if (inBox instanceof Lineal) {
            lines.add(inBox);
          } else if (!inBox.isEmpty()) {
            others.add(inBox);
          }
        });
    for (Object merged : lines.getMergedLineStrings()) {
      others.add((Geometry) merged);
    }
    return factory.buildGeometry(others);
  }

  /**
   * A lon/lat box holding every point within {@code metres} on the ground of {@code env}: a degree
   * of latitude is at least 110 574 m on GRS80 and a degree of longitude at least 111 319 m times
   * cos(latitude); 1% and 0.001° are added for safety.
   */
  static Envelope reach(Envelope env, double metres) {
    double dLat = metres * 1.01 / 110_000.0 + 0.001;
    double maxLat = Math.max(Math.abs(env.getMinY() - dLat), Math.abs(env.getMaxY() + dLat));
    double cos = Math.cos(Math.toRadians(Math.min(89.0, maxLat)));
    double dLon = metres * 1.01 / (111_000.0 * cos) + 0.001;
    Envelope box = new Envelope(env);
    box.expandBy(dLon, dLat);
    return box;
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

  /** A cell's bands, built by the first thread that needs them. */
  private final class Slot {
    private final Envelope cell;
    private BandCell built;

    Slot(Envelope cell) {
      this.cell = cell;
    }

    synchronized BandCell get() {
      if (built == null) {
        built = build(cell);
      }
      return built;
    }
  }
}
