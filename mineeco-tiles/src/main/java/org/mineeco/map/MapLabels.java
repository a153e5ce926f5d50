package org.mineeco.map;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mineeco.analysis.ResultColumn;
import org.mineeco.model.Labelled;
import org.mineeco.server.PatchCatalog.Download;
import org.mineeco.units.Length;

/**
 * Chinese and English labels of the map's zones, bands, columns and codes. Zone names the survey
 * practice knows (the demo's, and the usual {@code red_line}, {@code farmland}, ...) get their
 * Chinese names; other zones are shown by their spec name in both languages.
 */
final class MapLabels {
  private static final Map<String, List<String>> ZONES =
      Map.ofEntries(
          Map.entry("yangtze", List.of("长江干流", "Yangtze main stream")),
          Map.entry("tributaries", List.of("长江主要支流", "main tributaries")),
          Map.entry("yangtze_tributaries", List.of("长江干流及主要支流", "Yangtze and main tributaries")),
          Map.entry("rivers", List.of("河流水系", "river network")),
          Map.entry("red_line", List.of("生态保护红线", "ecological red line")),
          Map.entry("farmland", List.of("永久基本农田", "permanent basic farmland")),
          Map.entry("reserves", List.of("自然保护地周边", "around nature reserves")),
          Map.entry("scenic", List.of("风景名胜区周边", "around scenic areas")),
          Map.entry("residential", List.of("集中居住区周边", "around residential areas")),
          Map.entry("transport", List.of("重要交通干线可视范围", "visible from transport lines")),
          Map.entry("rivers_lakes", List.of("河湖可视范围", "visible from rivers and lakes")));

  /** The filter dimensions the viewer offers and downloads name, in the viewer's order. */
  private static final Map<String, List<String>> FILTERS = filterLabels();

  /** The base name of each download's file. */
  private static final Map<Download, List<String>> DOWNLOADS =
      Map.of(
          Download.PATCHES_CSV, List.of("图斑表", "patches"),
          Download.PATCHES_GEOJSON, List.of("图斑", "patches"),
          Download.SUMMARY_CSV, List.of("图斑统计", "summary"));

  private MapLabels() {}

  private static Map<String, List<String>> filterLabels() {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    filters.put("state", List.of("恢复治理情况", "restoration state"));
    filters.put("status", List.of("矿山状态", "mine status"));
    filters.put("period", List.of("拟修复时间阶段", "planned period"));
    filters.put("zone", List.of("所在区域", "zone"));
    filters.put("band", List.of("距离带", "band"));
    filters.put("region", List.of("行政区", "region"));
    filters.put("priority", List.of("修复优先序", "priority rank"));
    return Collections.unmodifiableMap(filters);
  }

  /**
   * {@code {zh, en}} of each filter dimension, by its query parameter ({@code priority} for {@code
   * priority_min} and {@code priority_max}), in the viewer's order.
   */
  static Map<String, List<String>> filters() {
    return FILTERS;
  }

  /** {@code {zh, en}} base name of a download's file, e.g. 图斑表 / patches. */
  static List<String> download(Download what) {
    return DOWNLOADS.get(what);
  }

  /** {@code {zh, en}} of a zone name. */
  static List<String> zone(String name) {
    return ZONES.getOrDefault(name, List.of(name, name));
  }

  /** {@code {zh, en}} of a corridor band, in km. */
  static List<String> band(ResultColumn.Band band) {
    return band(metres(band.from()), metres(band.to()));
  }

  /** A band edge in whole metres. */
  static long metres(Length edge) {
    return Math.round(edge.metres());
  }

  /** {@code {zh, en}} of the band {@code [d0, d1)} metres, in km. */
  static List<String> band(long d0, long d1) {
    return List.of(km(d0) + "～" + km(d1) + " km", km(d0) + "-" + km(d1) + " km");
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

  private static String km(long metres) {
    return metres % 1000 == 0
        ? Long.toString(metres / 1000)
        : String.format(Locale.ROOT, "%.1f", metres / 1000.0);
  }
}
