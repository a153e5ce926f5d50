package org.mineeco.map;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.mineeco.model.Labelled;
import org.mineeco.server.PatchCatalog.Download;
import org.mineeco.units.Length;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Vocabulary;

/**
 * The map's keys and words: the keys of coded values in tiles, filters and URLs, and the words of
 * the filters and downloads, from the shared {@link Vocabulary} (zones and bands are named by the
 * analysis's {@link org.mineeco.vocabulary.Labels}).
 */
final class MapLabels {
  /** The filter dimensions the viewer offers and downloads name, in the viewer's order. */
  private static final Map<String, Bilingual> FILTERS = filterLabels();

  private MapLabels() {}

  private static Map<String, Bilingual> filterLabels() {
    Map<String, Bilingual> filters = new LinkedHashMap<>();
    filters.put("state", Vocabulary.term("dimension.state"));
    filters.put("status", Vocabulary.term("dimension.status"));
    filters.put("period", Vocabulary.term("dimension.period"));
    filters.put("zone", Vocabulary.term("dimension.zone"));
    filters.put("band", Vocabulary.term("dimension.band"));
    filters.put("region", Vocabulary.term("word.region"));
    filters.put("priority", Vocabulary.term("dimension.priority"));
    return Collections.unmodifiableMap(filters);
  }

  /**
   * The words of each filter dimension, by its query parameter ({@code priority} for {@code
   * priority_min} and {@code priority_max}), in the viewer's order.
   */
  static Map<String, Bilingual> filters() {
    return FILTERS;
  }

  /** The base name of a download's file, e.g. 图斑表 / patches. */
  static Bilingual download(Download what) {
    return Vocabulary.term("download." + what.name().toLowerCase(Locale.ROOT));
  }

  /** A band edge in whole metres. */
  static long metres(Length edge) {
    return Math.round(edge.metres());
  }

  /** {@code {"key": ..., "zh": ..., "en": ...}} of a coded value. */
  static Map<String, Object> code(Enum<?> value, Labelled labels) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("key", key(value));
    out.put("zh", labels.chineseLabel());
    out.put("en", labels.label());
    return out;
  }

  /** The key of a coded value in tiles, filters and URLs, e.g. {@code policy_closed}. */
  static String key(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** The label in the language: Chinese when {@code zh}. */
  static String in(boolean zh, Labelled labels) {
    return zh ? labels.chineseLabel() : labels.label();
  }
}
