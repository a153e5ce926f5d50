package org.mineeco.postgis;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.io.WKBReader;
import org.mineeco.crs.Crs;
import org.mineeco.io.AbstractFeatureReader;
import org.mineeco.io.BadInputException;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;
import org.mineeco.io.ReadOptions;
import org.mineeco.io.TableRows;

/**
 * Streams one PostGIS table through a server-side cursor ({@value #FETCH} rows a round trip, in a
 * read-only transaction), geometries as WKB into JTS, in the order of the table's serial or
 * identity key when it has one, else in table order. The CRS is the table's SRID as an EPSG code,
 * else {@link ReadOptions#crs()}. Serial and identity columns are not attributes. Identifiers are
 * quoted and values bound, so a table name is never SQL. Not thread-safe.
 */
final class PostgisReader extends AbstractFeatureReader {
  static final int FETCH = 2000;

  private final Connection connection;
  private final Statement statement;
  private final ResultSet rows;
  private final List<String> fieldNames;
  private final WKBReader wkbReader = new WKBReader();
  private long nextIndex;

  private PostgisReader(
      PostgisUrl url,
      Crs crs,
      Connection connection,
      Statement statement,
      ResultSet rows,
      List<String> fieldNames) {
    super(Path.of(url.toString()), crs);
    this.connection = connection;
    this.statement = statement;
    this.rows = rows;
    this.fieldNames = List.copyOf(fieldNames);
  }

  /**
   * Opens the table {@code url} names.
   *
   * @throws BadInputException naming the table when it has no geometry column, several and none is
   *     named, or an SRID mineeco does not know and no CRS is given
   * @throws PostgisException when the database cannot be reached
   */
  static FeatureReader open(PostgisUrl url, ReadOptions options) {
    Path label = Path.of(url.toString());
    if (url.table() == null) {
      throw new BadInputException(label, "names no table: add ?table=schema.table to the URL");
    }
    Connection connection = Connections.open(url);
    try {
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      List<GeometryColumn> all = geometryColumns(connection, url, label);
      GeometryColumn geometry = chosen(all, url, label);
      Crs crs = crs(geometry.srid(), options, label);
      List<String> fields = new ArrayList<>();
      String order = null;
      try (PreparedStatement columns =
          connection.prepareStatement(
              "SELECT column_name, column_default, is_identity FROM information_schema.columns"
                  + " WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position")) {
        columns.setString(1, url.schema());
        columns.setString(2, url.table());
        try (ResultSet r = columns.executeQuery()) {
          while (r.next()) {
            String name = r.getString(1);
            String def = r.getString(2);
            boolean generated =
                "YES".equals(r.getString(3)) || (def != null && def.startsWith("nextval("));
            if (generated) {
              order = order == null ? name : order;
            } else if (all.stream().noneMatch(g -> g.name().equals(name))) {
              fields.add(name);
            }
          }
        }
      }
      StringBuilder sql = new StringBuilder("SELECT ");
      for (String f : fields) {
        sql.append(PostgisUrl.quote(f)).append(", ");
      }
      sql.append("ST_AsBinary(")
          .append(PostgisUrl.quote(geometry.name()))
          .append(") FROM ")
          .append(url.quotedTable());
      if (order != null) {
        sql.append(" ORDER BY ").append(PostgisUrl.quote(order));
      }
      Statement statement =
          connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      statement.setFetchSize(FETCH);
      ResultSet rows = statement.executeQuery(sql.toString());
      return new PostgisReader(url, crs, connection, statement, rows, fields);
    } catch (SQLException | RuntimeException e) {
      Connections.rollbackAndClose(connection);
      if (e instanceof RuntimeException r) {
        throw r;
      }
      throw new BadInputException(
          label, "cannot read: " + Connections.message((SQLException) e), e);
    }
  }

  private record GeometryColumn(String name, int srid) {}

  private static List<GeometryColumn> geometryColumns(Connection c, PostgisUrl url, Path label)
      throws SQLException {
    List<GeometryColumn> columns = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT f_geometry_column, srid FROM geometry_columns"
                + " WHERE f_table_schema = ? AND f_table_name = ? ORDER BY f_geometry_column")) {
      s.setString(1, url.schema());
      s.setString(2, url.table());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          columns.add(new GeometryColumn(r.getString(1), r.getInt(2)));
        }
      }
    }
    if (columns.isEmpty()) {
      throw new BadInputException(
          label,
          "no table "
              + url.schema()
              + "."
              + url.table()
              + " with a geometry column (PostGIS geometry_columns lists none)");
    }
    return columns;
  }

  private static GeometryColumn chosen(List<GeometryColumn> columns, PostgisUrl url, Path label) {
    if (url.geometry() != null) {
      return columns.stream()
          .filter(g -> g.name().equals(url.geometry()))
          .findFirst()
          .orElseThrow(
              () ->
                  new BadInputException(
                      label,
                      "no geometry column '"
                          + url.geometry()
                          + "': the table has "
                          + columns.stream().map(GeometryColumn::name).toList()));
    }
    if (columns.size() > 1) {
      throw new BadInputException(
          label,
          "has geometry columns "
              + columns.stream().map(GeometryColumn::name).toList()
              + ": name one with &geometry=column");
    }
    return columns.get(0);
  }

  private static Crs crs(int srid, ReadOptions options, Path label) {
    String why = "SRID 0 (none)";
    if (srid > 0) {
      try {
        return Crs.epsg(srid);
      } catch (IllegalArgumentException e) {
        why = "SRID " + srid + ": " + e.getMessage();
      }
    }
    if (options.crs() != null) {
      return options.crs();
    }
    throw new BadInputException(
        label, "has " + why + " that mineeco does not recognise; name the CRS in the options");
  }

  @Override
  public List<String> fieldNames() {
    return fieldNames;
  }

  @Override
  protected Feature readNext() {
    long index = nextIndex;
    try {
      if (!rows.next()) {
        return null;
      }
      nextIndex++;
      Map<String, Object> properties = new LinkedHashMap<>();
      for (int i = 0; i < fieldNames.size(); i++) {
        properties.put(fieldNames.get(i), value(index, fieldNames.get(i), rows.getObject(i + 1)));
      }
      return TableRows.feature(index, properties, rows.getBytes(fieldNames.size() + 1), wkbReader);
    } catch (SQLException e) {
      throw new BadInputException(path(), index, null, "cannot read: " + Connections.message(e), e);
    }
  }

  private Object value(long index, String field, Object value) {
    return TableRows.value(value, other -> dateOrRefused(index, field, other));
  }

  private Object dateOrRefused(long index, String field, Object value) {
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toString();
    }
    if (value instanceof LocalDate
        || value instanceof LocalDateTime
        || value instanceof OffsetDateTime) {
      return value.toString();
    }
    throw new BadInputException(
        path(),
        index,
        field,
        "value of type " + value.getClass().getSimpleName() + " is not read",
        null);
  }

  @Override
  protected void closeSource() {
    try {
      rows.close();
      statement.close();
    } catch (SQLException e) {
      // The connection is closed below, which releases the cursor.
    } finally {
      Connections.rollbackAndClose(connection);
    }
  }
}
