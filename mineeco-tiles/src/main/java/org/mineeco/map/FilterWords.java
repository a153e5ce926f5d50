package org.mineeco.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mineeco.server.CatalogMeta;
import org.mineeco.server.KeyLabel;
import org.mineeco.server.PatchCatalog.Download;
import org.mineeco.server.PatchFilter;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Language;
import org.mineeco.vocabulary.Vocabulary;

/**
 * A filter in words, for the first line and the file name of a download, taken from the labels of
 * the map's {@code /api/meta} document (the words the viewer shows beside the same choices): codes
 * in the order the document lists them, zones and bands by their labels, regions by name. Chinese
 * or English. Immutable and thread-safe.
 */
final class FilterWords {
  private static final int MAX_NAME_WORDS = 80;
  private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");
  private static final Pattern NOT_ASCII_NAME = Pattern.compile("[^A-Za-z0-9_.+-]+");

  private static Map<String, Bilingual> dimensions() {
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
   * priority_min} and {@code priority_max}), in the viewer's order, from the {@link Vocabulary}.
   */
  static Map<String, Bilingual> filters() {
    return DIMENSIONS;
  }

  /** The base name of a download's file, e.g. 图斑表 / patches. */
  static Bilingual download(Download what) {
    return Vocabulary.term("download." + what.name().toLowerCase(Locale.ROOT));
  }

  /** Labels by dimension ({@code state}, {@code status}, ...) and key, each {@code {zh, en}}. */
  private final Map<String, Map<String, List<String>>> labels = new HashMap<>();

  /** The filter dimensions the viewer offers and downloads name, in the viewer's order. */
  private static final Map<String, Bilingual> DIMENSIONS = dimensions();

  /** The words of the labels in {@code meta} (see {@link PatchTable#meta()}). */
  FilterWords(CatalogMeta meta) {
    putCodes("state", meta.codes().state());
    putCodes("status", meta.codes().status());
    putCodes("period", meta.codes().period());
    for (CatalogMeta.ZoneMeta zone : meta.zones()) {
      put("zone", zone.name(), zone.zh(), zone.en());
      for (CatalogMeta.BandMeta band : zone.bands()) {
        put("band", band.key(), zone.zh() + " " + band.zh(), zone.en() + " " + band.en());
      }
    }
    for (CatalogMeta.RegionMeta region : meta.regions()) {
      put("region", region.id(), region.name(), region.name());
    }
  }

  private void putCodes(String dimension, List<KeyLabel> codes) {
    for (KeyLabel code : codes) {
      put(dimension, code.key(), code.zh(), code.en());
    }
  }

  private void put(String dimension, String key, String zh, String en) {
    labels
        .computeIfAbsent(dimension, d -> new LinkedHashMap<>())
        .put(String.valueOf(key), List.of(String.valueOf(zh), String.valueOf(en)));
  }

  /**
   * The sentence of a download's first line, e.g. {@code 筛选条件：恢复治理情况：未治理；分区：生态保护红线} or {@code
   * Filter: restoration state: not restored; zone: ecological red line}; {@code 筛选条件：无（全部图斑）} for
   * no filter.
   */
  String sentence(PatchFilter filter, boolean zh) {
    List<String> parts = new ArrayList<>();
    for (Condition c : conditions(filter, zh, true)) {
      parts.add(
          DIMENSIONS.get(c.dimension()).in(zh ? Language.ZH : Language.EN)
              + (zh ? "：" : ": ")
              + c.words());
    }
    if (parts.isEmpty()) {
      return zh ? "筛选条件：无（全部图斑）" : "Filter: none (all patches)";
    }
    return (zh ? "筛选条件：" : "Filter: ") + String.join(zh ? "；" : "; ", parts);
  }

  /**
   * The file name of a download: its base name and the filter's values, e.g. {@code
   * 图斑表_未治理_生态保护红线.csv} (a rank range with its name: {@code 修复优先序第 1–100 位}); values past 80
   * characters are cut and marked 等 / etc. Characters that a file name cannot hold on Windows or
   * Unix become {@code -}.
   */
  String fileName(PatchFilter filter, Download what, boolean zh) {
    StringBuilder words = new StringBuilder();
    for (Condition c : conditions(filter, zh, false)) {
      String label = DIMENSIONS.get(c.dimension()).in(zh ? Language.ZH : Language.EN);
      words.append('_').append(c.dimension().equals("priority") ? label + (zh ? "" : " ") : "");
      words.append(c.words());
    }
    String values = words.toString();
    if (values.length() > MAX_NAME_WORDS) {
      values = values.substring(0, MAX_NAME_WORDS).strip() + (zh ? "等" : "_etc");
    }
    String base = download(what).in(zh ? Language.ZH : Language.EN);
    return UNSAFE.matcher(base + values).replaceAll("-") + extension(what);
  }

  /**
   * The file name in ASCII: the English base name and the filter's keys, e.g. {@code
   * patches_not_restored_red_line.csv}.
   */
  static String asciiFileName(PatchFilter filter, Download what) {
    List<String> keys = new ArrayList<>();
    keys.add(download(what).en());
    for (Set<String> set : List.of(filter.states(), filter.statuses(), filter.periods())) {
      if (!set.isEmpty()) {
        keys.add(String.join("+", set.stream().sorted().toList()));
      }
    }
    for (String key : new String[] {filter.zone(), filter.band(), filter.region()}) {
      if (key != null) {
        keys.add(key);
      }
    }
    if (filter.priorityMin() > 1 || filter.priorityMax() < Integer.MAX_VALUE) {
      keys.add("rank" + filter.priorityMin() + "-" + rankMax(filter));
    }
    return NOT_ASCII_NAME.matcher(String.join("_", keys)).replaceAll("-") + extension(what);
  }

  private static String rankMax(PatchFilter filter) {
    return filter.priorityMax() == Integer.MAX_VALUE ? "" : Integer.toString(filter.priorityMax());
  }

  private static String extension(Download what) {
    return what == Download.PATCHES_GEOJSON ? ".geojson" : ".csv";
  }

  /** One condition of a filter: its dimension and its values in words. */
  private record Condition(String dimension, String words) {}

  /** The conditions in the viewer's order; regions named with their id when {@code withIds}. */
  private List<Condition> conditions(PatchFilter filter, boolean zh, boolean withIds) {
    int lang = zh ? 0 : 1;
    List<Condition> out = new ArrayList<>();
    codes(out, "state", filter.states(), lang, zh);
    codes(out, "status", filter.statuses(), lang, zh);
    codes(out, "period", filter.periods(), lang, zh);
    if (filter.zone() != null) {
      out.add(new Condition("zone", label("zone", filter.zone()).get(lang)));
    }
    if (filter.band() != null) {
      out.add(new Condition("band", label("band", filter.band()).get(lang)));
    }
    if (filter.region() != null) {
      String name = label("region", filter.region()).get(lang);
      out.add(
          new Condition(
              "region",
              withIds ? name + (zh ? "（" : " (") + filter.region() + (zh ? "）" : ")") : name));
    }
    boolean min = filter.priorityMin() > 1;
    boolean max = filter.priorityMax() < Integer.MAX_VALUE;
    if (min || max) {
      String from = Integer.toString(filter.priorityMin());
      String to = Integer.toString(filter.priorityMax());
      String words;
      if (zh) {
        words =
            min && max
                ? "第 " + from + "–" + to + " 位"
                : min ? "第 " + from + " 位起" : "前 " + to + " 位";
      } else {
        words = min && max ? from + "–" + to : min ? "from " + from : "up to " + to;
      }
      out.add(new Condition("priority", words));
    }
    return out;
  }

  /** The labels of the chosen codes, in the order of the meta document. */
  private void codes(
      List<Condition> out, String dimension, Set<String> keys, int lang, boolean zh) {
    if (keys.isEmpty()) {
      return;
    }
    List<String> words = new ArrayList<>();
    for (var e : labels.get(dimension).entrySet()) {
      if (keys.contains(e.getKey())) {
        words.add(e.getValue().get(lang));
      }
    }
    out.add(new Condition(dimension, String.join(zh ? "、" : ", ", words)));
  }

  private List<String> label(String dimension, String key) {
    List<String> label = labels.getOrDefault(dimension, Map.of()).get(key);
    return label == null ? List.of(key, key) : label;
  }
}
