package org.mineeco.inventory;

import java.util.Objects;
import org.mineeco.units.Area;

/**
 * One survey year of an inventory.
 *
 * @param year the survey year
 * @param patches patches recorded (rejected features are not)
 * @param restored patches restored ({@code HFZLQK} = B)
 * @param delisted patches delisted
 * @param area their CGCS2000 ellipsoidal area
 * @param restoredArea the area of the restored patches
 * @param matchedById patches matched to the previous recorded year by id
 * @param matchedByOverlap patches matched to the previous recorded year by geometry overlap
 * @param previousYear the year they were matched to, or 0 when none was recorded before
 */
public record InventoryYear(
    int year,
    int patches,
    int restored,
    int delisted,
    Area area,
    Area restoredArea,
    int matchedById,
    int matchedByOverlap,
    int previousYear) {
  public InventoryYear {
    if (patches < 0 || restored < 0 || delisted < 0 || matchedById < 0 || matchedByOverlap < 0) {
      throw new IllegalArgumentException(
          "counts must be >= 0, were " + patches + ", " + restored + ", " + delisted);
    }
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(restoredArea, "restoredArea");
  }
}
