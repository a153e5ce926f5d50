package org.mineeco.overlay;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.units.Area;
import org.mineeco.zone.RegionLayer;
import org.mineeco.zone.RegionPolygon;

/**
 * Splits a patch's area between admin regions, intersected in lon/lat. Regions are expected not to
 * overlap, so the parts of a region are summed. For a patch split between regions, the zone areas
 * of each region's part (patch ∩ region) are exact: a zone the whole patch lies in one band of (or
 * outside of) puts each part wholly there too; any other zone is measured again on the part.
 * Distances are the whole patch's ({@link PatchOverlay#zones()}), not the parts'. Thread-safe.
 */
final class RegionAnalyzer {
  private static final int OUTSIDE = -1;
  private static final int CUT = -2;

  private final List<RegionPolygon> regions;
  private final PolygonIndex index;

  RegionAnalyzer(RegionLayer layer) {
    this.regions = layer.regions();
    // Whole: most patches lie in a region's interior cells; cutting regions into parts cost more
    // than the tests it saves.
    this.index =
        new PolygonIndex(regions.stream().map(RegionPolygon::geometry).toList(), Integer.MAX_VALUE);
  }

  /**
   * The regions the patch has area in, given the patch's overlay with every zone ({@code whole});
   * {@code zoneOf} overlays a part of the patch with one zone (by index) and is called only for a
   * patch with area in more than one region, and a zone that cuts it.
   */
  List<RegionShare> analyze(
      LonLatPatch patch,
      List<ZoneOverlay> whole,
      BiFunction<LonLatPatch, Integer, ZoneOverlay> zoneOf) {
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
          owners.size() > 1
              ? parts(pieces.getOrDefault(i, List.of()), patch.area(), whole, zoneOf)
              : List.of();
      shares.add(new RegionShare(r.id(), r.name(), Area.squareMetres(squareMetres[i]), zones));
    }
    return shares;
  }

  /** The zone areas of the pieces of one region, summed by band (pieces do not overlap). */
  private static List<ZoneOverlay> parts(
      List<LonLatPatch> pieces,
      Area patchArea,
      List<ZoneOverlay> whole,
      BiFunction<LonLatPatch, Integer, ZoneOverlay> zoneOf) {
    List<ZoneOverlay> out = new ArrayList<>(whole.size());
    for (int z = 0; z < whole.size(); z++) {
      ZoneOverlay w = whole.get(z);
      int only = onlyBand(w, patchArea);
      double[] bands = new double[w.areas().size()];
      for (LonLatPatch piece : pieces) {
        if (only == CUT) {
          List<Area> measured = zoneOf.apply(piece, z).areas();
          for (int band = 0; band < bands.length; band++) {
            bands[band] += measured.get(band).squareMetres();
          }
        } else if (only != OUTSIDE) {
          bands[only] += piece.area().squareMetres();
        }
      }
      List<Area> areas = new ArrayList<>(bands.length);
      boolean inZone = false;
      for (double b : bands) {
        areas.add(Area.squareMetres(b));
        inZone |= b > 0;
      }
      out.add(new ZoneOverlay(w.zone(), areas, inZone, Optional.empty()));
    }
    return out;
  }

  /**
   * The band holding the whole patch, {@link #OUTSIDE} when the patch has no area in the zone, or
   * {@link #CUT} when its area is split or measured short of the patch's.
   */
  private static int onlyBand(ZoneOverlay whole, Area patchArea) {
    int only = OUTSIDE;
    for (int band = 0; band < whole.areas().size(); band++) {
      double a = whole.areas().get(band).squareMetres();
      if (a == 0) {
        continue;
      }
      if (only != OUTSIDE || a != patchArea.squareMetres()) {
        return CUT;
      }
      only = band;
    }
    return only;
  }
}
