package org.mineeco.inventory;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.mineeco.io.Feature;
import org.mineeco.io.Field;
import org.mineeco.postgis.PostgisUrl;

/**
 * Where the inventory's tables live (geometries CGCS2000 lon/lat): a GeoPackage file or a PostGIS
 * schema. The surveys fill {@link #TABLE}; other tables (the register's, named {@code register_…})
 * sit beside it in the same file or schema and outlive every replacement of the surveys. Safe for
 * several threads and processes: {@link #replace} runs under a lock.
 */
public interface InventoryStore {
  /** The table of the surveys in either store. */
  String TABLE = "inventory";

  /**
   * The store at {@code location}: a {@code .gpkg} file (created by the first write) or {@code
   * postgresql://…/database?schema=NAME}.
   *
   * @throws IllegalArgumentException when the location is neither
   */
  static InventoryStore open(String location) {
    if (PostgisUrl.isUrl(location)) {
      PostgisUrl url = PostgisUrl.parse(location);
      if (url.table() != null) {
        throw new IllegalArgumentException(
            "an inventory is a schema (?schema=NAME), not a table: " + url);
      }
      return new PostgisStore(url);
    }
    if (!location.toLowerCase(Locale.ROOT).endsWith(".gpkg")) {
      throw new IllegalArgumentException(
          "expected an inventory FILE.gpkg or postgresql://…/database?schema=NAME, was '"
              + location
              + "'");
    }
    return new GeoPackageStore(Path.of(location));
  }

  /** Every row of {@code table}, in stored order; none when it does not exist yet. */
  List<Feature> read(String table);

  /**
   * Replaces {@code table} by {@code change} applied to its current rows, atomically and under a
   * lock that serialises writers, so that two writers at once both land; other tables are kept.
   */
  void replace(String table, List<Field> fields, UnaryOperator<List<Feature>> change);
}
