/**
 * mineeco-core, the library: {@link org.mineeco.Mineeco} is where to start.
 *
 * <p>The supported API, kept stable: {@code org.mineeco} (the entry point), {@code
 * org.mineeco.spec} (the analysis spec), {@code org.mineeco.analysis} (the analysis and its typed
 * results), {@code org.mineeco.analysis.write} (its files and tables), {@code org.mineeco.units}
 * and {@code org.mineeco.vocabulary} (areas, lengths and the words readers see).
 *
 * <p>The pieces, public for the application and for those who build an analysis by hand, not yet
 * narrowed to a few types each: {@code io}, {@code crs}, {@code zone}, {@code ingest}, {@code
 * overlay}, {@code model}, {@code priority}, {@code stats}, {@code reporting}, {@code report},
 * {@code postgis}, {@code inventory}, {@code register}, {@code cartography}.
 *
 * <p>Internal, public only to serve the packages above and changed without notice: {@code
 * org.mineeco.analysis.input} and {@code org.mineeco.analysis.store}.
 */
package org.mineeco;
