package org.mineeco.spec;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Refuses keys a spec mapping does not know, suggesting the nearest known one (also for the command
 * line's option values). Stateless.
 */
public final class Keys {
  private Keys() {}

  /**
   * Checks that every key of {@code node} is in {@code known}.
   *
   * @param key where {@code node} sits in the spec, e.g. {@code zones[2]} ("" for the root)
   * @param known the keys allowed there
   * @throws SpecException naming the first unknown key, with a "did you mean" when one is close
   */
  static void requireKnown(
      Path file, String key, Map<String, Object> node, Collection<String> known) {
    for (String name : node.keySet()) {
      if (!known.contains(name)) {
        throw new SpecException(file, join(key, name), "unknown key" + hint(name, known));
      }
    }
  }

  /** {@code " (did you mean 'x'?)"} for a close match, else {@code "; expected one of: ..."}. */
  public static String hint(String name, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    if (best != null && bestDistance <= Math.max(1, Math.min(2, name.length() / 3))) {
      return " (did you mean '" + best + "'?)";
    }
    return "; expected one of: " + known.stream().sorted().collect(Collectors.joining(", "));
  }

  /** Edits (insert, delete, substitute, swap two neighbours) from {@code a} to {@code b}. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  static String join(String key, String name) {
    return key.isEmpty() ? name : key + "." + name;
  }
}
