package org.mineeco.ingest;

import java.util.List;

/**
 * How the declared areas {@code TBMJ} compare with the computed ellipsoidal areas (GRS80, m²).
 *
 * @param tolerance the relative difference above which a patch counts as differing
 * @param compared patches that had a declared area
 * @param differing compared patches whose areas differ by more than the tolerance
 * @param unreadable patches whose {@code TBMJ} is present but not a number >= 0 (treated as absent)
 * @param examples the first differing patches, at most the configured number
 */
public record DeclaredAreaCheck(
    double tolerance,
    long compared,
    long differing,
    long unreadable,
    List<AreaDifference> examples) {
  public DeclaredAreaCheck {
    if (compared < 0 || differing < 0 || differing > compared || unreadable < 0) {
      throw new IllegalArgumentException(
          "expected 0 <= differing <= compared and unreadable >= 0, was differing "
              + differing
              + ", compared "
              + compared
              + ", unreadable "
              + unreadable);
    }
    examples = List.copyOf(examples);
    if (examples.size() > differing) {
      throw new IllegalArgumentException(
          "more examples (" + examples.size() + ") than differing patches (" + differing + ")");
    }
  }
}
