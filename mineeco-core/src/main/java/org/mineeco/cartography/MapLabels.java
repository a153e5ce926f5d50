package org.mineeco.cartography;

import java.util.Locale;
import org.mineeco.model.Labelled;
import org.mineeco.units.Length;

/**
 * The keys of the web map's and the printed sheets' coded values (in tiles, filters and URLs) with
 * their words, which come from the shared {@link org.mineeco.vocabulary.Vocabulary}; zones and
 * bands are named by the analysis's {@link org.mineeco.vocabulary.Labels}. Stateless and
 * thread-safe.
 */
public final class MapLabels {
  private MapLabels() {}

  /** A band edge in whole metres. */
  public static long metres(Length edge) {
    return Math.round(edge.metres());
  }

  /** The key of a coded value in tiles, filters and URLs, e.g. {@code policy_closed}. */
  public static String key(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** The label in the language: Chinese when {@code zh}. */
  public static String in(boolean zh, Labelled labels) {
    return zh ? labels.chineseLabel() : labels.label();
  }
}
