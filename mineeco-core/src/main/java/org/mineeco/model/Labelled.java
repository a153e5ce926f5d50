package org.mineeco.model;

import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Vocabulary;

/**
 * A category with its words in both languages, from the shared {@link Vocabulary}, as tables, the
 * map and the command line print it. Implemented by enums, whose words are the dictionary's terms
 * {@code <EnumClass>.<CONSTANT>}.
 */
public interface Labelled {
  /** The category's words, e.g. 自然恢复 / natural recovery. */
  default Bilingual words() {
    return Vocabulary.of((Enum<?>) this);
  }

  /** The English label, e.g. {@code natural recovery}. */
  default String label() {
    return words().en();
  }

  /** The Chinese label used in the survey and the plans, e.g. {@code 自然恢复}. */
  default String chineseLabel() {
    return words().zh();
  }
}
