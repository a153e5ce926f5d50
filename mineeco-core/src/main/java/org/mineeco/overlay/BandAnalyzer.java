package org.mineeco.overlay;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineeco.overlay.BandCut.AreaWithin;
import org.mineeco.units.Area;
import org.mineeco.units.Length;
import org.mineeco.zone.BufferZone;
import org.mineeco.zone.Corridor;
import org.mineeco.zone.Zone;

/**
 * Distance bands of a corridor or buffer zone, and corridor distances, by exact distance bounds.
 *
 * <p>For each patch the plane distance from the patch to the nearest zone piece is a lower bound L
 * and the distance from its centre plus its radius an upper bound U of the distance of any of its
 * points to the zone (in a {@link DistanceCell} of {@value #CELL_WIDTH}° by {@value #CELL_HEIGHT}°,
 * whose plane overstates ground distances by less than {@value #SCALE_TOLERANCE} relative). A band
 * edge e below U − m or above L + m (m = 1 m + {@value #SCALE_TOLERANCE}·e, wider than any error of
 * the bounds or of the cut) puts the whole patch on one side of it with no geometry built; only an
 * edge between them cuts the patch, by the union of the regions within the edge of just the zone
 * pieces within reach of that patch ({@link NearbyPieces}), in the azimuthal equidistant plane
 * centred on it ({@link BandCut}). The cost of cutting follows the few patches that straddle an
 * edge, not the length of the network.
 *
 * <p>The zone's pieces come in {@link ZonePieces}, shared with the zones holding the same
 * geometries; the zone's nearest pieces are the nearest of its sets' nearest.
 *
 * <p>Corridor distances: the shortest GRS80 geodesic between the nearest points in the cell's plane
 * and those of any facets as near once the plane's scale is allowed for; beyond the cell's reach,
 * {@link FarNearest} over all the zone's pieces. Thread-safe.
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

  private final String name;
  private final double[] edges;
  private final boolean measureDistance;
  private final double cellReach;
  private final ZonePieces[] sets;
  private final GeometryFactory factory = new GeometryFactory();

  private BandAnalyzer(
      String name, double[] edges, boolean measureDistance, List<ZonePieces> sets) {
    this.name = name;
    this.edges = edges;
    this.measureDistance = measureDistance;
    this.cellReach = cellReach(edges, measureDistance);
    this.sets = sets.toArray(ZonePieces[]::new);
  }

  /**
   * The analyzers of the corridor and buffer zones among {@code zones}, by zone: geometries equal
   * in several zones ({@link Geometry#equalsExact}) are indexed once, in the {@link ZonePieces} of
   * the zones holding them.
   */
  static Map<Zone, BandAnalyzer> of(List<Zone> zones) {
    List<Zone> banded =
        zones.stream().filter(z -> z instanceof Corridor || z instanceof BufferZone).toList();
    Map<Geometry, BitSet> holders = new LinkedHashMap<>();
    for (int z = 0; z < banded.size(); z++) {
      for (Geometry g : geometries(banded.get(z))) {
        holders.computeIfAbsent(g, k -> new BitSet()).set(z);
      }
    }
    Map<BitSet, List<Geometry>> groups = new LinkedHashMap<>();
    holders.forEach((g, zs) -> groups.computeIfAbsent(zs, k -> new ArrayList<>()).add(g));
    List<Map.Entry<BitSet, List<Geometry>>> entries = List.copyOf(groups.entrySet());
    List<ZonePieces> sets =
        entries.parallelStream().map(e -> pieces(e.getValue(), e.getKey(), banded)).toList();
    Map<Zone, BandAnalyzer> analyzers = new HashMap<>();
    for (int z = 0; z < banded.size(); z++) {
      List<ZonePieces> held = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i).getKey().get(z)) {
          held.add(sets.get(i));
        }
      }
      analyzers.put(banded.get(z), analyzer(banded.get(z), held));
    }
    return analyzers;
  }

  private static List<Geometry> geometries(Zone zone) {
    return zone instanceof Corridor c ? c.geometries() : ((BufferZone) zone).geometries();
  }

  private static BandAnalyzer analyzer(Zone zone, List<ZonePieces> sets) {
    return new BandAnalyzer(zone.name(), edges(zone), zone instanceof Corridor, sets);
  }

  /** A corridor's band edges, or 0 and a buffer zone's distance; metres. */
  private static double[] edges(Zone zone) {
    return zone instanceof Corridor c
        ? c.bandEdges().stream().mapToDouble(Length::metres).toArray()
        : new double[] {0, ((BufferZone) zone).distance().metres()};
  }

  /** The pieces of geometries held by the zones {@code holders} (indexes into {@code zones}). */
  private static ZonePieces pieces(List<Geometry> geometries, BitSet holders, List<Zone> zones) {
    double reach = 0;
    double limit = 0;
    boolean measured = false;
    for (int z = holders.nextSetBit(0); z >= 0; z = holders.nextSetBit(z + 1)) {
      double[] edges = edges(zones.get(z));
      boolean corridor = zones.get(z) instanceof Corridor;
      reach = Math.max(reach, cellReach(edges, corridor));
      limit = Math.max(limit, nearestLimit(edges, corridor));
      measured |= corridor;
    }
    return new ZonePieces(geometries, reach, limit, measured);
  }

  /** Ground metres within which a cell must hold the pieces. */
  private static double cellReach(double[] edges, boolean measureDistance) {
    double outer = edges[edges.length - 1];
    double reach = measureDistance ? Math.max(outer, DISTANCE_REACH_METRES) : outer;
    return (reach + margin(reach)) * (1 + SCALE_TOLERANCE) + 100;
  }

  /** Plane metres beyond which the nearest piece does not matter. */
  private static double nearestLimit(double[] edges, boolean measureDistance) {
    double outer = edges[edges.length - 1];
    return measureDistance
        ? Double.POSITIVE_INFINITY
        : (outer + margin(outer)) * (1 + SCALE_TOLERANCE);
  }

  @Override
  public ZoneOverlay analyze(LonLatPatch patch) {
    ZonePieces.NearbyPieces[] probes = new ZonePieces.NearbyPieces[sets.length];
    ZonePieces.NearbyPieces nearest = null;
    for (int i = 0; i < sets.length; i++) {
      probes[i] = sets[i].probe(patch);
      if (nearest == null || probes[i].nearest().plane() < nearest.nearest().plane()) {
        nearest = probes[i];
      }
    }
    if (nearest == null) {
      return nothing();
    }
    Bounds bounds = new Bounds(probes, nearest.projected(), nearest.nearest().plane());
    double[] within = new double[edges.length];
    boolean touchesOuter = false;
    boolean insideInner = false;
    for (int i = 0; i < edges.length; i++) {
      AreaWithin w;
      if (edges[i] == 0) {
        w = AreaWithin.NOTHING;
      } else {
        w = bounds.classify(edges[i]);
        if (w == null) {
          w = cut(patch, probes, edges[i]);
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
        measureDistance ? distance(nearest, probes) : Optional.<Length>empty();
    return new ZoneOverlay(name, areas, touchesOuter && !insideInner, distance);
  }

  @Override
  public Geometry inside(LonLatPatch patch) {
    double edge = edges[edges.length - 1];
    double reach = (edge + margin(edge)) * (1 + SCALE_TOLERANCE);
    List<ZonePieces> near = new ArrayList<>(sets.length);
    for (ZonePieces set : sets) {
      if (set.probe(patch).nearest().plane() <= reach) {
        near.add(set);
      }
    }
    return BandCut.inside(patch.local(), nearby(patch.local(), near, edge), edge);
  }

  /** The result for a zone with no geometry. */
  private ZoneOverlay nothing() {
    List<Area> areas = new ArrayList<>();
    for (int i = 0; i < edges.length - 1; i++) {
      areas.add(Area.ZERO);
    }
    return new ZoneOverlay(name, areas, false, Optional.empty());
  }

  /** Wider than any error of the bounds and of the cut at edge {@code metres}. */
  static double margin(double metres) {
    return MARGIN_METRES + SCALE_TOLERANCE * metres;
  }

  /** Lower and upper bounds of the distance of a patch's points to the zone, in a cell plane. */
  private static final class Bounds {
    private final ZonePieces.NearbyPieces[] probes;
    private final ProjectedPatch patch;
    private final double lower;
    private double upper;
    private boolean refined;

    Bounds(ZonePieces.NearbyPieces[] probes, ProjectedPatch patch, double lower) {
      this.probes = probes;
      this.patch = patch;
      this.lower = lower;
      this.upper = lower + 2 * patch.radius();
    }

    /** The whole patch or nothing within {@code edge}, or null when the edge may cut it. */
    AreaWithin classify(double edge) {
      double m = margin(edge);
      if (lower > (edge + m) * (1 + SCALE_TOLERANCE)) {
        return AreaWithin.NOTHING;
      }
      if (upper >= edge - m && !refined) {
        double centre = Double.POSITIVE_INFINITY;
        for (ZonePieces.NearbyPieces p : probes) {
          centre = Math.min(centre, p.centreDistance());
        }
        upper = Math.min(upper, centre + patch.radius());
        refined = true;
      }
      return upper < edge - m ? AreaWithin.all(patch) : null;
    }
  }

  /**
   * The patch's part within {@code edge} of the zone ({@link BandCut}). Only the zone's sets with a
   * piece within the edge and its margin of the patch can reach it; the cut is made once per patch
   * for those sets and edge, whichever zones hold them.
   */
  private AreaWithin cut(LonLatPatch patch, ZonePieces.NearbyPieces[] probes, double edge) {
    double reach = (edge + margin(edge)) * (1 + SCALE_TOLERANCE);
    List<ZonePieces> near = new ArrayList<>(sets.length);
    for (int i = 0; i < sets.length; i++) {
      if (probes[i].nearest().plane() <= reach) {
        near.add(sets[i]);
      }
    }
    return patch.cut(
        new CutKey(edge, near),
        () -> BandCut.cut(patch.local(), nearby(patch.local(), near, edge), edge));
  }

  /** A cut of a patch at an edge from some sets of pieces. */
  record CutKey(double edge, List<ZonePieces> sets) {}

  /**
   * The pieces of {@code near} that can lie within {@code metres} of the patch ({@link
   * NearbyPieces}), in the patch's plane.
   */
  private Geometry nearby(ProjectedPatch patch, List<ZonePieces> near, double metres) {
    NearbyPieces pieces =
        new NearbyPieces(factory, patch.patch().envelope(), metres + margin(metres));
    for (ZonePieces set : near) {
      set.query(pieces.box(), item -> pieces.add((Geometry) item));
    }
    return patch.plane().project(pieces.build());
  }

  /**
   * The corridor distance: the ground distance to the nearest pieces in the cell's plane within the
   * cell's reach, else the nearest ground distance however far. Another set of lines a little
   * farther in the plane can be nearer on the ground, so each set within the nearest ground
   * distance plus the plane's scale error is measured too.
   */
  private Optional<Length> distance(
      ZonePieces.NearbyPieces nearest, ZonePieces.NearbyPieces[] probes) {
    double plane = nearest.nearest().plane();
    if (plane == 0) {
      return Optional.of(Length.metres(0));
    }
    if (!Double.isInfinite(plane)) {
      double ground = nearest.groundDistance();
      for (ZonePieces.NearbyPieces p : probes) {
        if (p != nearest && p.nearest().plane() < ground * (1 + SCALE_TOLERANCE)) {
          ground = Math.min(ground, p.groundDistance());
        }
      }
      if (ground <= cellReach) {
        return Optional.of(Length.metres(ground));
      }
    }
    double far = Double.POSITIVE_INFINITY;
    for (ZonePieces.NearbyPieces p : probes) {
      far = Math.min(far, p.farDistance());
    }
    return Double.isInfinite(far) ? Optional.empty() : Optional.of(Length.metres(far));
  }
}
