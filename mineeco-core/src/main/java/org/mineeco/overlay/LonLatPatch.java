package org.mineeco.overlay;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.units.Area;

/**
 * A patch geometry in CGCS2000 lon/lat with its ellipsoidal area, projected into the planes zones
 * ask for (the last projection is kept, so zones sharing a strip project the patch once), with the
 * nearest {@link ZonePieces} found for it (searched once for all the zones holding them). Not
 * thread-safe: one per patch and thread.
 */
final class LonLatPatch {
  private final Geometry geometry;
  private final Area area;
  private ProjectedPatch projected;
  private Map<Object, Object> memo;
  private ProjectedPatch local;

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

  /**
   * What zones sharing pieces ask of this patch alike (the nearest {@link ZonePieces}, a cut at a
   * distance from them), made by {@code make} the first time {@code key} is asked for.
   */
  @SuppressWarnings("unchecked")
  <T> T memo(Object key, Supplier<T> make) {
    if (memo == null) {
      memo = new HashMap<>();
    }
    Object value = memo.get(key);
    if (value == null) {
      value = make.get();
      memo.put(key, value);
    }
    return (T) value;
  }

  /** This patch in the azimuthal equidistant plane centred on its envelope. */
  ProjectedPatch local() {
    if (local == null) {
      local = new AzimuthalPlane(envelope().centre()).project(this);
    }
    return local;
  }

  /** This patch in {@code plane}. */
  ProjectedPatch in(LocalPlane plane) {
    if (projected == null || projected.plane() != plane) {
      projected = plane.project(this);
    }
    return projected;
  }
}
