/**
 * Writes an {@link org.mineeco.analysis.Analysis}: {@link
 * org.mineeco.analysis.write.AnalysisWriter} (options in {@link
 * org.mineeco.analysis.write.OutputOptions}) puts {@code patches.csv}, {@code patches.gpkg}, {@code
 * declared_area.csv}, {@code summary.csv}, {@code repairs.csv} and {@code zones.csv} in a folder,
 * or the tables {@code patches}, {@code summary} and {@code repairs} in a PostGIS schema, from one
 * replay of the analysis's store. The ledger of input attributes (their output names), the
 * GeoPackage written on a thread of its own and the CSV files beside it are package-private. Areas
 * are ellipsoidal (CGCS2000/GRS80) m²; distances metres on the ground.
 */
package org.mineeco.analysis.write;
