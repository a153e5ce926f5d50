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
  private Map<ZonePieces, ZonePieces.NearbyPieces> probes;
  private Map<BandAnalyzer.CutKey, BandCut.AreaWithin> cuts;
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
   * The nearest of {@code pieces} to this patch, searched by {@code search} the first time and kept
   * for the other zones holding the same pieces.
   */
  ZonePieces.NearbyPieces probe(ZonePieces pieces, Supplier<ZonePieces.NearbyPieces> search) {
    if (probes == null) {
      probes = new HashMap<>();
    }
    ZonePieces.NearbyPieces probe = probes.get(pieces);
    if (probe == null) {
      probe = search.get();
      probes.put(pieces, probe);
    }
    return probe;
  }

  /**
   * This patch's part within an edge of some sets of pieces ({@code key}), cut by {@code cut} the
   * first time and kept for the other zones holding the same sets at the same edge.
   */
  BandCut.AreaWithin cut(BandAnalyzer.CutKey key, Supplier<BandCut.AreaWithin> cut) {
    if (cuts == null) {
      cuts = new HashMap<>();
    }
    BandCut.AreaWithin within = cuts.get(key);
    if (within == null) {
      within = cut.get();
      cuts.put(key, within);
    }
    return within;
  }

  /** This patch in the azimuthal equidistant plane centred on its envelope. */
  ProjectedPatch local() {
    if (local == null) {
      local = new AzimuthalPlane(envelope().centre()).project(this);
    }
    return local;
  }

  /** This patch in {@code plane}. */
  ProjectedPatch in(MeridianPlane plane) {
    if (projected == null || projected.plane() != plane) {
      projected = plane.project(this);
    }
    return projected;
  }
}
