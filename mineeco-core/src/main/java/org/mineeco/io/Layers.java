package org.mineeco.io;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Envelope;
import org.mineeco.crs.Crs;

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
   * Opens the part of a layer that its spatial index places where {@code filter} accepts it (see
   * {@link PartialReader}), when the layer has such an index (a GeoPackage table's R-tree) and at
   * least {@code minimum} features; empty otherwise, when the layer is to be read whole. The filter
   * is asked for only then.
   *
   * @throws BadInputException naming the file when it is missing or malformed
   */
  public static Optional<PartialReader> openPartial(
      Path path, ReadOptions options, long minimum, Supplier<SpatialFilter> filter) {
    return LayerFormat.of(path) == LayerFormat.GEOPACKAGE
        ? GeoPackageReader.openPartial(path, options, minimum, filter)
        : Optional.empty();
  }

  /**
   * Passes the envelope of every feature that has a geometry to {@code sink}: from the layer's
   * spatial index when it has one (a GeoPackage table's R-tree), without reading the geometries;
   * else from the geometries read. Returns the layer's CRS (of the envelopes).
   *
   * @throws BadInputException naming the file when it is missing or malformed
   */
  public static Crs envelopes(Path path, ReadOptions options, Consumer<Envelope> sink) {
    if (LayerFormat.of(path) == LayerFormat.GEOPACKAGE) {
      Optional<Crs> indexed = GeoPackageReader.envelopes(path, options, sink);
      if (indexed.isPresent()) {
        return indexed.get();
      }
    }
    try (FeatureReader reader = open(path, options)) {
      reader.forEachRemaining(
          f -> {
            if (f.geometry() != null && !f.geometry().isEmpty()) {
              sink.accept(f.geometry().getEnvelopeInternal());
            }
          });
      return reader.crs();
    }
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
