package org.mineeco.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageException;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.locationtech.jts.io.WKBReader;
import org.mineeco.crs.Crs;

/**
 * Streams one feature table of an OGC GeoPackage through a database cursor (NGA geopackage-java),
 * geometries via their WKB into JTS. The CRS comes from {@code gpkg_spatial_ref_sys}: the EPSG
 * organization code, else the WKT definition, else {@link ReadOptions#crs()}. Geometries are in
 * that CRS. Not thread-safe.
 */
final class GeoPackageReader implements FeatureReader {
  static {
    TempFiles.forSqlite();
  }

  private final Path path;
  private final Crs crs;
  private final GeoPackage geoPackage;
  private final Statement statement;
  private final ResultSet cursor;
  private final int geometryIndex;
  private final List<String> fieldNames = new ArrayList<>();
  private final List<FeatureColumn> fieldColumns = new ArrayList<>();
  private final WKBReader wkbReader = new WKBReader();
  private long nextIndex;
  private boolean fetched;
  private boolean available;

  private GeoPackageReader(Path path, Crs crs, GeoPackage geoPackage, FeatureDao dao)
      throws SQLException {
    this.path = path;
    this.crs = crs;
    this.geoPackage = geoPackage;
    // The query is written here, every identifier quoted and escaped: the library's own pastes
    // names into SQL as they are, so a column named with a quote would shift the columns read.
    StringBuilder select = new StringBuilder("SELECT ");
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
    this.geometryIndex = fieldColumns.size() + 1;
    this.statement = geoPackage.getConnection().getConnection().createStatement();
    try {
      this.cursor = statement.executeQuery(select.toString());
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  static FeatureReader open(Path path, ReadOptions options) {
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
      FeatureDao dao = geoPackage.getFeatureDao(table(path, geoPackage, options.layer()));
      return new GeoPackageReader(path, crs(path, dao, options), geoPackage, dao);
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
  public Path path() {
    return path;
  }

  @Override
  public Crs crs() {
    return crs;
  }

  @Override
  public List<String> fieldNames() {
    return List.copyOf(fieldNames);
  }

  @Override
  public boolean hasNext() {
    if (!fetched) {
      try {
        available = cursor.next();
      } catch (SQLException e) {
        throw new BadInputException(
            path, nextIndex, null, "cannot read: " + IoErrors.reason(e, path), e);
      }
      fetched = true;
    }
    return available;
  }

  @Override
  public Feature next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more features in " + path);
    }
    fetched = false;
    long index = nextIndex++;
    Map<String, Object> properties = new LinkedHashMap<>();
    byte[] blob;
    try {
      for (int i = 0; i < fieldNames.size(); i++) {
        FeatureColumn column = fieldColumns.get(i);
        properties.put(column.getName(), value(index, column, cursor.getObject(i + 1)));
      }
      blob = cursor.getBytes(geometryIndex);
    } catch (SQLException e) {
      throw new BadInputException(path, index, null, "cannot read: " + IoErrors.reason(e, path), e);
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
        path,
        index,
        column.getName(),
        "value of type " + value.getClass().getSimpleName() + " is not read",
        null);
  }

  @Override
  public void close() {
    try {
      cursor.close();
      statement.close();
    } catch (SQLException e) {
      // Closing the GeoPackage closes them.
    } finally {
      geoPackage.close();
    }
  }
}
