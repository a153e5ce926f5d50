package org.mineeco.overlay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
   * patch with area in more than one region, and a zone that cuts it; {@code overlapsOf} cuts a
   * part into the pieces of its zones, given the part's results, and is called only for a patch
   * split between regions whose zones overlap ({@code overlapping}).
   */
  List<RegionShare> analyze(
      LonLatPatch patch,
      List<ZoneOverlay> whole,
      BiFunction<LonLatPatch, Integer, ZoneOverlay> zoneOf,
      BiFunction<LonLatPatch, List<ZoneOverlay>, List<ZoneOverlap>> overlapsOf,
      boolean overlapping) {
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
      Area area = Area.squareMetres(squareMetres[i]);
      if (owners.size() == 1) {
        shares.add(new RegionShare(r.id(), r.name(), area));
        continue;
      }
      List<ZoneOverlay> zones = new ArrayList<>();
      Map<Set<String>, Double> overlaps = new LinkedHashMap<>();
      for (LonLatPatch piece : pieces.getOrDefault(i, List.of())) {
        List<ZoneOverlay> results = part(piece, patch.area(), whole, zoneOf);
        zones = zones.isEmpty() ? results : sum(zones, results);
        if (overlapping) {
          for (ZoneOverlap o : overlapsOf.apply(piece, results)) {
            overlaps.merge(o.zones(), o.area().squareMetres(), Double::sum);
          }
        }
      }
      List<ZoneOverlap> regionOverlaps = new ArrayList<>();
      overlaps.forEach((z, m2) -> regionOverlaps.add(new ZoneOverlap(z, Area.squareMetres(m2))));
      shares.add(new RegionShare(r.id(), r.name(), area, zones, regionOverlaps));
    }
    return shares;
  }

  /** The zone results of one piece of a region's part. */
  private static List<ZoneOverlay> part(
      LonLatPatch piece,
      Area patchArea,
      List<ZoneOverlay> whole,
      BiFunction<LonLatPatch, Integer, ZoneOverlay> zoneOf) {
    List<ZoneOverlay> out = new ArrayList<>(whole.size());
    for (int z = 0; z < whole.size(); z++) {
      ZoneOverlay w = whole.get(z);
      int only = onlyBand(w, patchArea);
      if (only == CUT) {
        List<Area> measured = zoneOf.apply(piece, z).areas();
        boolean inZone = measured.stream().anyMatch(x -> x.squareMetres() > 0);
        out.add(new ZoneOverlay(w.zone(), measured, inZone, Optional.empty()));
        continue;
      }
      List<Area> areas = new ArrayList<>(w.areas().size());
      for (int band = 0; band < w.areas().size(); band++) {
        areas.add(band == only ? piece.area() : Area.ZERO);
      }
      out.add(new ZoneOverlay(w.zone(), areas, only != OUTSIDE, Optional.empty()));
    }
    return out;
  }

  /** The results of two pieces of one region's part, band by band (pieces do not overlap). */
  private static List<ZoneOverlay> sum(List<ZoneOverlay> a, List<ZoneOverlay> b) {
    List<ZoneOverlay> out = new ArrayList<>(a.size());
    for (int z = 0; z < a.size(); z++) {
      List<Area> areas = new ArrayList<>();
      for (int band = 0; band < a.get(z).areas().size(); band++) {
        areas.add(a.get(z).areas().get(band).plus(b.get(z).areas().get(band)));
      }
      boolean inZone = areas.stream().anyMatch(x -> x.squareMetres() > 0);
      out.add(new ZoneOverlay(a.get(z).zone(), areas, inZone, Optional.empty()));
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
