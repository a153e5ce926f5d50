package org.mineeco.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one bilingual dictionary of the plans' terms (DESIGN §2, §5): mine statuses, damage types,
 * restoration modes and states, periods, zones, dimensions, measures and the words of a table's
 * layout, in Chinese and readable English. Tables, charts, workbooks, the web map, the command line
 * and the API all take their words from here, so that one thing has one name everywhere. The terms
 * are the resource {@code terms.tsv} beside this class (key, Chinese, English); survey-code enums
 * are keyed {@code <EnumClass>.<CONSTANT>}. Immutable and thread-safe.
 */
public final class Vocabulary {
  private static final String RESOURCE = "terms.tsv";
  private static final Map<String, Bilingual> TERMS = load();

  private Vocabulary() {}

  /**
   * The term {@code key}, e.g. {@code measure.patches} or {@code MineStatus.PRODUCING}.
   *
   * @throws IllegalArgumentException when the dictionary has no such term
   */
  public static Bilingual term(String key) {
    Bilingual term = TERMS.get(key);
    if (term == null) {
      throw new IllegalArgumentException("the vocabulary has no term '" + key + "'");
    }
    return term;
  }

  /** The term {@code key}, or empty when the dictionary has none. */
  public static Optional<Bilingual> find(String key) {
    return Optional.ofNullable(TERMS.get(key));
  }

  /**
   * The words of an enum value, keyed {@code <EnumClass>.<CONSTANT>}.
   *
   * @throws IllegalArgumentException when the dictionary has no such term
   */
  public static Bilingual of(Enum<?> value) {
    return term(value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  private static Map<String, Bilingual> load() {
    Map<String, Bilingual> terms = new LinkedHashMap<>();
    try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the vocabulary resource " + RESOURCE + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != 3 || cells[0].isBlank() || cells[1].isBlank() || cells[2].isBlank()) {
          throw new IllegalStateException(
              RESOURCE
                  + " line "
                  + number
                  + ": expected key, Chinese, English, was '"
                  + line
                  + "'");
        }
        if (terms.put(cells[0], new Bilingual(cells[2], cells[1])) != null) {
          throw new IllegalStateException(
              RESOURCE + " line " + number + ": term '" + cells[0] + "' repeats");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the vocabulary resource " + RESOURCE, e);
    }
    return Collections.unmodifiableMap(terms);
  }
}
