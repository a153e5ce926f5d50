package org.mineeco.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.mineeco.crs.EllipsoidalArea;

/** The county tiling for several seeds: valid polygons whose areas add up to their union. */
class CountiesTest {
  @Test
  void countiesTileTheProvinceForManySeeds() {
    for (long seed = 1; seed <= 8; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      Counties counties = Counties.build(r, new Names(r.split()));
      List<County> all = counties.all();
      assertTrue(all.size() >= 20 && all.size() <= 40, "seed " + seed + ": " + all.size());
      double sum = 0;
      Set<String> cities = new HashSet<>();
      for (County c : all) {
        assertTrue(c.lonLat().isValid(), "seed " + seed + " " + c.name());
        sum += EllipsoidalArea.ofLonLat(c.lonLat()).squareMetres();
        cities.add(c.cityCode());
        assertEquals(c.code().substring(0, 4) + "00", c.cityCode());
      }
      Geometry union = UnaryUnionOp.union(all.stream().map(County::lonLat).toList());
      double area = EllipsoidalArea.ofLonLat(union).squareMetres();
      assertEquals(0, (sum - area) / area, 1e-9, "seed " + seed);
      assertEquals(area, EllipsoidalArea.ofLonLat(counties.provinceLonLat()).squareMetres(), 1);
      assertEquals(6, cities.size());
    }
  }
}
