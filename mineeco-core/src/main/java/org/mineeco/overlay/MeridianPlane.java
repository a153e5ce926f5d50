package org.mineeco.overlay;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleUnaryOperator;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.mineeco.crs.Crs;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.crs.Reprojection;

/**
 * A transverse Mercator plane (GRS80, scale 1) on one central meridian, in which a {@link
 * DistanceCell} finds distance bounds and nearest points near that meridian; ground distances come
 * back from the ellipsoid. Band cuts are made in a patch's own {@link AzimuthalPlane}. Thread-safe.
 */
final class MeridianPlane implements Plane {
  /** The false easting of every meridian plane, metres. */
  private static final double FALSE_EASTING = 500_000;

  private static final double SEMI_MINOR_AXIS = 6_356_752.314_140_356;

  private final Reprojection toPlane;
  private final Reprojection toLonLat;

  private static final Map<Double, MeridianPlane> PLANES = new ConcurrentHashMap<>();

  /** The plane on this meridian, shared (planes are immutable). */
  static MeridianPlane onMeridian(double centralMeridian) {
    return PLANES.computeIfAbsent(centralMeridian, MeridianPlane::new);
  }

  private MeridianPlane(double centralMeridian) {
    Crs tm = Crs.transverseMercator(centralMeridian);
    this.toPlane = Reprojection.between(Crs.CGCS2000, tm);
    this.toLonLat = Reprojection.between(tm, Crs.CGCS2000);
  }

  @Override
  public Geometry project(Geometry lonLat) {
    return toPlane.apply(lonLat);
  }

  @Override
  public void unproject(double x, double y, double[] out) {
    Coordinate lonLat = toLonLat.apply(new Coordinate(x, y));
    out[0] = lonLat.x;
    out[1] = lonLat.y;
  }

  /**
   * The ground distance (GRS80 geodesic, metres) from a patch to the pieces whose facets {@code
   * near} found, nearest first ({@link FacetSearch#nearest(STRtree, FacetSearch.Facets, double,
   * java.util.function.DoubleUnaryOperator)} with {@link #nearFactor}): the shortest geodesic
   * between the nearest points of each pair, a pair measured only when its plane distance over the
   * plane's largest scale between the two could beat the best so far ({@link #maxScale}).
   */
  double groundDistance(FacetSearch.Facets patch, List<FacetSearch.Pair> near) {
    double best = Double.POSITIVE_INFINITY;
    Envelope own = patch.envelope();
    for (FacetSearch.Pair p : near) {
      if (Math.sqrt(p.distanceSq()) < best * maxScale(own, p.piece().getEnvelope())) {
        Coordinate[] pair = FacetSearch.nearestPoints(p.piece(), p.patch());
        best = Math.min(best, groundDistance(pair[0], pair[1]));
      }
    }
    return best;
  }

  /**
   * How far past the nearest facets a search for {@code patch} goes: the plane's largest scale
   * within the nearest distance (and 1 %) of the patch, beyond which no facet can be nearer on the
   * ground.
   */
  static DoubleUnaryOperator nearFactor(FacetSearch.Facets patch) {
    Envelope own = patch.envelope();
    return d -> {
      Envelope around = new Envelope(own);
      around.expandBy(1.01 * d);
      return maxScale(own, around);
    };
  }

  /**
   * An upper bound of the plane's scale between two envelopes of the plane, which bounds the ratio
   * of a plane distance to the ground distance between them. The scale grows away from the meridian
   * (by 1e-4 at 90 km), so a piece a little farther in the plane can be nearer on the ground where
   * it lies nearer the meridian: the nearest points in the plane, measured as a geodesic, were 6.7
   * m too far at 86 km on a generated province. To second order the scale is {@code 1 + x²/(2ρN)}
   * at {@code x} metres from the meridian, with ρN at least b² (GRS80's semi-minor axis squared); 1
   * % more covers the higher orders (below 1e-5 relative at 500 km).
   */
  static double maxScale(Envelope a, Envelope b) {
    double x =
        Math.max(
            Math.max(Math.abs(a.getMinX() - FALSE_EASTING), Math.abs(a.getMaxX() - FALSE_EASTING)),
            Math.max(Math.abs(b.getMinX() - FALSE_EASTING), Math.abs(b.getMaxX() - FALSE_EASTING)));
    return 1 + 1.01 * x * x / (2 * SEMI_MINOR_AXIS * SEMI_MINOR_AXIS);
  }

  /** The geodesic distance in metres on GRS80 between two points of this plane. */
  double groundDistance(Coordinate a, Coordinate b) {
    return geodesic(toLonLat.apply(a), toLonLat.apply(b));
  }

  /** The geodesic distance in metres on GRS80 between two lon/lat points. */
  static double geodesic(Coordinate a, Coordinate b) {
    return EllipsoidalArea.GRS80.Inverse(a.y, a.x, b.y, b.x, GeodesicMask.DISTANCE).s12;
  }
}
