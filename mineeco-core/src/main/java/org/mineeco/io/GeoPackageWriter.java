package org.mineeco.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageException;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.contents.Contents;
import mil.nga.geopackage.contents.ContentsDataType;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.geopackage.srs.SpatialReferenceSystemDao;
import mil.nga.sf.GeometryType;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.mineeco.crs.Crs;

/**
 * Writes one feature table, named {@link WriteOptions#layer()}, to a new OGC GeoPackage (NGA
 * geopackage-java): attribute columns per {@link WriteOptions#fields()}, a 2D geometry column
 * {@code geom} of type GEOMETRY in {@link WriteOptions#crs()} (registered with its EPSG code and
 * OGC WKT), an R-tree spatial index, and the layer extent in {@code gpkg_contents}. Rows are
 * inserted in batches of prepared statements in one transaction into a temporary file beside the
 * target, which {@link #close()} renames into place. Not thread-safe.
 */
final class GeoPackageWriter implements FeatureWriter {
  static {
    TempFiles.forSqlite();
  }

  private static final int BATCH_ROWS = 1000;

  private final Path path;
  private final Path temporary;
  private final AtomicOutput output;
  private final WriteOptions options;
  private final GeoPackage geoPackage;
  private final FeatureDao dao;
  private final SpatialReferenceSystem srs;
  private final long srsId;
  private final String geometryColumn;
  private final WKBWriter wkbWriter = new WKBWriter(2);
  private final Envelope extent = new Envelope();
  private final RTreeIndexExtension rtree;
  private final PreparedStatement insert;
  private final PreparedStatement indexInsert;
  private long rows;
  private int pendingRows;
  private boolean finished;

  private GeoPackageWriter(AtomicOutput output, WriteOptions options, GeoPackage geoPackage) {
    this.path = output.target();
    this.temporary = output.temp();
    this.output = output;
    this.options = options;
    this.geoPackage = geoPackage;
    this.srs = registerSrs(options.crs());
    this.srsId = srs.getSrsId();
    this.geometryColumn = options.unusedName("geom", "geometry", "mineeco_geom");
    this.dao = createTable();
    this.rtree = new RTreeIndexExtension(geoPackage);
    geoPackage.beginTransaction();
    rtree.createRTreeIndex(dao.getTable());
    this.insert = prepareInsert();
    this.indexInsert =
        prepare(
            "INSERT INTO "
                + quote("rtree_" + options.layer() + "_" + geometryColumn)
                + " VALUES (?, ?, ?, ?, ?)");
  }

  private PreparedStatement prepareInsert() {
    StringBuilder columns = new StringBuilder();
    StringBuilder marks = new StringBuilder();
    for (Field f : options.fields()) {
      columns.append(quote(f.name())).append(", ");
      marks.append("?, ");
    }
    return prepare(
        "INSERT INTO "
            + quote(options.layer())
            + " ("
            + quote(dao.getTable().getPkColumnName())
            + ", "
            + columns
            + quote(geometryColumn)
            + ") VALUES (?, "
            + marks
            + "?)");
  }

