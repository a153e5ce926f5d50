package org.mineeco.cartography;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.analysis.PatchRow;
import org.mineeco.model.SurveyAttributes;

/**
 * One analysed (accepted or repaired) patch as a map draws it.
 *
 * @param row its figures (areas m², distances m, region, rank)
 * @param survey its survey attributes
 * @param lonLat its (repaired) geometry in CGCS2000 lon/lat
 */
public record PatchEntry(PatchRow row, SurveyAttributes survey, Geometry lonLat) {
  public PatchEntry {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(survey, "survey");
    Objects.requireNonNull(lonLat, "lonLat");
  }
}
