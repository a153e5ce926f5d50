package org.mineeco.server;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mineeco.cartography.MapSheet;
import org.mineeco.cartography.SheetInfo;
import org.mineeco.cartography.SheetOptions;

/**
 * The analysed patches behind the server's filter, search and download endpoints. Areas are
 * ellipsoidal (CGCS2000/GRS80); geometries CGCS2000 lon/lat. Implementations are thread-safe.
 */
public interface PatchCatalog {
  /** No patches: the endpoints answer 404. */
  PatchCatalog NONE =
      new PatchCatalog() {
        @Override
        public Map<String, Object> meta() {
          return Map.of();
        }

        @Override
        public Set<String> zones() {
          return Set.of();
        }

        @Override
        public Set<String> bands() {
          return Set.of();
        }

        @Override
        public Set<String> regions() {
          return Set.of();
        }

        @Override
        public Map<String, Object> summary(PatchFilter filter) {
          return Map.of();
        }

        @Override
        public List<Map<String, Object>> search(String query, int limit) {
          return List.of();
        }

        @Override
        public byte[] download(PatchFilter filter, Download what, Language language) {
          return new byte[0];
        }
      };

  /** What a download holds. */
  enum Download {
    /** The filtered patches, one row each, no geometry. */
    PATCHES_CSV,
    /** The filtered patches with their geometries (RFC 7946 GeoJSON, lon/lat). */
    PATCHES_GEOJSON,
    /** The summary table of the filtered patches per zone and band. */
    SUMMARY_CSV
  }

  /** The language of labels and column headers. */
  enum Language {
    ZH,
    EN
  }

  /**
   * What the viewer needs to label and filter: zones with their labels and bands, code labels,
   * regions with their bounds, the last priority rank; empty when there are no patches.
   */
  Map<String, Object> meta();

  /** Zone names a filter may name. */
  Set<String> zones();

  /** Corridor band columns (without unit) a filter may name. */
  Set<String> bands();

  /** Region ids a filter may name. */
  Set<String> regions();

  /** Patch count and area (mu, ha) per zone and band of the patches the filter keeps. */
  Map<String, Object> summary(PatchFilter filter);

  /**
   * Patches whose id and regions whose name or id contain {@code query} (case-insensitive), at most
   * {@code limit} of each, each with its lon/lat bounds.
   */
  List<Map<String, Object>> search(String query, int limit);

  /** The bytes of a download of the patches the filter keeps (CSV: UTF-8 with BOM, CRLF). */
  byte[] download(PatchFilter filter, Download what, Language language);

  /**
   * Writes a printed map sheet ({@link MapSheet}) of the patches the filter keeps to {@code out};
   * {@code options} give the place, theme, paper and format. Catalogs without sheets answer 404.
   *
   * @throws IllegalArgumentException when the options name no place or corridor of the data
   * @throws IllegalStateException when the server has no Chinese font to set the sheet in
   */
  default SheetInfo sheet(PatchFilter filter, SheetOptions options, OutputStream out) {
    throw new RequestError(404, "this server prints no map sheets (serve --spec does)");
  }

  /** Whether there are no patches behind the endpoints. */
  default boolean isEmpty() {
    return meta().isEmpty();
  }
}
