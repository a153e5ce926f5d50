/**
 * The whole analysis of a spec: {@link org.mineeco.analysis.AnalysisJob#run} reads and repairs the
 * patches once, overlays them with the spec's zones and regions, and returns an {@link
 * org.mineeco.analysis.Analysis} whose rows give each patch's areas by zone and band ({@link
 * org.mineeco.units.Area}) and distances by corridor ({@link org.mineeco.units.Length}) through
 * {@link org.mineeco.analysis.ResultColumns}; {@link org.mineeco.analysis.AnalysisWriter} writes
 * its files. Areas are ellipsoidal on CGCS2000/GRS80; distances are metres on the ground.
 */
package org.mineeco.analysis;
