package org.mineeco.stats;

/**
 * The zone columns of the {@code river} dimension (main stream or tributaries, seed 004): a patch's
 * area within the main stream band is {@code MAIN}, the rest of its area within the union of both
 * bands is {@code TRIBUTARY}, so each part of a patch lies in exactly one river class.
 *
 * @param main the main stream band, e.g. {@code yangtze_0_10000}
 * @param tributaries the tributaries band, e.g. {@code tributaries_0_10000}
 * @param union the band around both together, e.g. {@code yangtze_tributaries_0_10000}; needed for
 *     a patch near both (its area in the union is not the sum)
 */
public record RiverZones(String main, String tributaries, String union) {
  public RiverZones {
    for (String zone : new String[] {main, tributaries, union}) {
      if (zone == null || zone.isBlank()) {
        throw new IllegalArgumentException(
            "river zones need main, tributaries and union zone columns, was main "
                + main
                + ", tributaries "
                + tributaries
                + ", union "
                + union);
      }
    }
    if (main.equals(tributaries) || main.equals(union) || tributaries.equals(union)) {
      throw new IllegalArgumentException(
          "river zones must be three different zone columns, was "
              + main
              + ", "
              + tributaries
              + ", "
              + union);
    }
  }
}
