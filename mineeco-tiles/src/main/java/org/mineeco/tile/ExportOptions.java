package org.mineeco.tile;

/**
 * Which zooms {@link PmTilesExport} writes.
 *
 * @param minZoom lowest zoom written
 * @param maxZoom highest zoom written (clients overzoom beyond it)
 */
public record ExportOptions(int minZoom, int maxZoom) {
  /** Zooms 0 to 14. */
  public static final ExportOptions DEFAULT = new ExportOptions(0, 14);

  public ExportOptions {
    TileId.checkZoomRange("export", minZoom, maxZoom);
  }
}
