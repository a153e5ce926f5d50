package org.mineeco.register;

/**
 * A spot-check draw (双随机): {@code size} patches of survey {@code year} that are restored or
 * delisted, drawn uniformly without replacement, per county or over all.
 *
 * @param year the survey year
 * @param size patches to draw per stratum (all of a smaller stratum), at least 1
 * @param byCounty whether each county (the region holding a patch's largest part) is a stratum
 * @param seed the random seed: the same seed on the same store draws the same patches
 */
public record SampleOptions(int year, int size, boolean byCounty, long seed) {
  public SampleOptions {
    if (size < 1) {
      throw new IllegalArgumentException("sample size must be >= 1, was " + size);
    }
  }
}
