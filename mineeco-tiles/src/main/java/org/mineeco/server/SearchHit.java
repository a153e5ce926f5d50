package org.mineeco.server;

/**
 * A region or patch that {@code /api/search} found.
 *
 * @param kind {@code region} or {@code patch}
 * @param id the region's code or the patch's id
 * @param name the region's name, or the name of the patch's region (null when it has none)
 * @param bounds lon/lat bounds (CGCS2000 degrees): west, south, east, north
 */
public record SearchHit(String kind, String id, String name, double[] bounds) {
  public SearchHit {
    if (!kind.equals("region") && !kind.equals("patch")) {
      throw new IllegalArgumentException("a hit is a region or a patch, was '" + kind + "'");
    }
    if (bounds.length != 4) {
      throw new IllegalArgumentException(
          "bounds must be west, south, east, north, were " + bounds.length + " numbers");
    }
  }
}
