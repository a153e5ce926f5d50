package org.mineeco.server;

import java.util.Objects;

/**
 * A key with its words, as the viewer reads a coded value ({@code {"key": "policy_closed", "zh":
 * ..., "en": ...}}) or a summary column.
 *
 * @param key the key in tiles, filters and URLs, or the column's member in the summary rows
 * @param zh the Chinese words
 * @param en the English words
 */
public record KeyLabel(String key, String zh, String en) {
  public KeyLabel {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("a label's key must not be blank, was '" + key + "'");
    }
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }
}
