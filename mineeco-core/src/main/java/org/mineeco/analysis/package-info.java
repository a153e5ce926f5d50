/**
 * The whole analysis of a spec and its typed results. {@link org.mineeco.analysis.AnalysisJob#run}
 * (options in {@link org.mineeco.analysis.AnalysisOptions}) reads and repairs the patches once,
 * overlays them with the spec's zones and regions, and returns an {@link
 * org.mineeco.analysis.Analysis}: one {@link org.mineeco.analysis.PatchRow} per input feature with
 * its areas by zone and band ({@link org.mineeco.units.Area}) and distances by corridor ({@link
 * org.mineeco.units.Length}) named by {@link org.mineeco.analysis.ResultColumns}, and the summary
 * by zone and band ({@link org.mineeco.analysis.ZoneSummary}, {@link
 * org.mineeco.analysis.SummaryRow}). Areas are ellipsoidal on CGCS2000/GRS80; distances are metres
 * on the ground.
 *
 * <p>The job uses the packages below it and none uses it back: {@link org.mineeco.analysis.input}
 * (the spec's zone and region layers, the digests of its files), {@link org.mineeco.analysis.store}
 * (the analysed features in a file, and the cache of such files). {@link
 * org.mineeco.analysis.write} writes an analysis's files and tables, above this package.
 */
package org.mineeco.analysis;
