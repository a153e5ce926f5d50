package org.mineeco.analysis.write;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mineeco.analysis.Analysis;
import org.mineeco.ingest.PatchOutcome;
import org.mineeco.io.Field;
import org.mineeco.io.FieldType;
import org.mineeco.vocabulary.Bilingual;

/**
 * The input attributes of the patch layer beside the results (一矿一策台账): every source field but the
 * id, with its values as read and its type over the layer ({@link Analysis#inputFields()}), under
 * its own name. Attribute names are data: a name is kept as it is (quotes, spaces, any script)
 * unless it would collide with a column of the outputs' own, the result columns and the key and
 * geometry columns {@code fid} and {@code geom}, compared as GeoPackage and PostgreSQL compare them
 * (ignoring case, and in their first {@value #MAX_NAME_BYTES} bytes of UTF-8, PostgreSQL's limit);
 * then it is written as {@code input_<name>}, or {@code input_<name>_2}, {@code _3}, ... until it
 * is distinct (cut to fit the limit), and the rename is listed ({@link #renames()}). A blank name
 * is written as {@code input_<n>}, its position among the fields. Immutable.
 */
final class SurveyLedger {
  static final int MAX_NAME_BYTES = 63;
  private static final String PREFIX = "input_";
  private static final List<String> OWN_COLUMNS = List.of("fid", "geom");

  private final List<String> sourceNames;
  private final List<Field> fields;
  private final List<Bilingual> renames;

  private SurveyLedger(Map<String, FieldType> sources, Set<String> taken) {
    this.sourceNames = new ArrayList<>();
    this.fields = new ArrayList<>();
    this.renames = new ArrayList<>();
    Set<String> used = new HashSet<>();
    taken.forEach(name -> used.add(key(name)));
    int position = 0;
    for (Map.Entry<String, FieldType> source : sources.entrySet()) {
      position++;
      String name = source.getKey();
      String column = name.isBlank() ? PREFIX + position : distinct(name, used);
      used.add(key(column));
      if (!column.equals(name)) {
        renames.add(
            name.isBlank()
                ? Bilingual.format(
                    "input field '%s' is written as '%s' (a column needs a name)",
                    "输入字段“%s”写作“%s”（字段须有名称）", name, column)
                : Bilingual.format(
                    "input field '%s' is written as '%s' (the outputs have a column of that name)",
                    "输入字段“%s”写作“%s”（输出已有同名字段）", name, column));
      }
      sourceNames.add(name);
      fields.add(new Field(column, source.getValue()));
    }
  }

  /**
   * The ledger of {@code analysis}: the attribute names of every feature, in first-seen order, but
   * the id field.
   */
  static SurveyLedger of(Analysis analysis) {
    Set<String> taken = new HashSet<>(OWN_COLUMNS);
    AnalysisWriter.resultFields(analysis).forEach(f -> taken.add(f.name()));
    Map<String, FieldType> sources = new java.util.LinkedHashMap<>(analysis.inputFields());
    sources.keySet().removeIf(n -> n.equalsIgnoreCase(analysis.spec().idField()));
    return new SurveyLedger(sources, taken);
  }

  /** The ledger columns, after the result columns, typed. */
  List<Field> fields() {
    return fields;
  }

  /** The ledger columns as text, for CSV. */
  List<Field> textFields() {
    return fields.stream().map(f -> new Field(f.name(), FieldType.STRING)).toList();
  }

  /** One line for each field written under another name. */
  List<Bilingual> renames() {
    return List.copyOf(renames);
  }

  /** The ledger values of one input feature, as read, by column name. */
  Map<String, Object> values(PatchOutcome outcome) {
    Map<String, Object> values = java.util.LinkedHashMap.newLinkedHashMap(sourceNames.size());
    for (int i = 0; i < sourceNames.size(); i++) {
      values.put(fields.get(i).name(), outcome.attributes().get(sourceNames.get(i)));
    }
    return values;
  }

  /** How outputs compare column names: ignoring case, in their first 63 bytes. */
  private static String key(String name) {
    return cut(name.toLowerCase(Locale.ROOT), MAX_NAME_BYTES);
  }

  private static String distinct(String name, Set<String> used) {
    if (!used.contains(key(name))) {
      return name;
    }
    String candidate = PREFIX + name;
    for (int n = 2; used.contains(key(candidate)); n++) {
      String suffix = "_" + n;
      candidate = cut(PREFIX + name, MAX_NAME_BYTES - suffix.length()) + suffix;
    }
    return candidate;
  }

  /** The longest prefix of {@code name} of at most {@code bytes} bytes of UTF-8. */
  static String cut(String name, int bytes) {
    CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
    ByteBuffer out = ByteBuffer.allocate(bytes);
    CharBuffer in = CharBuffer.wrap(name);
    encoder.encode(in, out, true);
    return name.substring(0, in.position());
  }
}
