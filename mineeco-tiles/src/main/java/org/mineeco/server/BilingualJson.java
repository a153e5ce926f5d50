package org.mineeco.server;

import java.util.Objects;
import org.mineeco.vocabulary.Bilingual;

/**
 * Words in both languages as the server's JSON writes them: {@code {"zh": ..., "en": ...}}, Chinese
 * first (a {@link Bilingual} in JSON).
 *
 * @param zh the Chinese words
 * @param en the English words
 */
public record BilingualJson(String zh, String en) {
  public BilingualJson {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  /** The words of {@code words}. */
  public static BilingualJson of(Bilingual words) {
    return new BilingualJson(words.zh(), words.en());
  }
}
