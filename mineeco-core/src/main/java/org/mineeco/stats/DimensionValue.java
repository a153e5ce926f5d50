package org.mineeco.stats;

import java.util.Comparator;
import java.util.Objects;

/**
 * One value of a table dimension, a part of a row or column key: the value as the dimension has it
 * (a region id {@code 210100}, a zone column {@code red_line}, a code {@code ABANDONED}, a group or
 * period name) and its place in the order the definition or the plans give the dimension's values
 * (a zone's place in the definition, a group's, a code's in the plans), or {@link #UNORDERED}.
 * Values with a place sort by it, before values without one; those sort naturally, with the
 * "outside" region and {@code UNKNOWN} last ({@link Pivot#TEXT}). Immutable.
 *
 * @param position the place in the given order, from 0, or {@link #UNORDERED}
 * @param value the value, never shown as is (tables show its word, {@link Words})
 */
record DimensionValue(int position, String value) implements Comparable<DimensionValue> {
  /** The position of a value sorted by itself. */
  static final int UNORDERED = -1;

  private static final Comparator<DimensionValue> ORDER =
      Comparator.comparing((DimensionValue v) -> !v.ordered())
          .thenComparingInt(DimensionValue::position)
          .thenComparing(DimensionValue::value, Pivot.TEXT);

  DimensionValue {
    if (position < UNORDERED) {
      throw new IllegalArgumentException(
          "position must be >= 0, or " + UNORDERED + " for none; was " + position);
    }
    Objects.requireNonNull(value, "value");
  }

  /** A value sorted by itself. */
  static DimensionValue of(String value) {
    return new DimensionValue(UNORDERED, value);
  }

  /** A value in place {@code position} of its dimension's given order. */
  static DimensionValue at(int position, String value) {
    return new DimensionValue(position, value);
  }

  /** Whether the value has a place in a given order. */
  boolean ordered() {
    return position != UNORDERED;
  }

  @Override
  public int compareTo(DimensionValue other) {
    return ORDER.compare(this, other);
  }
}
