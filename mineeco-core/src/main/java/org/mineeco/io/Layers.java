package org.mineeco.io;

import java.nio.file.Path;

/**
 * The entry point for reading and writing layers in every supported format, chosen by file
 * extension (see {@link LayerFormat}).
 */
public final class Layers {
  /**
   * The attribute holding a GeoJSON Feature's own {@code "id"} member (beside its properties), so
   * that a spec can name it as the id field: {@code id: $id}.
   */
  public static final String FEATURE_ID = "$id";

  private Layers() {}

  /**
   * Opens a layer for streaming.
   *
   * @throws BadInputException naming the file when it is missing, malformed, or of unknown CRS
   */
  public static FeatureReader open(Path path, ReadOptions options) {
    return switch (LayerFormat.of(path)) {
      case GEOJSON -> GeoJsonReader.open(path, options);
      case GEOPACKAGE -> GeoPackageReader.open(path, options);
      case SHAPEFILE -> ShapefileReader.open(path, options);
      case CSV -> throw new BadInputException(path, "CSV is an output format and cannot be read");
    };
  }

  /**
   * Starts the library behind {@code format} on a background thread when it has one to start
   * (GeoPackage: SQLite and NGA, about 0.4 s on first use), so that a reader or writer created
   * later, for example after an analysis, does not wait for it; returns at once.
   */
  public static void prepare(LayerFormat format) {
    if (format == LayerFormat.GEOPACKAGE) {
      GeoPackageWriter.startLibrary();
    }
  }

  /**
   * Creates a layer; features appear under {@code path} when the writer is closed.
   *
   * @throws IllegalArgumentException when geometries are left out of a format other than CSV
   */
  public static FeatureWriter create(Path path, WriteOptions options) {
    LayerFormat format = LayerFormat.of(path);
    if (!options.geometry() && format != LayerFormat.CSV) {
      throw new IllegalArgumentException(
          path + ": only CSV can be written without geometries, not " + format);
    }
    return switch (format) {
      case GEOJSON -> GeoJsonWriter.create(path, options);
      case GEOPACKAGE -> GeoPackageWriter.create(path, options);
      case CSV -> CsvWriter.create(path, options);
      case SHAPEFILE ->
          throw new BadInputException(path, "Shapefile is read only: write .gpkg or .geojson");
    };
  }
}
