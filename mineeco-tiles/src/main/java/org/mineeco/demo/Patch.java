package org.mineeco.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One generated mine patch.
 *
 * @param tbbh the patch id
 * @param county the county containing the centroid of the intended shape
 * @param geometry the lon/lat geometry as written, possibly made invalid on purpose
 * @param properties the survey fields in {@link Patches#FIELDS} order
 * @param defect the deliberate geometry defect
 * @param declaredAreaOff true when TBMJ differs from the true area by more than 10%
 */
record Patch(
    String tbbh,
    County county,
    Geometry geometry,
    Map<String, Object> properties,
    Defect defect,
    boolean declaredAreaOff) {
  Patch {
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /** A copy with some fields replaced. */
  Patch with(Map<String, Object> changes) {
    Map<String, Object> p = new LinkedHashMap<>(properties);
    p.putAll(changes);
    return new Patch((String) p.get("TBBH"), county, geometry, p, defect, declaredAreaOff);
  }

  /** Deliberate geometry defects, as found in real survey data. */
  enum Defect {
    NONE,
    /** Two halves of the ring in crossed order: a figure-eight. */
    BOW_TIE,
    /** Two neighbouring vertices swapped, so two edges cross. */
    SWAPPED_VERTICES,
    /** A vertex that goes out and comes back exactly: a zero-width spike. */
    SPIKE,
    /** A vertex repeated; still valid by OGC rules. */
    DUPLICATE_POINT
  }
}
