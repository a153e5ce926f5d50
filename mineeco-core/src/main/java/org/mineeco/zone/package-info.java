/**
 * Named zone layers for the overlay: river {@link org.mineeco.zone.Corridor corridors} with
 * distance bands, {@link org.mineeco.zone.PolygonZone polygon zones} (red lines, basic farmland),
 * {@link org.mineeco.zone.BufferZone buffer zones} (three zones two lines) and the admin {@link
 * org.mineeco.zone.RegionLayer region layer}. Geometries are converted once to CGCS2000 lon/lat
 * (EPSG:4490) and invalid ones repaired with JTS {@code GeometryFixer}; every repair is listed.
 */
package org.mineeco.zone;
