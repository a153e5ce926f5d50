package org.mineeco.server;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mineeco.cartography.MapSheet;
import org.mineeco.cartography.SheetInfo;
import org.mineeco.cartography.SheetOptions;
import org.mineeco.vocabulary.Language;

/**
 * The analysed patches behind the server's filter, search and download endpoints. Areas are
 * ellipsoidal (CGCS2000/GRS80); geometries CGCS2000 lon/lat. Implementations are thread-safe.
 */
public interface PatchCatalog {
  /** No patches and no labels: the endpoints answer 404. */
  PatchCatalog NONE = new LabelCatalog(Optional.empty());

  /**
   * A catalog of labels without patches, such as the labels an exported archive carries: {@link
   * #meta()} is {@code meta}, {@link #isEmpty()} is true, so the filter, search and download
   * endpoints answer 404 while the viewer can still label and filter what the tiles hold.
   */
  static PatchCatalog labelsOnly(CatalogMeta meta) {
    return new LabelCatalog(Optional.of(meta));
  }

  /** What a download holds. */
  enum Download {
    /** The filtered patches, one row each, no geometry. */
    PATCHES_CSV,
    /** The filtered patches with their geometries (RFC 7946 GeoJSON, lon/lat). */
    PATCHES_GEOJSON,
    /** The summary table of the filtered patches per zone and band. */
    SUMMARY_CSV
  }

  /**
   * What the viewer needs to label and filter: zones with their labels and bands, code labels,
   * regions with their bounds, the last priority rank; empty when there are no patches.
   */
  Optional<CatalogMeta> meta();

  /** Zone names a filter may name. */
  Set<String> zones();

  /** Corridor band columns (without unit) a filter may name. */
  Set<String> bands();

  /** Region ids a filter may name. */
  Set<String> regions();

  /** Patch count and area (mu, ha) per zone and band of the patches the filter keeps. */
  SummaryJson summary(PatchFilter filter);

  /**
   * Patches whose id and regions whose name or id contain {@code query} (case-insensitive), at most
   * {@code limit} of each, each with its lon/lat bounds.
   */
  List<SearchHit> search(String query, int limit);

  /**
   * A download of the patches the filter keeps: its bytes (CSV: UTF-8 with BOM, CRLF, a first line
   * stating the filter in words) and a file name stating the filter.
   */
  DownloadFile download(PatchFilter filter, Download what, Language language);

  /**
   * A downloaded file.
   *
   * @param name the file name in the download's language, naming the filter, e.g. {@code
   *     图斑表_未治理_生态保护红线.csv}; never holds a path separator or a character Windows refuses
   * @param asciiName the same in printable ASCII (the filter's keys), for clients that cannot read
   *     an RFC 6266 {@code filename*}
   * @param bytes the content
   */
  record DownloadFile(String name, String asciiName, byte[] bytes) {
    public DownloadFile {
      if (name.isBlank() || !asciiName.matches("[A-Za-z0-9._+-]+")) {
        throw new IllegalArgumentException(
            "file names must not be blank, ASCII name [A-Za-z0-9._+-]+, were '"
                + name
                + "' and '"
                + asciiName
                + "'");
      }
    }
  }

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

  /** Whether there are no patches behind the endpoints (the default: no labels either). */
  default boolean isEmpty() {
    return meta().isEmpty();
  }
}
