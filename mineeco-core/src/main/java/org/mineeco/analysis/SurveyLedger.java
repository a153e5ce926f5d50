package org.mineeco.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mineeco.ingest.PatchOutcome;
import org.mineeco.io.Feature;
import org.mineeco.io.Field;
import org.mineeco.io.FieldType;

/**
 * The input attributes of the patch layer beside the results (一矿一策台账): every source field but the
 * id, as text as read, under its own name, or {@code input_<name>} where a result column has that
 * name (compared ignoring case). Features are read again from the spec's patch layer, in input
 * order. Not thread-safe; open one reader per writer thread.
 */
final class SurveyLedger {
  private static final String PREFIX = "input_";

  private final List<String> sourceNames;
  private final List<Field> fields;

  private SurveyLedger(List<String> sourceNames, Set<String> taken) {
    this.sourceNames = sourceNames;
    this.fields = new ArrayList<>();
    Set<String> used = new HashSet<>(taken);
    for (String name : sourceNames) {
      String column = used.contains(name.toLowerCase(Locale.ROOT)) ? PREFIX + name : name;
      used.add(column.toLowerCase(Locale.ROOT));
      fields.add(new Field(column, FieldType.STRING));
    }
  }

  /**
   * The ledger of {@code analysis}, whose output already has the columns {@code resultColumns}: the
   * attribute names of every feature, in first-seen order, but the id field.
   */
  static SurveyLedger of(Analysis analysis, List<Field> resultColumns) {
    Set<String> taken = new HashSet<>();
    resultColumns.forEach(f -> taken.add(f.name().toLowerCase(Locale.ROOT)));
    Set<String> names = new LinkedHashSet<>(analysis.inputFields());
    names.removeIf(n -> n.equalsIgnoreCase(analysis.spec().idField()));
    return new SurveyLedger(List.copyOf(names), taken);
  }

  /** The ledger columns, after the result columns. */
  List<Field> fields() {
    return fields;
  }

  /** The ledger values of one input feature, as text as read, by column name. */
  Map<String, Object> values(PatchOutcome outcome) {
    Feature input = new Feature(outcome.index(), null, outcome.attributes());
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < sourceNames.size(); i++) {
      values.put(fields.get(i).name(), input.getString(sourceNames.get(i)));
    }
    return values;
  }
}
