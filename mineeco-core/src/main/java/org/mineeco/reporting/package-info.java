/**
 * Restoration statistics of an analysis: maps every analysed patch to {@link
 * org.mineeco.stats.PatchFacts}, the region layer to {@link org.mineeco.stats.Region}s and a
 * previous survey snapshot to {@link org.mineeco.stats.SnapshotPatch}es, then builds the preset,
 * targets and monitoring tables. Entry point {@link org.mineeco.reporting.Reporting}. Areas are
 * ellipsoidal on CGCS2000 (GRS80); snapshot geometries are CGCS2000 lon/lat (EPSG:4490).
 */
package org.mineeco.reporting;