  private PreparedStatement prepare(String sql) {
    try {
      return geoPackage.getConnection().getConnection().prepareStatement(sql);
    } catch (SQLException e) {
      throw new GeoPackageException("cannot prepare " + sql + ": " + e.getMessage(), e);
    }
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /**
   * Starts a GeoPackage that will replace {@code path} on close.
   *
   * @throws IllegalArgumentException when the CRS has no EPSG code and WKT mineeco can write
   */
  static FeatureWriter create(Path path, WriteOptions options) {
    try {
      options.crs().toWkt();
    } catch (UnsupportedOperationException e) {
      throw new IllegalArgumentException("cannot write " + path + ": " + e.getMessage(), e);
    }
    AtomicOutput output = AtomicOutput.beside(path);
    Path temporary = output.temp();
    GeoPackage geoPackage = null;
    try {
      GeoPackageManager.create(temporary.toFile());
      geoPackage = GeoPackageManager.open(temporary.toFile());
      return new GeoPackageWriter(output, options, geoPackage);
    } catch (GeoPackageException | IllegalArgumentException e) {
      if (geoPackage != null) {
        geoPackage.close();
      }
      deleteQuietly(temporary);
      throw new BadInputException(path, "cannot create GeoPackage: " + e.getMessage(), e);
    }
  }

  /**
   * Starts SQLite and the NGA library on a daemon thread, by creating and deleting an empty
   * GeoPackage in the temporary folder (about 0.4 s on their first use in a JVM), and returns at
   * once. A failure is left to the reader or writer that meets it.
   */
  static void startLibrary() {
    Thread.ofPlatform()
        .name("mineeco-geopackage-start")
        .daemon()
        .start(
            () -> {
              try {
                Path folder = TempFiles.directory("gpkg-");
                Path file = folder.resolve("start.gpkg");
                try {
                  GeoPackageManager.create(file.toFile());
                  GeoPackageManager.open(file.toFile()).close();
                } finally {
                  Files.deleteIfExists(file);
                  Files.deleteIfExists(folder);
                }
              } catch (IOException | RuntimeException | LinkageError e) {
                // Only a head start: the reader or writer that needs the library reports it. A
                // JVM that exits meanwhile can fail the classes' initialisation: not worth a word.
              }
            });
  }

  private SpatialReferenceSystem registerSrs(Crs crs) {
    SpatialReferenceSystemDao srsDao = geoPackage.getSpatialReferenceSystemDao();
    try {
      SpatialReferenceSystem srs = srsDao.queryForOrganizationCoordsysId("EPSG", crs.epsgCode());
      if (srs == null) {
        srs = new SpatialReferenceSystem();
        srs.setSrsName(crs.toString());
        srs.setSrsId(crs.epsgCode());
        srs.setOrganization("EPSG");
        srs.setOrganizationCoordsysId(crs.epsgCode());
        srs.setDefinition(crs.toWkt());
        srsDao.create(srs);
      }
      return srs;
    } catch (SQLException e) {
      throw new GeoPackageException("cannot register " + crs + ": " + e.getMessage(), e);
    }
  }

  /**
   * Creates the feature table with every identifier quoted and escaped (attribute names are data: a
   * name holding a quote is a column of that name), then registers it in {@code gpkg_contents} and
   * {@code gpkg_geometry_columns}. The key column is {@code fid} and the geometry column {@code
   * geom}, as GDAL names them, unless an attribute has that name (compared ignoring case, as SQLite
   * does), then {@code mineeco_fid} and {@code geometry}.
   */
  private FeatureDao createTable() {
    String layer = options.layer();
    String key = options.unusedName("fid", "mineeco_fid", "mineeco_fid_");
    StringBuilder create =
        new StringBuilder("CREATE TABLE ")
            .append(quote(layer))
            .append(" (")
            .append(quote(key))
            .append(" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL");
    for (Field f : options.fields()) {
      create.append(", ").append(quote(f.name())).append(' ').append(dataType(f.type()).name());
    }
    create.append(", ").append(quote(geometryColumn)).append(" GEOMETRY)");
    try {
      geoPackage.createGeometryColumnsTable();
      geoPackage.execSQL(create.toString());
      Contents contents = new Contents();
      contents.setTableName(layer);
      contents.setDataType(ContentsDataType.FEATURES);
      contents.setIdentifier(layer);
      contents.setSrs(srs);
      geoPackage.getContentsDao().create(contents);
      GeometryColumns geometryColumns = new GeometryColumns();
      geometryColumns.setContents(contents);
      geometryColumns.setColumnName(geometryColumn);
      geometryColumns.setGeometryType(GeometryType.GEOMETRY);
      geometryColumns.setZ((byte) 0);
      geometryColumns.setM((byte) 0);
      geometryColumns.setSrs(srs);
      geoPackage.getGeometryColumnsDao().create(geometryColumns);
    } catch (SQLException e) {
      throw new GeoPackageException("cannot create table " + layer + ": " + e.getMessage(), e);
    }
    return geoPackage.getFeatureDao(layer);
  }

  private static GeoPackageDataType dataType(FieldType type) {
    return switch (type) {
      case STRING -> GeoPackageDataType.TEXT;
      case INTEGER -> GeoPackageDataType.INTEGER;
      case REAL -> GeoPackageDataType.DOUBLE;
      case BOOLEAN -> GeoPackageDataType.BOOLEAN;
    };
  }

  @Override
  public Path path() {
    return path;
  }

  @Override
  public void write(Feature feature) {
    if (finished) {
      throw new IllegalStateException("writer for " + path + " is closed");
    }
    try {
      long fid = ++rows;
      insert.setLong(1, fid);
      for (int i = 0; i < options.fields().size(); i++) {
        Field f = options.fields().get(i);
        insert.setObject(i + 2, value(feature, f));
      }
      insert.setBytes(options.fields().size() + 2, geometryBytes(feature));
      insert.addBatch();
      index(fid, feature.geometry());
      if (++pendingRows == BATCH_ROWS) {
        flush();
      }
    } catch (SQLException e) {
      throw new BadInputException(
          path, feature.index(), null, "cannot insert: " + e.getMessage(), e);
    }
  }

  private Object value(Feature feature, Field field) {
    try {
      return FieldValues.coerce(feature, field);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(path, feature.index(), field.name(), e.getMessage(), e);
    }
  }

  private byte[] geometryBytes(Feature feature) {
    Geometry geometry = feature.geometry();
    if (geometry == null) {
      return null;
    }
    extent.expandToInclude(geometry.getEnvelopeInternal());
    try {
      return GeoPackageGeometryData.createFromWkbAndBuildEnvelope(srsId, wkbWriter.write(geometry))
          .toBytes();
    } catch (IOException e) {
      throw new BadInputException(path, feature.index(), null, "cannot encode geometry", e);
    }
  }

  /**
   * Adds the geometry's envelope to the R-tree index as it is written (what the GeoPackage
   * extension's own loading would compute afterwards, one SQL function call per row, from the
   * stored blobs); the triggers that keep it current are created on commit.
   */
  private void index(long fid, Geometry geometry) throws SQLException {
    if (geometry == null || geometry.isEmpty()) {
      return;
    }
    Envelope e = geometry.getEnvelopeInternal();
    indexInsert.setLong(1, fid);
    indexInsert.setDouble(2, e.getMinX());
    indexInsert.setDouble(3, e.getMaxX());
    indexInsert.setDouble(4, e.getMinY());
    indexInsert.setDouble(5, e.getMaxY());
    indexInsert.addBatch();
  }

  private void flush() throws SQLException {
    insert.executeBatch();
    indexInsert.executeBatch();
    pendingRows = 0;
  }

  @Override
  public void commit() {
    if (finished) {
      return;
    }
    finished = true;
    try {
      flush();
      insert.close();
      indexInsert.close();
      geoPackage.endTransaction(true);
      rtree.getOrCreate(dao.getTable());
      rtree.createAllFunctions();
      rtree.createAllTriggers(dao.getTable());
      writeExtent();
      geoPackage.close();
      output.commit();
    } catch (SQLException | RuntimeException e) {
      geoPackage.close();
      deleteQuietly(temporary);
      throw new BadInputException(path, "cannot complete GeoPackage: " + e.getMessage(), e);
    }
  }

  private void writeExtent() {
    if (extent.isNull()) {
      return;
    }
    Contents contents = dao.getGeometryColumns().getContents();
    contents.setMinX(extent.getMinX());
    contents.setMinY(extent.getMinY());
    contents.setMaxX(extent.getMaxX());
    contents.setMaxY(extent.getMaxY());
    try {
      geoPackage.getContentsDao().update(contents);
    } catch (SQLException e) {
      throw new GeoPackageException("cannot record the layer extent: " + e.getMessage(), e);
    }
  }

  @Override
  public void abort() {
    if (finished) {
      return;
    }
    finished = true;
    try {
      insert.close();
      indexInsert.close();
      geoPackage.endTransaction(false);
    } catch (SQLException e) {
      // the transaction is rolled back when the connection closes
    } finally {
      geoPackage.close();
    }
    deleteQuietly(temporary);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
      Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-journal"));
    } catch (IOException e) {
      // a leftover hidden temporary file is harmless; the target is untouched
    }
  }
}
