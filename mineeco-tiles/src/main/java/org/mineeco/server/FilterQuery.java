package org.mineeco.server;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a {@link PatchFilter} from query parameters: {@code state}, {@code status}, {@code period}
 * (comma-separated or repeated), {@code zone}, {@code band}, {@code region}, {@code priority_min},
 * {@code priority_max}. Any other parameter, and any value the catalog does not know, is a 400
 * naming it.
 */
final class FilterQuery {
  static final Set<String> FILTER_PARAMETERS =
      Set.of("state", "status", "period", "zone", "band", "region", "priority_min", "priority_max");

  private FilterQuery() {}

  /** The filter of {@code params}; {@code others} are further parameters the caller reads. */
  static PatchFilter parse(
      Map<String, List<String>> params, PatchCatalog catalog, Set<String> others) {
    for (String name : params.keySet()) {
      if (!FILTER_PARAMETERS.contains(name) && !others.contains(name)) {
        Set<String> known = new TreeSet<>(FILTER_PARAMETERS);
        known.addAll(others);
        throw new RequestError(
            400, "unknown query parameter '" + name + "' (expected one of " + known + ")");
      }
    }
    try {
      return new PatchFilter(
          values(params, "state"),
          values(params, "status"),
          values(params, "period"),
          known(params, "zone", catalog.zones()),
          known(params, "band", catalog.bands()),
          known(params, "region", catalog.regions()),
          rank(params, "priority_min", 1),
          rank(params, "priority_max", Integer.MAX_VALUE));
    } catch (IllegalArgumentException e) {
      throw new RequestError(400, e.getMessage());
    }
  }

  /** The single value of {@code name}, or {@code null} when it is absent. */
  static String single(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw new RequestError(400, "query parameter '" + name + "' must be given once");
    }
    return values.get(0).strip();
  }

  private static Set<String> values(Map<String, List<String>> params, String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String value : params.getOrDefault(name, List.of())) {
      for (String part : value.split(",", -1)) {
        if (part.isBlank()) {
          throw new RequestError(400, "query parameter '" + name + "' has an empty value");
        }
        out.add(part.strip());
      }
    }
    return out;
  }

  private static String known(Map<String, List<String>> params, String name, Set<String> known) {
    String value = single(params, name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (!known.contains(value)) {
      throw new RequestError(
          400,
          name
              + " must be one of "
              + (known.size() > 20 ? known.size() + " known values" : new TreeSet<>(known))
              + ", was '"
              + value
              + "'");
    }
    return value;
  }

  private static int rank(Map<String, List<String>> params, String name, int absent) {
    String value = single(params, name);
    if (value == null || value.isEmpty()) {
      return absent;
    }
    try {
      int rank = Integer.parseInt(value);
      if (rank < 1) {
        throw new RequestError(400, name + " must be a rank >= 1, was " + rank);
      }
      return rank;
    } catch (NumberFormatException e) {
      throw new RequestError(400, name + " must be an integer rank >= 1, was '" + value + "'");
    }
  }
}
