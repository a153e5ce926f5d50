package org.mineeco.stats;

/** The seed tables (see shared/seeds) as presets of {@link Presets#tables}. */
public enum Preset {
  /** Seed 004: region × {main stream, tributaries, total} × {patches, ha}, band 0-10 km. */
  YANGTZE_ANNEX("yangtze-annex"),
  /**
   * Seed 003: county × {period 1, period 2, total} × {producing, policy-closed + abandoned}, mu.
   */
  DANDONG("dandong"),
  /** Seed 000: region × target, restored, completion %, remaining, mu. */
  ALLOCATION("allocation"),
  /** Seed 001: region × {period 1, period 2, total}, ha. */
  PERIODS("periods");

  private final String cliName;

  Preset(String cliName) {
    this.cliName = cliName;
  }

  /** The name used on the command line, e.g. {@code yangtze-annex}. */
  public String cliName() {
    return cliName;
  }

  /** The preset called {@code name} on the command line. */
  public static Preset parse(String name) {
    for (Preset preset : values()) {
      if (preset.cliName.equalsIgnoreCase(name == null ? "" : name.strip())) {
        return preset;
      }
    }
    throw new IllegalArgumentException(
        "unknown preset '" + name + "': expected yangtze-annex, dandong, allocation or periods");
  }
}
