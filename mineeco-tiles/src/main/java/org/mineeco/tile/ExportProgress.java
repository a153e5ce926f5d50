package org.mineeco.tile;

/**
 * Told by {@link PmTilesExport} how far it is, after each group of tiles, from the thread that
 * writes the archive. Implementations decide how often to show it.
 */
@FunctionalInterface
public interface ExportProgress {
  /** Says nothing. */
  ExportProgress NONE = (zoom, tilesDone, tilesTotal, tilesWritten) -> {};

  /**
   * @param zoom the zoom being written
   * @param tilesDone tiles looked at so far (written or empty), over all zooms
   * @param tilesTotal tiles to look at: those covering the data's bounds at every zoom
   * @param tilesWritten non-empty tiles written so far
   */
  void progress(int zoom, long tilesDone, long tilesTotal, long tilesWritten);
}
