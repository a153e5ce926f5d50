/**
 * Where the analysed features are kept: {@link org.mineeco.analysis.store.PatchStore} holds every
 * feature of one analysis (outcome, repaired geometry, overlay) and its ingest report in a compact
 * file that the writers replay, so that the patch layer is read once; {@link
 * org.mineeco.analysis.store.AnalysisCache} keeps such files keyed by the digest of the spec and
 * every input file, to replay an unchanged analysis. The binary record format is package-private.
 *
 * <p>Serves {@link org.mineeco.analysis.AnalysisJob} and {@link org.mineeco.analysis.write}; its
 * public types are public for them, not a supported API (the supported packages are listed in
 * {@code docs/library.md}). Imports nothing of {@code org.mineeco.analysis} but {@link
 * org.mineeco.analysis.input.InputFiles}, the cache key.
 */
package org.mineeco.analysis.store;
