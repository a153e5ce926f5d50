package org.mineeco.cartography;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What was printed on a sheet.
 *
 * @param file the file written, or null when written to a stream
 * @param region the region id or code shown, or null for a box
 * @param place the place name in the title (may be empty)
 * @param title the title printed
 * @param scale the scale denominator (1 : scale at the central meridian)
 * @param legend the theme's classes with their patch counts and areas, then the total row
 */
public record SheetInfo(
    Path file, String region, String place, String title, long scale, List<Legend> legend) {
  public SheetInfo {
    Objects.requireNonNull(title, "title");
    legend = List.copyOf(legend);
  }

  /**
   * One legend row.
   *
   * @param label the class as printed
   * @param patches the patches drawn in it
   * @param mu their ellipsoidal area in mu (亩), summed, not rounded
   */
  public record Legend(String label, long patches, double mu) {}

  /** This info with the file it was written to. */
  SheetInfo in(Path newFile) {
    return new SheetInfo(newFile, region, place, title, scale, legend);
  }
}
