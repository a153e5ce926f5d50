package org.mineeco.demo;

/**
 * What demo data to generate.
 *
 * @param seed the random seed: the same options give byte-identical files
 * @param patches regular mine patches in the first survey, 1,000 to 2,000,000 (the six reject
 *     features come on top)
 * @param farmlandParcels basic-farmland parcels, 1,000 to 2,000,000
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
  private static final int MAX = 2_000_000;

  public DemoOptions {
    if (patches < MIN || patches > MAX) {
      throw new IllegalArgumentException(
          "patches must be between " + MIN + " and " + MAX + ", was " + patches);
    }
    if (farmlandParcels < MIN || farmlandParcels > MAX) {
      throw new IllegalArgumentException(
          "farmlandParcels must be between " + MIN + " and " + MAX + ", was " + farmlandParcels);
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
