package org.mineeco.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the analysis hands the server for its JSON endpoints: the summary served at {@code
 * /api/summary}, a lookup of one patch's attributes and zone areas by id for {@code
 * /api/patches/{id}}, and the catalog behind filters, search and downloads. Values must be
 * JSON-serialisable (maps, lists, strings, numbers, booleans).
 *
 * @param summary the summary document; the viewer reads {@code title}, {@code units}, {@code rows}
 *     (a list of maps, each with a {@code label} and numeric columns), {@code chart} (the column to
 *     chart) and {@code patch_count} (the last priority rank)
 * @param patch attributes of the patch with this id, or empty when there is none
 * @param catalog the patches behind {@code /api/meta}, {@code /api/search}, filtered summaries and
 *     downloads ({@link PatchCatalog#NONE} when there are none)
 */
public record ReportData(
    Map<String, Object> summary,
    Function<String, Optional<Map<String, Object>>> patch,
    PatchCatalog catalog) {
  /** No summary and no patches. */
  public static final ReportData NONE = new ReportData(Map.of(), id -> Optional.empty());

  public ReportData {
    summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    if (patch == null) {
      throw new IllegalArgumentException("patch lookup must not be null");
    }
    Objects.requireNonNull(catalog, "catalog (use PatchCatalog.NONE)");
  }

  /** A summary and patch lookup without filters, search or downloads. */
  public ReportData(
      Map<String, Object> summary, Function<String, Optional<Map<String, Object>>> patch) {
    this(summary, patch, PatchCatalog.NONE);
  }
}
