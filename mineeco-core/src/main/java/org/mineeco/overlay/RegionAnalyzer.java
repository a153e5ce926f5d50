package org.mineeco.overlay;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.units.Area;
import org.mineeco.units.Length;
import org.mineeco.zone.RegionLayer;
import org.mineeco.zone.RegionPolygon;

/**
 * Splits a patch's area between admin regions, intersected in lon/lat. Regions are expected not to
 * overlap, so the parts of a region are summed. For a patch split between regions, the zones are
 * measured again on each region's part (patch ∩ region), so that zone-by-region areas are exact.
 * Thread-safe.
 */
final class RegionAnalyzer {
  private final List<RegionPolygon> regions;
  private final PolygonIndex index;

  RegionAnalyzer(RegionLayer layer) {
    this.regions = layer.regions();
    this.index = new PolygonIndex(regions.stream().map(RegionPolygon::geometry).toList());
  }

  /**
   * The regions the patch has area in; {@code zonesOf} overlays a part of the patch with every zone
   * and is called only when the patch has area in more than one region.
   */
  List<RegionShare> analyze(LonLatPatch patch, Function<LonLatPatch, List<ZoneOverlay>> zonesOf) {
    double[] squareMetres = new double[regions.size()];
    Map<Integer, List<LonLatPatch>> pieces = new TreeMap<>();
    for (PolygonIndex.Hit hit : index.hits(patch.geometry())) {
      int owner = hit.part().owner();
      if (hit.containsPatch()) {
        squareMetres[owner] += patch.area().squareMetres();
        pieces.computeIfAbsent(owner, k -> new ArrayList<>()).add(patch);
      } else {
        double m2 = EllipsoidalArea.ofLonLat(hit.piece()).squareMetres();
        squareMetres[owner] += m2;
        if (m2 > 0) {
          pieces
              .computeIfAbsent(owner, k -> new ArrayList<>())
              .add(new LonLatPatch(hit.piece(), Area.squareMetres(m2)));
        }
      }
    }
    List<Integer> owners = new ArrayList<>();
    for (int i = 0; i < squareMetres.length; i++) {
      if (squareMetres[i] > 0) {
        owners.add(i);
      }
    }
    List<RegionShare> shares = new ArrayList<>();
    for (int i : owners) {
      RegionPolygon r = regions.get(i);
      List<ZoneOverlay> zones =
          owners.size() > 1 ? sum(pieces.getOrDefault(i, List.of()), zonesOf) : List.of();
      shares.add(new RegionShare(r.id(), r.name(), Area.squareMetres(squareMetres[i]), zones));
    }
    return shares;
  }

  /** The zone overlays of the pieces of one region, band areas summed (pieces do not overlap). */
  private static List<ZoneOverlay> sum(
      List<LonLatPatch> pieces, Function<LonLatPatch, List<ZoneOverlay>> zonesOf) {
    List<ZoneOverlay> total = null;
    for (LonLatPatch piece : pieces) {
      List<ZoneOverlay> part = zonesOf.apply(piece);
      if (total == null) {
        total = part;
        continue;
      }
      List<ZoneOverlay> merged = new ArrayList<>(part.size());
      for (int z = 0; z < part.size(); z++) {
        ZoneOverlay a = total.get(z);
        ZoneOverlay b = part.get(z);
        List<Area> areas = new ArrayList<>(a.areas().size());
        for (int band = 0; band < a.areas().size(); band++) {
          areas.add(a.areas().get(band).plus(b.areas().get(band)));
        }
        Optional<Length> distance =
            a.distance().isEmpty()
                ? b.distance()
                : b.distance().isEmpty()
                    ? a.distance()
                    : Optional.of(
                        a.distance().get().metres() <= b.distance().get().metres()
                            ? a.distance().get()
                            : b.distance().get());
        merged.add(new ZoneOverlay(a.zone(), areas, a.inZone() || b.inZone(), distance));
      }
      total = merged;
    }
    return total == null ? List.of() : total;
  }
}
