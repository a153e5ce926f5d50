package org.mineeco.postgis;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.mineeco.io.FeatureReader;
import org.mineeco.io.Layers;
import org.mineeco.io.ReadOptions;

/**
 * The entry point for reading PostGIS tables as layers; writing goes through {@link PostgisOutput}.
 * Connections follow PostgreSQL's conventions (see {@link PostgisUrl}).
 */
public final class Postgis {
  private Postgis() {}

  /**
   * Streams the table {@code url} names; {@link ReadOptions#crs()} is used only when the table's
   * SRID is 0 or unknown, {@link ReadOptions#layer()} and the charset are ignored.
   *
   * @throws org.mineeco.io.BadInputException naming the table when it cannot be read as a layer
   * @throws PostgisException when the database cannot be reached
   */
  public static FeatureReader open(PostgisUrl url, ReadOptions options) {
    return PostgisReader.open(url, options);
  }

  /**
   * True when the table {@code url} names exists with a geometry column.
   *
   * @throws PostgisException when the database cannot be reached
   */
  public static boolean exists(PostgisUrl url) {
    try (Connection c = Connections.open(url);
        PreparedStatement s =
            c.prepareStatement(
                "SELECT 1 FROM geometry_columns WHERE f_table_schema = ? AND f_table_name = ?")) {
      s.setString(1, url.schema());
      s.setString(2, url.table());
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    } catch (SQLException e) {
      throw new PostgisException(url, "cannot look for the table: " + Connections.message(e), e);
    }
  }

  /**
   * Copies the layer file {@code source} (read with {@code options}) into the table {@code table}
   * names (replaced in one transaction), with a column per field typed from its values and the
   * geometries in CGCS2000 (SRID 4490; WGS84 layers keep SRID 4326).
   *
   * @return the number of features copied
   */
  public static long load(Path source, ReadOptions options, PostgisUrl table) {
    if (table.table() == null) {
      throw new IllegalArgumentException(table + " names no table: add ?table=schema.table");
    }
    return LayerLoad.load(() -> Layers.open(source, options), table);
  }
}
