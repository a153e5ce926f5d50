package org.mineeco.io;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats mineeco reads and writes, recognised by file name extension. */
public enum LayerFormat {
  /** GeoJSON (RFC 7946, plus the legacy {@code crs} member); read and write. */
  GEOJSON,
  /** OGC GeoPackage; read and write. */
  GEOPACKAGE,
  /** ESRI Shapefile ({@code .shp/.shx/.dbf/.prj/.cpg}); read only. */
  SHAPEFILE,
  /** CSV with attributes and a WKT geometry column; write only. */
  CSV;

  /**
   * The format of {@code path} by its extension: {@code .geojson}/{@code .json}, {@code .gpkg},
   * {@code .shp}, {@code .csv}.
   *
   * @throws BadInputException naming the file when the extension is none of these
   */
  static LayerFormat of(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".geojson") || name.endsWith(".json")) {
      return GEOJSON;
    }
    if (name.endsWith(".gpkg")) {
      return GEOPACKAGE;
    }
    if (name.endsWith(".shp")) {
      return SHAPEFILE;
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    throw new BadInputException(
        path, "unknown file format: expected .geojson, .json, .gpkg, .shp or .csv");
  }
}
