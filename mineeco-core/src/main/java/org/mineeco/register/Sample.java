package org.mineeco.register;

import java.util.List;
import org.mineeco.inventory.SurveyedPatch;
import org.mineeco.table.Table;

/**
 * A spot-check draw.
 *
 * @param patches the patches drawn, stratum by stratum (counties by name), each in draw order
 * @param fieldSheet the field sheet: patch, county, mine, area, centre (CGCS2000 lon/lat), zones
 */
public record Sample(List<SurveyedPatch> patches, Table fieldSheet) {
  public Sample {
    patches = List.copyOf(patches);
  }
}
