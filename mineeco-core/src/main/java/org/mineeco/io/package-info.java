/**
 * Streaming readers and atomic writers for GeoJSON, GeoPackage, Shapefile (read) and CSV (write),
 * behind one API: {@link org.mineeco.io.Layers}. Every CSV the project writes or reads uses one
 * dialect, {@link org.mineeco.io.CsvDialect} (Apache Commons CSV, RFC 4180, CRLF, UTF-8 with a
 * byte-order mark by default).
 */
package org.mineeco.io;
