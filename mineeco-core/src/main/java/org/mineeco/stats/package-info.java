/**
 * Restoration statistics: any breakdown given by rows, columns and measures ({@link
 * org.mineeco.stats.TableDefinition}, evaluated by {@link org.mineeco.stats.GroupedTables}), the
 * seed tables as presets ({@link org.mineeco.stats.Presets}), targets against progress ({@link
 * org.mineeco.stats.Targets}) and year-over-year monitoring ({@link org.mineeco.stats.Monitoring}).
 * Inputs are plain per-patch facts ({@link org.mineeco.stats.PatchFacts}) that the analysis job
 * builds from patches and overlay results; outputs are {@link org.mineeco.table.Table}s. Areas are
 * ellipsoidal areas on the CGCS2000 (GRS80) ellipsoid. One counting rule holds in every table: a
 * patch's area is split by band, zone and region and its count (and its mine's) goes to the part
 * with the largest area.
 */
package org.mineeco.stats;
