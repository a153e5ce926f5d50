/**
 * The web map of an analysis: the tile layers ({@code patches}, {@code corridors}, the polygon
 * zones, {@code three_zones_two_lines}, {@code regions}, {@code rivers}, {@code labels}) and the
 * server's summary, patch lookup and patch catalog (filters, search, Chinese and English labels,
 * CSV and GeoJSON downloads), built from one run of the analysis job. Tile geometries are CGCS2000
 * lon/lat (EPSG:4490); displayed corridor bands and buffer zones are approximate, while every
 * number comes from the exact ellipsoidal overlay. Entry point: {@link org.mineeco.map.WebMap}.
 */
package org.mineeco.map;
