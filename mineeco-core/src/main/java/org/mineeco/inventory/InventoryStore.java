package org.mineeco.inventory;

import java.util.List;
import java.util.function.UnaryOperator;
import org.mineeco.io.Feature;
import org.mineeco.io.Field;

/**
 * Where the inventory's one table lives (geometries CGCS2000 lon/lat): a GeoPackage file or a
 * PostGIS schema. Safe for several threads and processes: {@link #replace} runs under a lock.
 */
interface InventoryStore {
  /** The table name in either store. */
  String TABLE = "inventory";

  /** Every row, in stored order; none when the store does not exist yet. */
  List<Feature> read();

  /**
   * Replaces the table by {@code change} applied to its current rows, atomically and under a lock
   * that serialises writers, so that two writers at once both land.
   */
  void replace(List<Field> fields, UnaryOperator<List<Feature>> change);
}
