package org.mineeco.overlay;

import org.locationtech.jts.geom.Geometry;

/** A plane (metres) local to some patches, and the way back to CGCS2000 lon/lat. Thread-safe. */
interface Plane {
  /** {@code lonLat} in this plane. */
  Geometry project(Geometry lonLat);

  /** Writes the lon/lat of plane point (x, y) into {@code out[0]} and {@code out[1]}. */
  void unproject(double x, double y, double[] out);

  /** A patch in this plane, remembering its lon/lat vertices. */
  default ProjectedPatch project(LonLatPatch patch) {
    return new ProjectedPatch(patch, this, project(patch.geometry()));
  }
}
