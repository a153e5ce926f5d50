package org.mineeco.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageException;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKBReader;
import org.mineeco.crs.Crs;

/**
 * Streams one feature table of an OGC GeoPackage through a database cursor (NGA geopackage-java),
 * geometries via their WKB into JTS. The CRS comes from {@code gpkg_spatial_ref_sys}: the EPSG
 * organization code, else the WKT definition, else {@link ReadOptions#crs()}. Geometries are in
 * that CRS. Not thread-safe.
 */
final class GeoPackageReader extends AbstractFeatureReader implements PartialReader {
  static {
    TempFiles.forSqlite();
  }

  private final GeoPackage geoPackage;
  private final PreparedStatement statement;
  private final int firstField;
  private final int geometryIndex;
  private final List<String> fieldNames = new ArrayList<>();
  private final List<FeatureColumn> fieldColumns = new ArrayList<>();
  private final WKBReader wkbReader = new WKBReader();
  // When reading part of the layer: the features to read (by fid - firstFid), else null.
  private final BitSet read;
  private final long firstFid;
  private final long total;
  private ResultSet cursor;
  private int nextRun;
  private long nextIndex;

  private GeoPackageReader(
      Path path,
      Crs crs,
      GeoPackage geoPackage,
      FeatureDao dao,
      BitSet read,
      long firstFid,
      long total)
      throws SQLException {
    super(path, crs);
    this.geoPackage = geoPackage;
    this.read = read;
    this.firstFid = firstFid;
    this.total = total;
    // The query is written here, every identifier quoted and escaped: the library's own pastes
    // names into SQL as they are, so a column named with a quote would shift the columns read.
    // A partial read selects the fid first; then come the fields and the geometry.
    String fid = read == null ? null : quote(dao.getTable().getPkColumnName());
    StringBuilder select = new StringBuilder("SELECT ");
    if (fid != null) {
      select.append(fid).append(", ");
    }
    for (FeatureColumn column : dao.getTable().getColumns()) {
      if (!column.isPrimaryKey() && !column.isGeometry()) {
        fieldNames.add(column.getName());
        fieldColumns.add(column);
        select.append(quote(column.getName())).append(", ");
      }
    }
    select
        .append(quote(dao.getGeometryColumnName()))
        .append(" FROM ")
        .append(quote(dao.getTableName()));
    if (read != null) {
      select.append(" WHERE ").append(fid).append(" BETWEEN ? AND ? ORDER BY ").append(fid);
    }
    this.firstField = fid == null ? 1 : 2;
    this.geometryIndex = fieldColumns.size() + firstField;
    this.statement = geoPackage.getConnection().getConnection().prepareStatement(select.toString());
    try {
      this.cursor = read == null ? statement.executeQuery() : null;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }

  static FeatureReader open(Path path, ReadOptions options) {
    return withTable(
        path,
        options,
        (geoPackage, dao) ->
            new GeoPackageReader(path, crs(path, dao, options), geoPackage, dao, null, 0, -1));
  }

  /**
   * The features of a table with an R-tree index whose envelopes {@code filter} accepts, when the
   * table holds at least {@code minimum} features with fids 1..n (or any run of consecutive fids,
   * which then give the indexes); empty otherwise (read the whole table). The index's envelopes are
   * scanned once, without the geometries.
   */
  static Optional<PartialReader> openPartial(
      Path path, ReadOptions options, long minimum, Supplier<SpatialFilter> filter) {
    return withTable(
        path,
        options,
        (geoPackage, dao) -> {
          Connection db = geoPackage.getConnection().getConnection();
          String table = dao.getTableName();
          String index = "rtree_" + table + "_" + dao.getGeometryColumnName();
          long[] fids = fidRange(db, table, dao.getTable().getPkColumnName());
          long count = fids[0];
          if (count < minimum
              || count > Integer.MAX_VALUE
              || fids[2] - fids[1] + 1 != count
              || !exists(db, index)) {
            geoPackage.close();
            return Optional.empty();
          }
          Crs crs = crs(path, dao, options);
          SpatialFilter accepts = filter.get();
          BitSet read = new BitSet((int) count);
          read.set(0, (int) count);
          scan(
              db,
              index,
              (id, e) -> {
                if (!accepts.accepts(e, crs)) {
                  read.clear((int) (id - fids[1]));
                }
              });
          return Optional.of(
              new GeoPackageReader(path, crs, geoPackage, dao, read, fids[1], count));
        });
  }

  /**
   * Passes the envelope of every feature of the table to {@code sink} from its R-tree index,
   * without reading the geometries; returns the table's CRS, or empty when the table has no R-tree.
   */
  static Optional<Crs> envelopes(Path path, ReadOptions options, Consumer<Envelope> sink) {
    return withTable(
        path,
        options,
        (geoPackage, dao) -> {
          try {
            Connection db = geoPackage.getConnection().getConnection();
            String index = "rtree_" + dao.getTableName() + "_" + dao.getGeometryColumnName();
            if (!exists(db, index)) {
              return Optional.empty();
            }
            scan(db, index, (id, e) -> sink.accept(e));
            return Optional.of(crs(path, dao, options));
          } finally {
            geoPackage.close();
          }
        });
  }

  /** Work on an open feature table; keeps the GeoPackage open unless it closes it. */
  private interface TableWork<T> {
    T apply(GeoPackage geoPackage, FeatureDao dao) throws SQLException;
  }

  /**
   * Opens the GeoPackage and its feature table named by the options and gives them to {@code work};
   * closes the GeoPackage when anything fails, naming the file in the error.
   */
  private static <T> T withTable(Path path, ReadOptions options, TableWork<T> work) {
    if (!Files.isRegularFile(path)) {
      throw new BadInputException(path, "no such file");
    }
    GeoPackage geoPackage;
    try {
      geoPackage = GeoPackageManager.open(path.toFile(), false);
    } catch (GeoPackageException e) {
      throw new BadInputException(
          path, "not a readable GeoPackage: " + IoErrors.reason(e, path), e);
    }
    try {
      return work.apply(
          geoPackage, geoPackage.getFeatureDao(table(path, geoPackage, options.layer())));
    } catch (SQLException e) {
      geoPackage.close();
      throw new BadInputException(path, "cannot read GeoPackage: " + IoErrors.reason(e, path), e);
    } catch (RuntimeException e) {
      geoPackage.close();
      if (e instanceof BadInputException) {
        throw e;
      }
      throw new BadInputException(path, "cannot read GeoPackage: " + IoErrors.reason(e, path), e);
    }
  }

  /** Every entry of an R-tree index: the feature id and its envelope. */
  private static void scan(Connection db, String index, BiConsumer<Long, Envelope> entry)
      throws SQLException {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, minx, maxx, miny, maxy FROM " + quote(index))) {
      while (rs.next()) {
        entry.accept(
            rs.getLong(1),
            new Envelope(rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)));
      }
    }
  }

  /** {count, min, max} of the table's fids. */
  private static long[] fidRange(Connection db, String table, String fid) throws SQLException {
    try (Statement st = db.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT count(*), min("
                    + quote(fid)
                    + "), max("
                    + quote(fid)
                    + ") FROM "
                    + quote(table))) {
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
    }
  }

  private static boolean exists(Connection db, String table) throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
      st.setString(1, table);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  private static String table(Path path, GeoPackage geoPackage, String layer) {
    List<String> tables = geoPackage.getFeatureTables();
    if (layer != null) {
      for (String t : tables) {
        if (t.equalsIgnoreCase(layer)) {
          return t;
        }
      }
      throw new BadInputException(path, "no feature table '" + layer + "': tables are " + tables);
    }
    if (tables.size() != 1) {
      throw new BadInputException(
          path,
          tables.isEmpty()
              ? "has no feature table"
              : "has " + tables.size() + " feature tables " + tables + ": name one as the layer");
    }
    return tables.get(0);
  }

  private static Crs crs(Path path, FeatureDao dao, ReadOptions options) {
    SpatialReferenceSystem srs = dao.getSrs();
    String why = "no EPSG code and no definition";
    if ("EPSG".equalsIgnoreCase(srs.getOrganization())) {
      try {
        return Crs.epsg((int) srs.getOrganizationCoordsysId());
      } catch (IllegalArgumentException e) {
        why = e.getMessage();
      }
    }
    String definition = srs.getDefinition();
    if (definition != null && !definition.isBlank() && !definition.equals("undefined")) {
      try {
        return Crs.fromWkt(definition);
      } catch (IllegalArgumentException e) {
        why = e.getMessage();
      }
    }
    if (options.crs() != null) {
      return options.crs();
    }
    throw new BadInputException(
        path,
        "table "
            + dao.getTableName()
            + " has spatial reference system "
            + srs.getSrsId()
            + " ("
            + srs.getOrganization()
            + " "
            + srs.getOrganizationCoordsysId()
            + ") that mineeco does not recognise: "
            + why
            + "; name the CRS in the options");
  }

  @Override
  public List<String> fieldNames() {
    return List.copyOf(fieldNames);
  }

  @Override
  public long total() {
    if (read == null) {
      throw new IllegalStateException("the whole layer is read");
    }
    return total;
  }

  @Override
  public List<long[]> skipped() {
    List<long[]> ranges = new ArrayList<>();
    if (read != null) {
      for (int from = read.nextClearBit(0); from < total; ) {
        int to =
            Math.min((int) total, read.nextSetBit(from) < 0 ? (int) total : read.nextSetBit(from));
        ranges.add(new long[] {from, to - 1});
        from = read.nextClearBit(to);
      }
    }
    return ranges;
  }

  /** Opens the cursor over the next run of features to read; false after the last. */
  private boolean nextRun() throws SQLException {
    if (cursor != null) {
      cursor.close();
      cursor = null;
    }
    int from = read.nextSetBit(nextRun);
    if (from < 0 || from >= total) {
      return false;
    }
    int to = read.nextClearBit(from);
    nextRun = to;
    statement.setLong(1, firstFid + from);
    statement.setLong(2, firstFid + to - 1);
    cursor = statement.executeQuery();
    return true;
  }

  @Override
  protected Feature readNext() {
    Map<String, Object> properties = new LinkedHashMap<>();
    long index = nextIndex;
    byte[] blob;
    try {
      while (cursor == null || !cursor.next()) {
        if (read == null || !nextRun()) {
          return null;
        }
      }
      index = read == null ? nextIndex++ : cursor.getLong(1) - firstFid;
      for (int i = 0; i < fieldNames.size(); i++) {
        FeatureColumn column = fieldColumns.get(i);
        properties.put(column.getName(), value(index, column, cursor.getObject(i + firstField)));
      }
      blob = cursor.getBytes(geometryIndex);
    } catch (SQLException e) {
      throw new BadInputException(
          path(), index, null, "cannot read: " + IoErrors.reason(e, path()), e);
    }
    return TableRows.fromGeoPackageBlob(index, properties, blob, wkbReader);
  }

  /**
   * A value as its column's declared type holds it: SQLite stores whole reals and booleans as
   * integers, and dates as text.
   */
  private Object value(long index, FeatureColumn column, Object value) {
    if (value instanceof Number n) {
      switch (column.getDataType()) {
        case BOOLEAN -> {
          return n.longValue() != 0;
        }
        case REAL, FLOAT, DOUBLE -> {
          return n.doubleValue();
        }
        default -> {}
      }
    }
    return TableRows.value(value, other -> dateOrRefused(index, column, other));
  }

  private Object dateOrRefused(long index, FeatureColumn column, Object value) {
    if (value instanceof Date d) {
      OffsetDateTime utc = d.toInstant().atOffset(ZoneOffset.UTC);
      return column.getDataType() == GeoPackageDataType.DATE
          ? utc.toLocalDate().toString()
          : utc.toString();
    }
    throw new BadInputException(
        path(),
        index,
        column.getName(),
        "value of type " + value.getClass().getSimpleName() + " is not read",
        null);
  }

  @Override
  protected void closeSource() {
    try {
      if (cursor != null) {
        cursor.close();
      }
      statement.close();
    } catch (SQLException e) {
      // Closing the GeoPackage closes them.
    } finally {
      geoPackage.close();
    }
  }
}
