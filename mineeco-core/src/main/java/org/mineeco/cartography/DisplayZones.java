package org.mineeco.cartography;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineeco.units.Length;
import org.mineeco.zone.BufferZone;
import org.mineeco.zone.Corridor;

/**
 * Display geometry of the zones that are grown by a ground distance, in CGCS2000 lon/lat: corridor
 * bands and "three zones, two lines" buffers, built in a transverse Mercator plane on the zone's
 * central meridian (GRS80). A displayed edge lies within {@code lineTolerance + arcTolerance} of
 * its true distance, plus the plane's scale error ({@code d·x²/2R²} at {@code x} from the central
 * meridian: 0.04 % of {@code d} at 250 km). For maps only: every per-patch figure comes from the
 * exact overlay. Stateless and thread-safe.
 */
public final class DisplayZones {
  private static final GeometryFactory LON_LAT = new GeometryFactory();

  /**
   * One band {@code [from, to)} of a corridor.
   *
   * @param corridor the corridor's name
   * @param from the inner edge
   * @param to the outer edge
   * @param lonLat the band's polygon
   */
  public record Band(String corridor, Length from, Length to, Geometry lonLat) {
    public Band {
      Objects.requireNonNull(corridor, "corridor");
      Objects.requireNonNull(lonLat, "lonLat");
    }
  }

  private DisplayZones() {}

  /**
   * The corridor's bands, innermost first: its lines grown by each outer edge less the lines grown
   * by the inner edge, each edge grown once (in parallel).
   *
   * @param lineTolerance Douglas-Peucker tolerance applied to the lines first, greater than zero
   * @param arcTolerance the most a rounded end or bend may cut inside the true circle, greater than
   *     zero
   */
  public static List<Band> bands(Corridor corridor, Length lineTolerance, Length arcTolerance) {
    if (corridor.geometries().isEmpty()) {
      return List.of();
    }
    DisplayPlane plane =
        new DisplayPlane(envelope(corridor.geometries()), lineTolerance, arcTolerance);
    Geometry lines =
        LON_LAT.buildGeometry(corridor.geometries().stream().map(plane::project).toList());
    List<Length> edges = corridor.bandEdges();
    List<Geometry> grown =
        edges.parallelStream()
            .map(edge -> edge.metres() > 0 ? plane.grow(lines, edge.metres()) : null)
            .toList();
    List<Band> bands = new ArrayList<>();
    for (int i = 1; i < edges.size(); i++) {
      Geometry inner = grown.get(i - 1);
      Geometry outer = grown.get(i);
      Geometry band = inner == null ? outer : outer.difference(inner);
      bands.add(new Band(corridor.name(), edges.get(i - 1), edges.get(i), plane.lonLat(band)));
    }
    return bands;
  }

  /**
   * Each geometry of the buffer zone grown by the zone's distance, in the zone's order; tolerances
   * as for {@link #bands}.
   */
  public static List<Geometry> grown(BufferZone zone, Length lineTolerance, Length arcTolerance) {
    if (zone.geometries().isEmpty()) {
      return List.of();
    }
    DisplayPlane plane = new DisplayPlane(envelope(zone.geometries()), lineTolerance, arcTolerance);
    double metres = zone.distance().metres();
    List<Geometry> grown = new ArrayList<>(zone.geometries().size());
    for (Geometry g : zone.geometries()) {
      grown.add(plane.lonLat(plane.grow(plane.project(g), metres)));
    }
    return grown;
  }

  private static Envelope envelope(List<Geometry> geometries) {
    Envelope e = new Envelope();
    geometries.forEach(g -> e.expandToInclude(g.getEnvelopeInternal()));
    return e;
  }
}
