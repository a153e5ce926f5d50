package org.mineeco.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mineeco.io.Feature;

/**
 * Which patch features are analysed: field name → accepted values. A feature is selected when every
 * field (looked up case-insensitively, value trimmed, compared as text) holds one of its values, so
 * {@code {TBDL: [10], KCFS: [A]}} selects open-pit legacy patches. The empty selection keeps every
 * feature. Immutable and thread-safe.
 *
 * @param where field → accepted values, in the order conditions are checked
 */
public record PatchSelection(Map<String, List<String>> where) {
  /** Every feature. */
  public static final PatchSelection ALL = new PatchSelection(Map.of());

  public PatchSelection {
    if (where == null) {
      throw new IllegalArgumentException("selection must be a map of field to values, was null");
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : where.entrySet()) {
      if (e.getKey() == null || e.getKey().isBlank()) {
        throw new IllegalArgumentException(
            "selection fields need a name, was '" + e.getKey() + "'");
      }
      if (e.getValue() == null || e.getValue().isEmpty()) {
        throw new IllegalArgumentException(
            "selection field " + e.getKey() + " needs at least one value, was " + e.getValue());
      }
      copy.put(e.getKey(), e.getValue().stream().map(String::strip).toList());
    }
    where = java.util.Collections.unmodifiableMap(copy);
  }

  /** Why {@code feature} is left out, or {@code null} when it is selected. */
  public String reason(Feature feature) {
    for (Map.Entry<String, List<String>> condition : where.entrySet()) {
      String value = feature.getString(condition.getKey());
      String text = value == null ? null : value.strip();
      if (text == null || !condition.getValue().contains(text)) {
        return condition.getKey()
            + (text == null ? " is missing" : " is '" + text + "'")
            + ", not one of "
            + condition.getValue();
      }
    }
    return null;
  }
}
