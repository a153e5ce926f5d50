package org.mineeco.zone;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One admin region (province, city or county) of a {@link RegionLayer}.
 *
 * @param id the region code, e.g. a 6-digit GB/T 2260 code; not blank
 * @param name the region name (may be empty)
 * @param geometry the polygonal geometry, in the CRS given to {@link RegionLayer#of}
 */
public record RegionPolygon(String id, String name, Geometry geometry) {
  public RegionPolygon {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("region id must not be blank, was '" + id + "'");
    }
    name = name == null ? "" : name;
    Objects.requireNonNull(geometry, "geometry of region " + id);
  }
}
