package org.mineeco.overlay;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.units.Area;

/**
 * A patch geometry in CGCS2000 lon/lat with its ellipsoidal area.
 *
 * @param geometry the polygonal geometry, lon/lat degrees
 * @param area its ellipsoidal area
 */
record LonLatPatch(Geometry geometry, Area area) {
  Envelope envelope() {
    return geometry.getEnvelopeInternal();
  }
}
