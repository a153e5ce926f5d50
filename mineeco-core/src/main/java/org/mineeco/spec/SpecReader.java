package org.mineeco.spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.mineeco.crs.Crs;
import org.mineeco.postgis.PostgisUrl;
import org.mineeco.priority.PriorityRules;
import org.mineeco.stats.RegionLevel;
import org.mineeco.units.Length;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Vocabulary;
import org.mineeco.zone.Zone;

/** Turns a YAML document into an {@link AnalysisSpec}, naming the key of every problem. */
final class SpecReader {
  private static final List<String> ROOT_KEYS =
      List.of("crs", "patches", "zones", "zone_groups", "regions", "priority");
  private static final List<String> PATCH_KEYS =
      List.of("path", "id", "mine_id", "year", "scale", "hazard", "layer", "where");
  private static final List<String> LAYER_KEYS =
      List.of("name", "type", "path", "layer", "where", "label", "label_en");
  private static final List<String> GROUP_KEYS = List.of("name", "zones", "label", "label_en");
  private static final List<String> REGION_KEYS =
      List.of("path", "id", "name", "layer", "where", "labels", "labels_en");
  private static final List<String> PRIORITY_KEYS =
      List.of("must_clear", "corridors", "three_zones_two_lines");

  private final Path file;
  private final Path folder;

  SpecReader(Path file) {
    this.file = file;
    this.folder = file.toAbsolutePath().getParent();
  }

  AnalysisSpec read() {
    Map<String, Object> root = map(load(), "");
    Keys.requireKnown(file, "", root, ROOT_KEYS);
    Crs crs = root.get("crs") == null ? null : crs(text(root, "crs", ""));
    Map<String, Object> patches = map(required(root, "patches", ""), "patches");
    Keys.requireKnown(file, "patches", patches, PATCH_KEYS);
    LayerRef patchLayer = layer(patches, "patches");
    String id = patches.get("id") == null ? "TBBH" : text(patches, "id", "patches");
    String mineId =
        patches.get("mine_id") == null
            ? AnalysisSpec.DEFAULT_MINE_ID
            : text(patches, "mine_id", "patches");
    String year =
        patches.get("year") == null ? AnalysisSpec.DEFAULT_YEAR : text(patches, "year", "patches");
    String scale =
        patches.get("scale") == null
            ? AnalysisSpec.DEFAULT_SCALE
            : text(patches, "scale", "patches");
    String hazard =
        patches.get("hazard") == null
            ? AnalysisSpec.DEFAULT_HAZARD
            : text(patches, "hazard", "patches");
    List<ZoneSpec> zones = new ArrayList<>();
    List<?> zoneList = root.get("zones") == null ? List.of() : list(root.get("zones"), "zones");
    for (int i = 0; i < zoneList.size(); i++) {
      zones.add(zone(map(zoneList.get(i), "zones[" + i + "]"), "zones[" + i + "]"));
    }
    List<ZoneGroupSpec> groups = new ArrayList<>();
    List<?> groupList =
        root.get("zone_groups") == null ? List.of() : list(root.get("zone_groups"), "zone_groups");
    for (int i = 0; i < groupList.size(); i++) {
      String key = "zone_groups[" + i + "]";
      groups.add(group(map(groupList.get(i), key), key));
    }
    RegionSpec regions = root.get("regions") == null ? null : regions(root);
    PriorityRules priority = root.get("priority") == null ? null : priority(root);
    return attempt(
        "",
        () ->
            new AnalysisSpec(
                file,
                crs,
                patchLayer,
                id,
                mineId,
                year,
                scale,
                hazard,
                zones,
                regions,
                priority,
                groups));
  }

  private Object load() {
    return YamlDocument.load(file, "the spec");
  }

