package org.mineeco.overlay;

import java.util.ArrayList;
import java.util.List;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.units.Area;
import org.mineeco.zone.RegionLayer;
import org.mineeco.zone.RegionPolygon;

/**
 * Splits a patch's area between admin regions, intersected in lon/lat. Regions are expected not to
 * overlap, so the parts of a region are summed. Thread-safe.
 */
final class RegionAnalyzer {
  private final List<RegionPolygon> regions;
  private final PolygonIndex index;

  RegionAnalyzer(RegionLayer layer) {
    this.regions = layer.regions();
    this.index = new PolygonIndex(regions.stream().map(RegionPolygon::geometry).toList());
  }

  List<RegionShare> analyze(LonLatPatch patch) {
    double[] squareMetres = new double[regions.size()];
    for (PolygonIndex.Hit hit : index.hits(patch.geometry())) {
      squareMetres[hit.part().owner()] +=
          hit.containsPatch()
              ? patch.area().squareMetres()
              : EllipsoidalArea.ofLonLat(hit.piece()).squareMetres();
    }
    List<RegionShare> shares = new ArrayList<>();
    for (int i = 0; i < squareMetres.length; i++) {
      if (squareMetres[i] > 0) {
        RegionPolygon r = regions.get(i);
        shares.add(new RegionShare(r.id(), r.name(), Area.squareMetres(squareMetres[i])));
      }
    }
    return shares;
  }
}
