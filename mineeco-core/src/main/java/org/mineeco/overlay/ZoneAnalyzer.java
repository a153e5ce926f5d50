package org.mineeco.overlay;

/** Computes one zone's result for a patch. Implementations are thread-safe. */
interface ZoneAnalyzer {
  ZoneOverlay analyze(LonLatPatch patch);
}
