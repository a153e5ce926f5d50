/**
 * Printed map sheets of an analysis, the plans' annex maps (附图): a region or box of the data, its
 * patches coloured by a theme (restoration state, planned period, priority, zones), with zones,
 * corridor bands, regions and rivers, title, legend with counts and areas in 亩, scale bar, north
 * arrow, CGCS2000 graticule, coordinate system and source line, as a vector PDF with an embedded
 * Chinese font or a PNG at a given dpi, drawn once for both. Also the map's display geometry shared
 * with the web map: corridor bands and grown buffer zones ({@link
 * org.mineeco.cartography.DisplayZones}), river names, the analysed patches with their geometry
 * ({@link org.mineeco.cartography.PatchCollector}) and the zone and code labels. Geometries are
 * CGCS2000 lon/lat (EPSG:4490); sheets are projected Gauss-Krüger on the place's central meridian.
 * Entry point: {@link org.mineeco.cartography.MapSheet}.
 */
package org.mineeco.cartography;
