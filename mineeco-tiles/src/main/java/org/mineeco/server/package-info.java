/**
 * The HTTP tile server (Javalin 7 on Jetty 12): vector tiles and TileJSON for web maps, the map
 * viewer, and JSON endpoints for the analysis summary and patches, with filters ({@link
 * org.mineeco.server.PatchFilter}), search and downloads answered by a {@link
 * org.mineeco.server.PatchCatalog}. Tiles are Web Mercator (EPSG:3857) XYZ; bounds and centres are
 * lon/lat degrees. Entry point: {@link org.mineeco.server.TileServer}.
 */
package org.mineeco.server;
