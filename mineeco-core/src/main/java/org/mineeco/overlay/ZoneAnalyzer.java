package org.mineeco.overlay;

import org.locationtech.jts.geom.Geometry;

/** Computes one zone's result for a patch. Implementations are thread-safe. */
interface ZoneAnalyzer {
  ZoneOverlay analyze(LonLatPatch patch);

  /**
   * The part of the patch inside the zone (its outermost band for a corridor or buffer zone), in
   * CGCS2000 lon/lat; empty when none. Asked only of patches that two zones each hold part of.
   */
  Geometry inside(LonLatPatch patch);
}
