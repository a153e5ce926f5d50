package org.mineeco.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.analysis.SummaryRow;
import org.mineeco.server.BilingualJson;
import org.mineeco.server.PatchCatalog.Download;
import org.mineeco.server.PatchCatalog.DownloadFile;
import org.mineeco.server.PatchFilter;
import org.mineeco.server.SearchHit;
import org.mineeco.server.SummaryJson;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.SmallSpec;
import org.mineeco.vocabulary.Language;

/** Filters, summaries, search and downloads of the small map ({@link SmallSpec}). */
class PatchTableTest {
  @TempDir static Path dir;
  private static PatchTable table;

  @BeforeAll
  static void build() throws Exception {
    WebMap map =
        WebMap.build(
            AnalysisSpec.load(SmallSpec.write(dir)),
            AnalysisOptions.defaults(),
            MapOptions.DEFAULT);
    table = (PatchTable) map.report().catalog();
  }

  private static PatchFilter filter(
      Set<String> states, String zone, String band, String region, int min, int max) {
    return new PatchFilter(states, Set.of(), Set.of(), zone, band, region, min, max);
  }

  private static Set<String> kept(PatchFilter filter) {
    return Set.copyOf(
        table.entries().stream()
            .filter(e -> table.keeps(e, filter))
            .map(e -> e.row().id())
            .toList());
  }

  @Test
  void unfilteredSummaryIsTheAnalysisSummary() {
    List<SummaryRow> rows = FilteredSummary.rows(table, PatchFilter.ALL);
    assertEquals(table.analysis().summary(), rows, "the map counts as analyze does");
  }

  @Test
  void filtersKeepWhatTheyName() {
    assertEquals(Set.of("P-RED", "P-RIVER", "P-TOWN"), kept(PatchFilter.ALL));
    assertEquals(
        Set.of("P-RIVER"),
        kept(filter(Set.of("restored"), null, null, null, 1, Integer.MAX_VALUE)));
    assertEquals(
        Set.of("P-RED", "P-TOWN"),
        kept(filter(Set.of("not_restored"), null, null, null, 1, Integer.MAX_VALUE)));
    assertEquals(Set.of("P-RED"), kept(filter(Set.of(), "red_line", null, null, 1, 1000)));
    assertEquals(Set.of("P-RIVER"), kept(filter(Set.of(), null, "rivers_0_1000", null, 1, 1000)));
    assertEquals(Set.of(), kept(filter(Set.of(), null, "rivers_1000_3000", null, 1, 1000)));
    assertEquals(Set.of("P-RED"), kept(filter(Set.of(), null, null, "340102", 1, 1000)));
    assertEquals(1, kept(filter(Set.of(), null, null, null, 2, 2)).size());
    SummaryJson.Row total =
        FilteredSummary.json(
            FilteredSummary.rows(table, filter(Set.of(), "red_line", null, null, 1, 1000)).get(0));
    assertEquals(1L, total.patches());
  }

  @Test
  void searchFindsPatchesByIdAndRegionsByName() {
    List<SearchHit> hits = table.search("p-r", 10);
    assertEquals(List.of("P-RED", "P-RIVER"), hits.stream().map(SearchHit::id).toList());
    SearchHit region = table.search("east", 10).get(0);
    assertEquals("region", region.kind());
    assertEquals("340102", region.id());
    double[] b = region.bounds();
    assertEquals(117.3, b[0], 1e-9);
    assertEquals(30.2, b[3], 1e-9);
    assertEquals(List.of(), table.search("nothing like it", 10));
  }

  @Test
  void patchDocumentHasLabelledSurveyAndReasons() {
    Map<String, Object> patch = table.patch("P-RED").orElseThrow();
    @SuppressWarnings("unchecked")
    List<SurveyFacts.Fact> survey = (List<SurveyFacts.Fact>) patch.get("survey");
    SurveyFacts.Fact state =
        survey.stream().filter(s -> s.field().equals("HFZLQK")).findFirst().orElseThrow();
    assertEquals("未治理", state.valueZh());
    assertEquals("A", state.code());
    @SuppressWarnings("unchecked")
    List<BilingualJson> reasons = (List<BilingualJson>) patch.get("reasons");
    assertTrue(reasons.stream().anyMatch(r -> r.zh().contains("须清零")), "" + reasons);
    assertTrue(table.patch("P-NONE").isEmpty());
  }

  @Test
  void csvDownloadIsExcelFriendlyStatesItsFilterAndHoldsTheFilteredRows() {
    DownloadFile file =
        table.download(
            filter(Set.of("not_restored"), null, null, null, 1, 1000),
            Download.PATCHES_CSV,
            Language.ZH);
    byte[] csv = file.bytes();
    assertEquals((byte) 0xEF, csv[0]);
    assertEquals((byte) 0xBB, csv[1]);
    assertEquals((byte) 0xBF, csv[2]);
    List<String> lines =
        new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
    assertEquals("筛选条件：恢复治理情况：未治理；修复优先序：前 1000 位", lines.get(0));
    assertTrue(lines.get(1).startsWith("图斑编号,行政区代码,行政区,恢复治理情况"), lines.get(1));
    assertTrue(lines.get(1).contains("生态保护红线（亩）"), lines.get(1));
    assertEquals(4, lines.size(), "filter, header and the two unrestored patches: " + lines);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("P-RED,340102,East County,未治理")));
    assertEquals("图斑表_未治理_修复优先序前 1000 位.csv", file.name());
    assertEquals("patches_not_restored_rank1-1000.csv", file.asciiName());
    DownloadFile english = table.download(PatchFilter.ALL, Download.SUMMARY_CSV, Language.EN);
    assertTrue(
        new String(english.bytes(), StandardCharsets.UTF_8)
            .startsWith(
                "\uFEFFFilter: none (all patches)\r\nzone or band,patches,area inside (mu),area"
                    + " inside (ha),patch area (mu),patch area (ha)\r\n"),
        new String(english.bytes(), StandardCharsets.UTF_8));
    assertEquals("summary.csv", english.name());
    assertEquals("summary.csv", english.asciiName());
  }

  @Test
  void geoJsonDownloadHoldsTheFilteredPatchesWithGeometryAndNamesTheFilter() throws Exception {
    DownloadFile file =
        table.download(
            filter(Set.of(), "red_line", null, null, 1, Integer.MAX_VALUE),
            Download.PATCHES_GEOJSON,
            Language.EN);
    JsonNode json = new ObjectMapper().readTree(file.bytes());
    assertEquals(
        "patches (Filter: zone: ecological protection red line)", json.get("name").asText());
    assertEquals("patches_ecological protection red line.geojson", file.name());
    assertEquals("patches_red_line.geojson", file.asciiName());
    assertEquals(1, json.get("features").size());
    JsonNode f = json.get("features").get(0);
    assertEquals("P-RED", f.get("properties").get("TBBH").asText());
    assertEquals("not restored", f.get("properties").get("restoration_state").asText());
    assertEquals("Polygon", f.get("geometry").get("type").asText());
  }
}
