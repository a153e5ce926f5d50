package org.mineeco.map;

import org.locationtech.jts.geom.Geometry;
import org.mineeco.analysis.PatchRow;
import org.mineeco.model.SurveyAttributes;

/**
 * One analysed (accepted or repaired) patch as the map knows it.
 *
 * @param row its figures (areas m², distances m, region, rank)
 * @param survey its survey attributes
 * @param lonLat its (repaired) geometry in CGCS2000 lon/lat
 */
record PatchEntry(PatchRow row, SurveyAttributes survey, Geometry lonLat) {}
