package org.mineeco.overlay;

import java.util.OptionalDouble;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Ground distances from patches to zone geometries held in a {@link LocalPlane}: the nearest points
 * are found in the plane, then measured on the GRS80 ellipsoid. Thread-safe.
 */
final class NearestLines {
  private final LocalPlane plane;
  private final PreparedGeometry prepared;
  private final IndexedFacetDistance facets;

  NearestLines(LocalPlane plane, Geometry inPlane) {
    this.plane = plane;
    this.prepared = inPlane.isEmpty() ? null : PreparedGeometryFactory.prepare(inPlane);
    this.facets = inPlane.isEmpty() ? null : new IndexedFacetDistance(inPlane);
  }

  /** Metres from the patch to the nearest geometry (0 when they meet); empty when there is none. */
  OptionalDouble groundDistance(ProjectedPatch patch) {
    if (prepared == null) {
      return OptionalDouble.empty();
    }
    if (prepared.intersects(patch.plane())) {
      return OptionalDouble.of(0);
    }
    Coordinate[] nearest = facets.nearestPoints(patch.plane());
    return OptionalDouble.of(plane.groundDistance(nearest[0], nearest[1]));
  }
}
