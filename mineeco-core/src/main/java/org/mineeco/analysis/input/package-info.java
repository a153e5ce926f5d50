/**
 * What an analysis reads besides its patches: {@link org.mineeco.analysis.input.ZoneLoader} checks
 * the spec against its layers and builds its zones and regions, every feature accounted for (a
 * large indexed layer read only near the patches); {@link org.mineeco.analysis.input.InputFiles}
 * takes the digests of every input file, before the analysis and again after it.
 *
 * <p>Serves {@link org.mineeco.analysis.AnalysisJob}; its public types are public for that job and
 * the cache key, not a supported API (the supported packages are listed in {@code
 * docs/library.md}). Imports nothing of {@code org.mineeco.analysis}.
 */
package org.mineeco.analysis.input;
