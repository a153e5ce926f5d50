package org.mineeco.server;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.mineeco.register.Register;

/**
 * What the analysis hands the server for its JSON endpoints: a lookup of one patch's attributes and
 * zone areas by id for {@code /api/patches/{id}}, the catalog behind the summary, filters, search
 * and downloads, and the register behind {@code /api/patches/{id}/history}.
 *
 * @param patch attributes of the patch with this id (JSON-serialisable values: strings, numbers,
 *     booleans, lists, records), or empty when there is none
 * @param catalog the patches behind {@code /api/summary}, {@code /api/meta}, {@code /api/search}
 *     and downloads ({@link PatchCatalog#NONE} when there are none)
 * @param register the register of the inventory served ({@code serve --store}), read only, for each
 *     patch's ledger and history; empty for an analysis or an archive
 */
public record ReportData(
    Function<String, Optional<Map<String, Object>>> patch,
    PatchCatalog catalog,
    Optional<Register> register) {
  /** No patches. */
  public static final ReportData NONE = new ReportData(id -> Optional.empty(), PatchCatalog.NONE);

  public ReportData {
    if (patch == null) {
      throw new IllegalArgumentException("patch lookup must not be null");
    }
    Objects.requireNonNull(catalog, "catalog (use PatchCatalog.NONE)");
    Objects.requireNonNull(register, "register (use Optional.empty())");
  }

  /** A patch lookup and catalog, without a register. */
  public ReportData(Function<String, Optional<Map<String, Object>>> patch, PatchCatalog catalog) {
    this(patch, catalog, Optional.empty());
  }

  /** The register of an inventory map: each patch's ledger and history, and nothing else. */
  public static ReportData of(Register register) {
    return new ReportData(id -> Optional.empty(), PatchCatalog.NONE, Optional.of(register));
  }

  /** A patch lookup without summary, filters, search or downloads. */
  public ReportData(Function<String, Optional<Map<String, Object>>> patch) {
    this(patch, PatchCatalog.NONE);
  }
}
