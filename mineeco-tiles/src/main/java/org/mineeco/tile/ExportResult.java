package org.mineeco.tile;

/**
 * What {@link PmTilesExport} wrote.
 *
 * @param addressedTiles non-empty tiles
 * @param tileEntries directory entries (runs of identical consecutive tiles count once)
 * @param tileContents distinct tile contents stored
 * @param leafDirectories leaf directories (0 when the root directory holds every entry)
 * @param fileBytes size of the archive
 */
public record ExportResult(
    long addressedTiles,
    long tileEntries,
    long tileContents,
    int leafDirectories,
    long fileBytes) {}