  private ZoneSpec zone(Map<String, Object> zone, String key) {
    String typeText = text(zone, "type", key);
    ZoneType type = zoneType(typeText, key + ".type");
    for (ZoneType other : ZoneType.values()) {
      for (String k : keys(other)) {
        if (zone.containsKey(k) && !keys(type).contains(k)) {
          throw new SpecException(
              file,
              key + "." + k,
              k
                  + " is for "
                  + other.name().toLowerCase(Locale.ROOT)
                  + " zones, not "
                  + type.name().toLowerCase(Locale.ROOT)
                  + " ones: remove it or change the type");
        }
      }
    }
    Keys.requireKnown(file, key, zone, keys(type));
    String name = text(zone, "name", key);
    LayerRef source = layer(zone, key);
    List<Length> bands = new ArrayList<>();
    if (zone.get("bands_m") != null) {
      List<?> edges = list(zone.get("bands_m"), key + ".bands_m");
      for (int i = 0; i < edges.size(); i++) {
        bands.add(wholeMetres(edges.get(i), key + ".bands_m[" + i + "]"));
      }
    }
    Length distance =
        zone.get("distance_m") == null ? null : metres(zone.get("distance_m"), key + ".distance_m");
    Bilingual label = label(zone, name, key);
    return attempt(key, () -> new ZoneSpec(name, type, source, bands, distance, label));
  }

  private ZoneGroupSpec group(Map<String, Object> group, String key) {
    Keys.requireKnown(file, key, group, GROUP_KEYS);
    String name = text(group, "name", key);
    List<String> zones = values(required(group, "zones", key));
    Bilingual label = label(group, name, key);
    return attempt(key, () -> new ZoneGroupSpec(name, label, zones));
  }

  /**
   * The words of a zone or group: its {@code label} and {@code label_en}, else the dictionary's.
   */
  private Bilingual label(Map<String, Object> node, String name, String key) {
    String zh = node.get("label") == null ? null : text(node, "label", key);
    String en = node.get("label_en") == null ? null : text(node, "label_en", key);
    return attempt(key + ".label", () -> ZoneSpec.label(name, zh, en));
  }

  private ZoneType zoneType(String text, String key) {
    for (ZoneType type : ZoneType.values()) {
      if (type.name().equalsIgnoreCase(text)) {
        return type;
      }
    }
    List<String> names =
        Arrays.stream(ZoneType.values()).map(t -> t.name().toLowerCase(Locale.ROOT)).toList();
    throw new SpecException(
        file, key, "unknown type '" + text + "': expected one of " + String.join(", ", names));
  }

  /** The keys a zone of {@code type} takes. */
  private static List<String> keys(ZoneType type) {
    List<String> keys = new ArrayList<>(LAYER_KEYS);
    switch (type) {
      case CORRIDOR -> keys.add("bands_m");
      case BUFFER -> keys.add("distance_m");
      case POLYGONS -> {}
    }
    return keys;
  }

  private RegionSpec regions(Map<String, Object> root) {
    Map<String, Object> regions = map(root.get("regions"), "regions");
    Keys.requireKnown(file, "regions", regions, REGION_KEYS);
    LayerRef source = layer(regions, "regions");
    String id = text(regions, "id", "regions");
    String name = text(regions, "name", "regions");
    Map<RegionLevel, Bilingual> levels = levels(regions);
    return attempt("regions", () -> new RegionSpec(source, id, name, levels));
  }

  /** The words of region levels: {@code labels} (Chinese) and {@code labels_en}, by level. */
  private Map<RegionLevel, Bilingual> levels(Map<String, Object> regions) {
    Map<RegionLevel, String> zh = levelTexts(regions, "labels");
    Map<RegionLevel, String> en = levelTexts(regions, "labels_en");
    Map<RegionLevel, Bilingual> levels = new LinkedHashMap<>();
    for (RegionLevel level : RegionLevel.values()) {
      if (zh.containsKey(level) || en.containsKey(level)) {
        Bilingual known = Vocabulary.of(level);
        levels.put(
            level,
            new Bilingual(en.getOrDefault(level, known.en()), zh.getOrDefault(level, known.zh())));
      }
    }
    return levels;
  }

  private Map<RegionLevel, String> levelTexts(Map<String, Object> regions, String name) {
    Map<RegionLevel, String> texts = new LinkedHashMap<>();
    if (regions.get(name) == null) {
      return texts;
    }
    String key = "regions." + name;
    Map<String, Object> labels = map(regions.get(name), key);
    Keys.requireKnown(file, key, labels, List.of("province", "city", "county"));
    for (String level : labels.keySet()) {
      texts.put(RegionLevel.parse(level), text(labels, level, key));
    }
    return texts;
  }

