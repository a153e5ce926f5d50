package org.mineeco.cartography;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mineeco.analysis.ResultColumn;
import org.mineeco.model.Labelled;
import org.mineeco.units.Length;

/**
 * Chinese and English labels of the web map's and the printed sheets' zones, bands and codes. Zone
 * names the survey practice knows (the demo's, and the usual {@code red_line}, {@code farmland},
 * ...) get their Chinese names; other zones are shown by their spec name in both languages.
 */
public final class MapLabels {
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

  private MapLabels() {}

  /** {@code {zh, en}} of a zone name. */
  public static List<String> zone(String name) {
    return ZONES.getOrDefault(name, List.of(name, name));
  }

  /** {@code {zh, en}} of a corridor band, in km. */
  public static List<String> band(ResultColumn.Band band) {
    return band(metres(band.from()), metres(band.to()));
  }

  /** A band edge in whole metres. */
  public static long metres(Length edge) {
    return Math.round(edge.metres());
  }

  /** {@code {zh, en}} of the band {@code [d0, d1)} metres, in km. */
  public static List<String> band(long d0, long d1) {
    return List.of(km(d0) + "～" + km(d1) + " km", km(d0) + "-" + km(d1) + " km");
  }

  /** {@code {"key": ..., "zh": ..., "en": ...}} of a coded value. */
  public static Map<String, Object> code(Enum<?> value, Labelled labels) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("key", key(value));
    out.put("zh", labels.chineseLabel());
    out.put("en", labels.label());
    return out;
  }

  /** The key of a coded value in tiles, filters and URLs, e.g. {@code policy_closed}. */
  public static String key(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** The label in the language: Chinese when {@code zh}. */
  public static String in(boolean zh, Labelled labels) {
    return zh ? labels.chineseLabel() : labels.label();
  }

  private static String km(long metres) {
    return metres % 1000 == 0
        ? Long.toString(metres / 1000)
        : String.format(Locale.ROOT, "%.1f", metres / 1000.0);
  }
}
