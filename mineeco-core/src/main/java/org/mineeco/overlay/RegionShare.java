package org.mineeco.overlay;

import java.util.Objects;
import org.mineeco.units.Area;

/**
 * The part of a patch inside one admin region, ellipsoidal (CGCS2000/GRS80).
 *
 * @param id the region id
 * @param name the region name
 * @param area the area of the patch inside the region, greater than zero
 */
public record RegionShare(String id, String name, Area area) {
  public RegionShare {
    Objects.requireNonNull(id, "region id");
    Objects.requireNonNull(name, "region name");
    Objects.requireNonNull(area, "area in region " + id);
  }
}
