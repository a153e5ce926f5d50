package org.mineeco.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mineeco.stats.RiverZones;
import org.mineeco.stats.TableDefinition;
import org.mineeco.stats.YearRange;
import org.mineeco.vocabulary.Bilingual;

/**
 * Reads table definitions from YAML: a {@code tables:} list of mappings with {@code name}, {@code
 * rows}, optional {@code columns}, {@code measures}, optional {@code zones}, {@code where}, {@code
 * title: {zh, en}}, {@code decimals} and {@code periods} (year ranges of the {@code year}
 * dimension, e.g. {@code [2022-2023, 2024-2025]}), {@code groups} (patch dimension → group name →
 * values) and {@code rivers} ({@code main}, {@code tributaries}, {@code union} zone columns of the
 * {@code river} dimension); see docs/statistics.md. Unknown keys are errors with a "did you mean".
 * Stateless and thread-safe.
 */
public final class TableSpecs {
  private static final List<String> ROOT_KEYS = List.of("tables");
  private static final List<String> TABLE_KEYS =
      List.of(
          "name",
          "title",
          "rows",
          "columns",
          "measures",
          "zones",
          "where",
          "decimals",
          "periods",
          "groups",
          "rivers");
  private static final List<String> RIVER_KEYS = List.of("main", "tributaries", "union");
  private static final List<String> TITLE_KEYS = List.of("zh", "en");

  private TableSpecs() {}

