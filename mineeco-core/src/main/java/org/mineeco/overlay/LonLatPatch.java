package org.mineeco.overlay;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.units.Area;

/**
 * A patch geometry in CGCS2000 lon/lat with its ellipsoidal area, projected into the planes zones
 * ask for (the last projection is kept, so zones sharing a strip project the patch once). Not
 * thread-safe: one per patch and thread.
 */
final class LonLatPatch {
  private final Geometry geometry;
  private final Area area;
  private ProjectedPatch projected;

  /**
   * @param geometry the polygonal geometry, lon/lat degrees
   * @param area its ellipsoidal area
   */
  LonLatPatch(Geometry geometry, Area area) {
    this.geometry = geometry;
    this.area = area;
  }

  Geometry geometry() {
    return geometry;
  }

  Area area() {
    return area;
  }

  Envelope envelope() {
    return geometry.getEnvelopeInternal();
  }

  /** This patch in {@code plane}. */
  ProjectedPatch in(LocalPlane plane) {
    if (projected == null || projected.plane() != plane) {
      projected = plane.project(this);
    }
    return projected;
  }
}
