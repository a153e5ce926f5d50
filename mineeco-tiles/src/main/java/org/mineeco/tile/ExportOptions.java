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
    if (minZoom < 0 || maxZoom > TileId.MAX_ZOOM || minZoom > maxZoom) {
      throw new IllegalArgumentException(
          "export zooms must satisfy 0 <= minZoom <= maxZoom <= "
              + TileId.MAX_ZOOM
              + ", was "
              + minZoom
              + ".."
              + maxZoom);
    }
  }
}
