/**
 * Streaming readers and atomic writers for GeoJSON, GeoPackage, Shapefile (read) and CSV (write),
 * behind one API: {@link org.mineeco.io.Layers}.
 */
package org.mineeco.io;
