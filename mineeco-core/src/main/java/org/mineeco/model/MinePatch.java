package org.mineeco.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One mine patch (图斑): its id, polygonal geometry and survey attributes. The geometry is in the CRS
 * of the layer it was read from. Immutable; safe to share between threads.
 *
 * @param index 0-based position of the feature in its source file
 * @param id the patch id ({@code TBBH}), not blank
 * @param geometry the valid polygonal geometry
 * @param survey the typed survey attributes
 * @param otherFields source fields that are not survey attributes, in source order
 */
public record MinePatch(
    long index,
    String id,
    Geometry geometry,
    SurveyAttributes survey,
    Map<String, Object> otherFields) {
  public MinePatch {
    if (index < 0) {
      throw new IllegalArgumentException("patch index must be >= 0, was " + index);
    }
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("patch id must not be blank, was '" + id + "'");
    }
    Objects.requireNonNull(geometry, "geometry of patch " + id);
    Objects.requireNonNull(survey, "survey attributes of patch " + id);
    otherFields = Collections.unmodifiableMap(new LinkedHashMap<>(otherFields));
  }

  /** A patch with unknown survey attributes and no other fields. */
  public static MinePatch of(long index, String id, Geometry geometry) {
    return new MinePatch(index, id, geometry, SurveyAttributes.UNKNOWN, Map.of());
  }
}