  /**
   * The table definitions in {@code file}, in order.
   *
   * @throws SpecException naming the file and the key of the first problem
   */
  public static List<TableDefinition> load(Path file) {
    Object root = YamlDocument.load(file, "the table definitions");
    Map<String, Object> top = map(file, root, "");
    Keys.requireKnown(file, "", top, ROOT_KEYS);
    List<?> tables = list(file, top.get("tables"), "tables");
    if (tables.isEmpty()) {
      throw new SpecException(file, "tables", "expected at least one table");
    }
    List<TableDefinition> definitions = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i < tables.size(); i++) {
      String key = "tables[" + i + "]";
      TableDefinition d = table(file, map(file, tables.get(i), key), key);
      if (!names.add(d.name())) {
        throw new SpecException(file, key + ".name", "table name '" + d.name() + "' is used twice");
      }
      definitions.add(d);
    }
    return List.copyOf(definitions);
  }

  private static TableDefinition table(Path file, Map<String, Object> node, String key) {
    Keys.requireKnown(file, key, node, TABLE_KEYS);
    String name = text(file, node.get("name"), key + ".name");
    Bilingual title = null;
    if (node.get("title") != null) {
      Map<String, Object> t = map(file, node.get("title"), key + ".title");
      Keys.requireKnown(file, key + ".title", t, TITLE_KEYS);
      String zh = text(file, t.get("zh"), key + ".title.zh");
      String en = t.get("en") == null ? zh : text(file, t.get("en"), key + ".title.en");
      title = new Bilingual(en, zh);
    }
    List<String> rows = texts(file, node.get("rows"), key + ".rows");
    List<String> columns =
        node.get("columns") == null
            ? List.of()
            : texts(file, node.get("columns"), key + ".columns");
    List<TableDefinition.Measure> measures = new ArrayList<>();
    List<String> measureNames = texts(file, node.get("measures"), key + ".measures");
    for (int i = 0; i < measureNames.size(); i++) {
      String name0 = measureNames.get(i);
      measures.add(
          attempt(file, key + ".measures[" + i + "]", () -> TableDefinition.Measure.parse(name0)));
    }
    List<String> zones =
        node.get("zones") == null ? List.of() : texts(file, node.get("zones"), key + ".zones");
    Map<String, Set<String>> where = new LinkedHashMap<>();
    if (node.get("where") != null) {
      for (Map.Entry<String, Object> e : map(file, node.get("where"), key + ".where").entrySet()) {
        Object value = e.getValue();
        List<String> values =
            value instanceof List<?>
                ? texts(file, value, key + ".where." + e.getKey())
                : List.of(text(file, value, key + ".where." + e.getKey()));
        where.put(e.getKey(), new LinkedHashSet<>(values));
      }
    }
    Integer decimals = null;
    if (node.get("decimals") != null) {
      if (!(node.get("decimals") instanceof Integer n)) {
        throw new SpecException(
            file, key + ".decimals", "expected a whole number 0..9, was " + node.get("decimals"));
      }
      decimals = n;
    }
    List<YearRange> periods = new ArrayList<>();
    if (node.get("periods") != null) {
      List<String> texts = texts(file, node.get("periods"), key + ".periods");
      for (int i = 0; i < texts.size(); i++) {
        String text = texts.get(i);
        periods.add(attempt(file, key + ".periods[" + i + "]", () -> YearRange.parse(text)));
      }
    }
    Map<String, Map<String, Set<String>>> groups = new LinkedHashMap<>();
    if (node.get("groups") != null) {
      for (Map.Entry<String, Object> dim :
          map(file, node.get("groups"), key + ".groups").entrySet()) {
        String dimKey = key + ".groups." + dim.getKey();
        Map<String, Set<String>> named = new LinkedHashMap<>();
        for (Map.Entry<String, Object> g : map(file, dim.getValue(), dimKey).entrySet()) {
          named.put(
              g.getKey(),
              new LinkedHashSet<>(texts(file, g.getValue(), dimKey + "." + g.getKey())));
        }
        groups.put(dim.getKey(), named);
      }
    }
    RiverZones rivers = null;
    if (node.get("rivers") != null) {
      String riversKey = key + ".rivers";
      Map<String, Object> r = map(file, node.get("rivers"), riversKey);
      Keys.requireKnown(file, riversKey, r, RIVER_KEYS);
      String main = text(file, r.get("main"), riversKey + ".main");
      String tributaries = text(file, r.get("tributaries"), riversKey + ".tributaries");
      String union = text(file, r.get("union"), riversKey + ".union");
      rivers = attempt(file, riversKey, () -> new RiverZones(main, tributaries, union));
    }
    Bilingual finalTitle = title;
    Integer finalDecimals = decimals;
    RiverZones finalRivers = rivers;
    return attempt(
        file,
        key,
        () ->
            new TableDefinition(
                name,
                finalTitle,
                rows,
                columns,
                measures,
                zones,
                where,
                finalDecimals,
                periods,
                groups,
                finalRivers));
  }

  private static <T> T attempt(Path file, String key, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw new SpecException(file, key, e.getMessage());
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Path file, Object node, String key) {
    if (!(node instanceof Map)) {
      throw new SpecException(
          file, key, "expected a mapping of keys to values, was " + YamlDocument.describe(node));
    }
    Map<String, Object> result = new LinkedHashMap<>();
    ((Map<Object, Object>) node).forEach((k, v) -> result.put(String.valueOf(k), v));
    return result;
  }

  private static List<?> list(Path file, Object node, String key) {
    if (!(node instanceof List<?> list)) {
      throw new SpecException(file, key, "expected a list, was " + YamlDocument.describe(node));
    }
    return list;
  }

  private static List<String> texts(Path file, Object node, String key) {
    if (node == null) {
      throw new SpecException(file, key, "missing");
    }
    if (node instanceof String s) {
      return List.of(s.strip());
    }
    List<?> list = list(file, node, key);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      texts.add(text(file, list.get(i), key + "[" + i + "]"));
    }
    return texts;
  }

  private static String text(Path file, Object value, String key) {
    if (value == null) {
      throw new SpecException(file, key, "missing");
    }
    if (!YamlDocument.isText(value)) {
      throw new SpecException(file, key, "expected text, was " + YamlDocument.describe(value));
    }
    String text = value.toString().strip();
    if (text.isEmpty()) {
      throw new SpecException(file, key, "must not be blank");
    }
    return text;
  }
}
