package org.mineeco.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.mineeco.register.Register;

/**
 * What the analysis hands the server for its JSON endpoints: the summary served at {@code
 * /api/summary}, a lookup of one patch's attributes and zone areas by id for {@code
 * /api/patches/{id}}, the catalog behind filters, search and downloads, and the register behind
 * {@code /api/patches/{id}/history}. Values must be JSON-serialisable (maps, lists, strings,
 * numbers, booleans).
 *
 * @param summary the summary document; the viewer reads {@code title}, {@code units}, {@code rows}
 *     (a list of maps, each with a {@code label} and numeric columns), {@code chart} (the column to
 *     chart) and {@code patch_count} (the last priority rank)
 * @param patch attributes of the patch with this id, or empty when there is none
 * @param catalog the patches behind {@code /api/meta}, {@code /api/search}, filtered summaries and
 *     downloads ({@link PatchCatalog#NONE} when there are none)
 * @param register the register of the inventory served ({@code serve --store}), read only, for each
 *     patch's ledger and history; empty for an analysis or an archive
 */
public record ReportData(
    Map<String, Object> summary,
    Function<String, Optional<Map<String, Object>>> patch,
    PatchCatalog catalog,
    Optional<Register> register) {
  /** No summary and no patches. */
  public static final ReportData NONE = new ReportData(Map.of(), id -> Optional.empty());

  public ReportData {
    summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    if (patch == null) {
      throw new IllegalArgumentException("patch lookup must not be null");
    }
    Objects.requireNonNull(catalog, "catalog (use PatchCatalog.NONE)");
    Objects.requireNonNull(register, "register (use Optional.empty())");
  }

  /** A summary, patch lookup and catalog, without a register. */
  public ReportData(
      Map<String, Object> summary,
      Function<String, Optional<Map<String, Object>>> patch,
      PatchCatalog catalog) {
    this(summary, patch, catalog, Optional.empty());
  }

  /** The register of an inventory map: each patch's ledger and history, and nothing else. */
  public static ReportData of(Register register) {
    return new ReportData(
        Map.of(), id -> Optional.empty(), PatchCatalog.NONE, Optional.of(register));
  }

  /** A summary and patch lookup without filters, search or downloads. */
  public ReportData(
      Map<String, Object> summary, Function<String, Optional<Map<String, Object>>> patch) {
    this(summary, patch, PatchCatalog.NONE);
  }
}
