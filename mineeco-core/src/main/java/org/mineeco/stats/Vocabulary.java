package org.mineeco.stats;

import java.util.Map;
import org.mineeco.report.Bilingual;

/**
 * Chinese names of dimension values and dimension names, and English ones for the river classes
 * (patch dimension values read in English as their enum names); unknown words read the same in
 * both. Zone names of the usual survey layers read in the plans' own words (三区两线: seed 003).
 */
public final class Vocabulary {
  private static final Map<String, String> ZH =
      Map.ofEntries(
          Map.entry("PRODUCING", "生产"),
          Map.entry("CLOSED", "闭坑"),
          Map.entry("POLICY_CLOSED", "政策性关闭"),
          Map.entry("ABANDONED", "废弃"),
          Map.entry("LEGACY", "历史遗留"),
          Map.entry("ABANDONED_WITH_OWNER", "有责任主体的废弃矿山"),
          Map.entry("SUBSIDENCE_UNDAMAGED", "采矿沉陷区功能未受损"),
          Map.entry(PatchFacts.CLASS, "图斑大类"),
          Map.entry("OPEN_PIT", "露天采场"),
          Map.entry("INDUSTRIAL_SITE", "工业场地"),
          Map.entry("WASTE_ROCK", "废石堆"),
          Map.entry("TAILINGS", "尾矿库"),
          Map.entry("COAL_GANGUE", "煤矸石堆"),
          Map.entry("SUBSIDENCE", "塌陷区"),
          Map.entry("OTHER", "其他"),
          Map.entry("NATURAL_RECOVERY", "自然恢复"),
          Map.entry("ASSISTED_REGENERATION", "辅助再生"),
          Map.entry("ECOLOGICAL_RECONSTRUCTION", "生态重建"),
          Map.entry("TRANSFORMATION", "转型利用"),
          Map.entry("RESTORED", "已治理"),
          Map.entry("NOT_RESTORED", "未治理"),
          Map.entry("UNKNOWN", "未知"),
          Map.entry("red_line", "生态保护红线"),
          Map.entry("COUNTY", "区县"),
          Map.entry("CITY", "地市"),
          Map.entry("PROVINCE", "省份"),
          Map.entry("farmland", "永久基本农田"),
          Map.entry("reserves", "重要自然保护区周边"),
          Map.entry("scenic", "景观区周边"),
          Map.entry("residential", "居民集中生活区周边"),
          Map.entry("transport", "重要交通干线两侧"),
          Map.entry("rivers_lakes", "重要河流湖泊两侧"),
          Map.entry(PatchFacts.STATUS, "矿山状态"),
          Map.entry(PatchFacts.DAMAGE, "损毁类型"),
          Map.entry(PatchFacts.MODE, "修复模式"),
          Map.entry(PatchFacts.STATE, "治理状态"),
          Map.entry(PatchFacts.PERIOD, "治理时段"),
          Map.entry(PatchFacts.MINERAL, "矿种"),
          Map.entry(PatchFacts.METHOD, "开采方式"),
          Map.entry("CLOSED_OR_ABANDONED", "政策性关闭、废弃"),
          Map.entry("MAIN", "干流"),
          Map.entry("TRIBUTARY", "主要支流"));
  private static final Map<String, String> EN =
      Map.of("MAIN", "main stream", "TRIBUTARY", "main tributaries");

  private Vocabulary() {}

  /** The word in both languages; itself in both when unknown. */
  public static Bilingual of(String word) {
    return new Bilingual(EN.getOrDefault(word, word), ZH.getOrDefault(word, word));
  }
}
