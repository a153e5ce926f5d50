package org.mineeco.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.server.CatalogMeta;
import org.mineeco.server.KeyLabel;
import org.mineeco.server.PatchCatalog.Download;
import org.mineeco.server.PatchFilter;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.SmallSpec;

/** A download's filter in words, from the small map's /api/meta labels ({@link SmallSpec}). */
class FilterWordsTest {
  @TempDir static Path dir;
  private static FilterWords words;
  private static CatalogMeta meta;

  @BeforeAll
  static void build() throws Exception {
    WebMap map =
        WebMap.build(
            AnalysisSpec.load(SmallSpec.write(dir)),
            AnalysisOptions.defaults(),
            MapOptions.DEFAULT);
    meta = map.report().catalog().meta().orElseThrow();
    words = new FilterWords(meta);
  }

  /** Every dimension at once; the statuses given in the reverse of the plans' order. */
  private static final PatchFilter EVERYTHING =
      new PatchFilter(
          Set.of("not_restored"),
          new LinkedHashSet<>(List.of("legacy", "abandoned")),
          Set.of("within_14th_fyp"),
          "red_line",
          "rivers_0_1000",
          "340102",
          5,
          20);

  /**
   * The sentence's structure and order are fixed here; the words of codes, zones and bands are the
   * meta document's, whatever the vocabulary calls them.
   */
  @Test
  void sentenceNamesEveryConditionWithTheViewersLabelsInTheirOrder() {
    assertEquals(
        "筛选条件：恢复治理情况："
            + code("state", "not_restored", 0)
            + "；矿山状态："
            + code("status", "abandoned", 0)
            + "、"
            + code("status", "legacy", 0)
            + "；拟修复时间阶段："
            + code("period", "within_14th_fyp", 0)
            + "；分区："
            + zone(0)
            + "；距离带："
            + band(0)
            + "；行政区：East County（340102）；修复优先序：第 5–20 位",
        words.sentence(EVERYTHING, true));
    assertEquals(
        "Filter: restoration state: "
            + code("state", "not_restored", 1)
            + "; mine status: "
            + code("status", "abandoned", 1)
            + ", "
            + code("status", "legacy", 1)
            + "; planned period: "
            + code("period", "within_14th_fyp", 1)
            + "; zone: "
            + zone(1)
            + "; distance band: "
            + band(1)
            + "; region: East County (340102); priority rank: 5–20",
        words.sentence(EVERYTHING, false));
    assertEquals("筛选条件：无（全部图斑）", words.sentence(PatchFilter.ALL, true));
    assertEquals("Filter: none (all patches)", words.sentence(PatchFilter.ALL, false));
  }

  /** The label of a code in /api/meta, 0 Chinese, 1 English. */
  private static String code(String dimension, String key, int lang) {
    List<KeyLabel> codes =
        switch (dimension) {
          case "state" -> meta.codes().state();
          case "status" -> meta.codes().status();
          case "period" -> meta.codes().period();
          default -> throw new IllegalArgumentException(dimension);
        };
    KeyLabel code = codes.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    return lang == 0 ? code.zh() : code.en();
  }

  /** The red line's label in /api/meta. */
  private static String zone(int lang) {
    CatalogMeta.ZoneMeta redLine = zoneOf("red_line");
    return lang == 0 ? redLine.zh() : redLine.en();
  }

  /** The label of the band rivers_0_1000: its corridor's and its own. */
  private static String band(int lang) {
    CatalogMeta.ZoneMeta rivers = zoneOf("rivers");
    CatalogMeta.BandMeta first = rivers.bands().get(0);
    return lang == 0 ? rivers.zh() + " " + first.zh() : rivers.en() + " " + first.en();
  }

  private static CatalogMeta.ZoneMeta zoneOf(String name) {
    return meta.zones().stream().filter(z -> z.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void openRankRangesSayWhichEnd() {
    PatchFilter from = new PatchFilter(Set.of(), Set.of(), Set.of(), null, null, null, 50, MAX);
    PatchFilter upTo = new PatchFilter(Set.of(), Set.of(), Set.of(), null, null, null, 1, 100);
    assertEquals("筛选条件：修复优先序：第 50 位起", words.sentence(from, true));
    assertEquals("Filter: priority rank: up to 100", words.sentence(upTo, false));
    assertEquals("图斑统计_修复优先序前 100 位.csv", words.fileName(upTo, Download.SUMMARY_CSV, true));
    assertEquals("patches_rank50-.csv", FilterWords.asciiFileName(from, Download.PATCHES_CSV));
  }

  @Test
  void fileNamesCarryTheValuesAndAreCutWhenLong() {
    PatchFilter zone =
        new PatchFilter(Set.of("restored"), Set.of(), Set.of(), "red_line", null, null, 1, MAX);
    assertEquals(
        "图斑表_" + code("state", "restored", 0) + "_" + zone(0) + ".csv",
        words.fileName(zone, Download.PATCHES_CSV, true));
    assertEquals(
        "patches_" + code("state", "restored", 1) + "_" + zone(1) + ".geojson",
        words.fileName(zone, Download.PATCHES_GEOJSON, false));
    assertEquals("图斑表.csv", words.fileName(PatchFilter.ALL, Download.PATCHES_CSV, true));
    String all = words.fileName(EVERYTHING, Download.PATCHES_CSV, false);
    assertTrue(all.endsWith("_etc.csv") && all.length() <= "patches".length() + 80 + 8, all);
    assertEquals(
        "patches_not_restored_abandoned+legacy_within_14th_fyp_red_line_rivers_0_1000_340102"
            + "_rank5-20.csv",
        FilterWords.asciiFileName(EVERYTHING, Download.PATCHES_CSV));
  }

  @Test
  void charactersAFileNameCannotHoldBecomeDashes() {
    CatalogMeta meta =
        new CatalogMeta(
            List.of(
                new CatalogMeta.ZoneMeta(
                    "odd", "polygon", "红线/农田: \"A|B\"", "a/b", false, List.of(), null)),
            new CatalogMeta.CodeLabels(List.of(), List.of(), List.of(), List.of(), List.of()),
            Map.of(),
            List.of(new CatalogMeta.RegionMeta("1", "C*?<>", new double[] {0, 0, 1, 1})),
            0,
            0,
            "id");
    PatchFilter odd = new PatchFilter(Set.of(), Set.of(), Set.of(), "odd", null, "1", 1, MAX);
    assertEquals(
        "图斑表_红线-农田- -A-B-_C----.csv",
        new FilterWords(meta).fileName(odd, Download.PATCHES_CSV, true));
  }

  private static final int MAX = Integer.MAX_VALUE;
}
