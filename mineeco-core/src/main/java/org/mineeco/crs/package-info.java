/**
 * Coordinate reference systems (EPSG:4490 CGCS2000, 4326, the CGCS2000 Gauss-Kruger zones
 * 4491-4554, 3857, local transverse Mercator), reprojection, and ellipsoidal areas on GRS80.
 */
package org.mineeco.crs;
