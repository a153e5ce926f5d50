/**
 * Mapbox Vector Tiles from layers of features: Web Mercator (EPSG:3857) tile math, per-zoom
 * simplification, clipping with a buffer, encoding (extent 4096, buffer 64), a cache of encoded
 * tiles, and PMTiles v3 archives (export and read).
 *
 * <p>Input geometries are lon/lat degrees (CGCS2000 EPSG:4490 or WGS84 EPSG:4326, treated as the
 * same datum for display); tiles follow the XYZ scheme (y = 0 at the north). Entry points: {@link
 * org.mineeco.tile.TileSource} (tiles from features), {@link org.mineeco.tile.PmTilesArchive}
 * (tiles from a file), {@link org.mineeco.tile.PmTilesExport} (write a file).
 */
package org.mineeco.tile;