  private PriorityRules priority(Map<String, Object> root) {
    Map<String, Object> rules = map(root.get("priority"), "priority");
    Keys.requireKnown(file, "priority", rules, PRIORITY_KEYS);
    return new PriorityRules(
        names(rules, "must_clear"),
        names(rules, "corridors"),
        names(rules, "three_zones_two_lines"));
  }

  private Set<String> names(Map<String, Object> rules, String key) {
    Object value = rules.get(key);
    return value == null ? Set.of() : Set.copyOf(values(value));
  }

  private LayerRef layer(Map<String, Object> node, String key) {
    String text = text(node, "path", key);
    String layer = node.get("layer") == null ? null : text(node, "layer", key);
    Map<String, List<String>> where = new LinkedHashMap<>();
    if (node.get("where") != null) {
      for (Map.Entry<String, Object> e : map(node.get("where"), key + ".where").entrySet()) {
        where.put(e.getKey(), values(e.getValue()));
      }
    }
    if (PostgisUrl.isUrl(text)) {
      if (layer != null) {
        throw new SpecException(
            file, key + ".layer", "a PostGIS layer is named by ?table= in its URL, not by layer");
      }
      PostgisUrl url = attempt(key + ".path", () -> PostgisUrl.parse(text));
      if (url.table() == null) {
        throw new SpecException(file, key + ".path", "the URL names no table: add ?table=");
      }
      return LayerRef.of(url, where);
    }
    Path path = folder.resolve(text).normalize();
    if (!Files.isRegularFile(path)) {
      throw new SpecException(file, key + ".path", "no such file: " + path);
    }
    return new LayerRef(path, layer, where);
  }

  private static List<String> values(Object value) {
    List<String> values = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(v -> values.add(String.valueOf(v).strip()));
    } else {
      values.add(String.valueOf(value).strip());
    }
    return values;
  }

  private Crs crs(String text) {
    return attempt("crs", () -> Crs.parse(text));
  }

  private Length metres(Object value, String key) {
    if (!(value instanceof Number number)) {
      throw new SpecException(file, key, "expected a number of metres, was '" + value + "'");
    }
    if (!(number.doubleValue() <= Zone.MAX_DISTANCE.metres())) {
      throw new SpecException(
          file,
          key,
          "must be at most "
              + (long) Zone.MAX_DISTANCE.metres()
              + " m (see docs/spec.md), was "
              + value);
    }
    return attempt(key, () -> Length.metres(number.doubleValue()));
  }

  /** A band edge: corridors are banded in whole metres. */
  private Length wholeMetres(Object value, String key) {
    Length length = metres(value, key);
    if (length.metres() != Math.rint(length.metres())) {
      throw new SpecException(file, key, "band edges are whole metres, was " + value);
    }
    return length;
  }

  private Object required(Map<String, Object> node, String name, String key) {
    Object value = node.get(name);
    if (value == null) {
      throw new SpecException(file, join(key, name), "missing");
    }
    return value;
  }

  private String text(Map<String, Object> node, String name, String key) {
    Object value = required(node, name, key);
    if (!YamlDocument.isText(value)) {
      throw new SpecException(
          file, join(key, name), "expected text, was " + YamlDocument.describe(value));
    }
    return value.toString().strip();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> map(Object node, String key) {
    if (!(node instanceof Map)) {
      throw new SpecException(
          file, key, "expected a mapping of keys to values, was " + YamlDocument.describe(node));
    }
    Map<String, Object> result = new LinkedHashMap<>();
    ((Map<Object, Object>) node).forEach((k, v) -> result.put(String.valueOf(k), v));
    return result;
  }

  private List<?> list(Object node, String key) {
    if (!(node instanceof List<?> list)) {
      throw new SpecException(file, key, "expected a list, was " + YamlDocument.describe(node));
    }
    return list;
  }

  private <T> T attempt(String key, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw new SpecException(file, key, e.getMessage());
    }
  }

  private static String join(String key, String name) {
    return Keys.join(key, name);
  }
}
