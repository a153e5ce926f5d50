/**
 * Restoration statistics: grouped tables ({@link org.mineeco.stats.GroupedTables}), the seed tables
 * as presets ({@link org.mineeco.stats.Presets}), targets against progress ({@link
 * org.mineeco.stats.Targets}) and year-over-year monitoring ({@link org.mineeco.stats.Monitoring}).
 * Inputs are plain per-patch facts ({@link org.mineeco.stats.PatchFacts}) that the analysis job
 * builds from patches and overlay results; outputs are {@link org.mineeco.report.Table}s. Areas are
 * ellipsoidal areas on the CGCS2000 (GRS80) ellipsoid.
 */
package org.mineeco.stats;
