package org.mineeco.stats;

import java.util.List;

/**
 * The key of one pivot column of a table: the values of its column dimensions, in the definition's
 * order of those dimensions; empty for a table without column dimensions. Keys sort value by value
 * ({@link DimensionValue}), so columns follow each dimension's given order. Immutable.
 *
 * @param values one value per column dimension
 */
record ColumnKey(List<DimensionValue> values) implements Comparable<ColumnKey> {
  /** The one column of a table without column dimensions. */
  static final ColumnKey ALL = new ColumnKey(List.of());

  ColumnKey {
    values = List.copyOf(values);
  }

  /** The value of the first column dimension. */
  DimensionValue first() {
    return values.get(0);
  }

  /** The values of the column dimensions after the first. */
  ColumnKey rest() {
    return new ColumnKey(values.subList(1, values.size()));
  }

  /** This key with {@code value} of one more column dimension. */
  ColumnKey and(DimensionValue value) {
    List<DimensionValue> more = new java.util.ArrayList<>(values);
    more.add(value);
    return new ColumnKey(more);
  }

  @Override
  public int compareTo(ColumnKey other) {
    return Pivot.lexicographic(DimensionValue::compareTo).compare(values, other.values);
  }
}
