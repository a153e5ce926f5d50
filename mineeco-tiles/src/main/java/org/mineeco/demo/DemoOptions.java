package org.mineeco.demo;

/**
 * What demo data to generate.
 *
 * @param seed the random seed: the same options give byte-identical files
 * @param patches regular mine patches in the first survey, 1,000 to {@value #MAX_PATCHES} (the six
 *     reject features come on top)
 * @param farmlandParcels basic-farmland parcels, 1,000 to {@value #MAX_FARMLAND}
 */
public record DemoOptions(long seed, int patches, int farmlandParcels) {
  /** The seed of the committed demo set. */
  public static final long DEFAULT_SEED = 20230930L;

  /** The committed set under {@code data/demo}: 5,000 patches, 20,000 parcels. */
  public static final DemoOptions DEMO = new DemoOptions(DEFAULT_SEED, 5_000, 20_000);

  /** Benchmark size, generated on demand: 50,000 patches, 200,000 parcels. */
  public static final DemoOptions BENCH_50K = new DemoOptions(DEFAULT_SEED, 50_000, 200_000);

  /** Benchmark size, generated on demand: 200,000 patches, 200,000 parcels. */
  public static final DemoOptions BENCH_200K = new DemoOptions(DEFAULT_SEED, 200_000, 200_000);

  /** Benchmark size, generated on demand: 1,000,000 patches, 200,000 parcels. */
  public static final DemoOptions BENCH_1M = new DemoOptions(DEFAULT_SEED, 1_000_000, 200_000);

  private static final int MIN = 1_000;

  /** The most patches placed and measured (the 1M benchmark set); placement slows as it fills. */
  public static final int MAX_PATCHES = 1_000_000;

  /**
   * The most parcels every seed tried places: the province's lowland holds 248,000 to 375,000 by
   * seed (313,028 with the demo's).
   */
  public static final int MAX_FARMLAND = 200_000;

  public DemoOptions {
    if (patches < MIN || patches > MAX_PATCHES) {
      throw new IllegalArgumentException(
          "patches must be between " + MIN + " and " + MAX_PATCHES + ", was " + patches);
    }
    if (farmlandParcels < MIN || farmlandParcels > MAX_FARMLAND) {
      throw new IllegalArgumentException(
          "farmlandParcels must be between "
              + MIN
              + " and "
              + MAX_FARMLAND
              + " (the province holds no more for every seed), was "
              + farmlandParcels);
    }
  }

  /** These options with another number of patches. */
  public DemoOptions withPatches(int n) {
    return new DemoOptions(seed, n, farmlandParcels);
  }

  /** These options with another seed. */
  public DemoOptions withSeed(long s) {
    return new DemoOptions(s, patches, farmlandParcels);
  }
}
