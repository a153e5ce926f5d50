package org.mineeco.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the analysis hands the server for its JSON endpoints: the summary served at {@code
 * /api/summary} and a lookup of one patch's attributes and zone areas by id for {@code
 * /api/patches/{id}}. Values must be JSON-serialisable (maps, lists, strings, numbers, booleans).
 *
 * @param summary the summary document; the viewer reads {@code title}, {@code units}, {@code rows}
 *     (a list of maps, each with a {@code label} and numeric columns), {@code chart} (the column to
 *     chart) and {@code patch_count} (the last priority rank)
 * @param patch attributes of the patch with this id, or empty when there is none
 */
public record ReportData(
    Map<String, Object> summary, Function<String, Optional<Map<String, Object>>> patch) {
  /** No summary and no patches. */
  public static final ReportData NONE = new ReportData(Map.of(), id -> Optional.empty());

  public ReportData {
    summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    if (patch == null) {
      throw new IllegalArgumentException("patch lookup must not be null");
    }
  }
}
