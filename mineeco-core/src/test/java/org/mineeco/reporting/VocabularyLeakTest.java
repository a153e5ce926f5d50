package org.mineeco.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.analysis.ResultColumn;
import org.mineeco.analysis.ZoneColumns;
import org.mineeco.model.DamageType;
import org.mineeco.model.MineStatus;
import org.mineeco.model.MiningMethod;
import org.mineeco.model.PatchClass;
import org.mineeco.model.PlannedPeriod;
import org.mineeco.model.RestorationMode;
import org.mineeco.model.RestorationState;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.TableSpecs;
import org.mineeco.stats.Preset;
import org.mineeco.stats.RegionLevel;
import org.mineeco.stats.TableDefinition;
import org.mineeco.stats.Targets;
import org.mineeco.table.Cell;
import org.mineeco.table.Column;
import org.mineeco.table.Headers;
import org.mineeco.table.Table;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Language;

/**
 * No program key reaches a reader (DESIGN §5): every preset, the targets and monitoring tables, the
 * demo's table file, a table by zone and by band, and the zone table are read in Chinese and in
 * English — title, column groups, titles and units, notes and text cells — for the program's
 * identifiers: zone and column keys ({@code red_line}, {@code rivers_0_5000}), enum codes ({@code
 * CLOSED_OR_ABANDONED}, {@code POLICY_CLOSED}) and map literals ({@code {...}}).
 */
class VocabularyLeakTest {
  private static final Path DEMO = Path.of("..", "data", "demo");
  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final List<Class<? extends Enum<?>>> CODES =
      List.of(
          MineStatus.class,
          DamageType.class,
          PatchClass.class,
          RestorationMode.class,
          RestorationState.class,
          PlannedPeriod.class,
          MiningMethod.class,
          Preset.class,
          RegionLevel.class);

  private static final List<Table> TABLES = new ArrayList<>();
  private static final Set<String> KEYS = new HashSet<>();

  @BeforeAll
  static void render() {
    AnalysisSpec spec = AnalysisSpec.load(DEMO.resolve("analysis_2024.yaml"));
    List<TableDefinition> tables = new ArrayList<>(TableSpecs.load(DEMO.resolve("tables.yaml")));
    tables.add(TableDefinition.named("damage-status"));
    tables.add(TableDefinition.named("mines-by-status"));
    tables.add(
        TableDefinition.of(
            "bands", "city", "band", "patches,ha", "rivers_0_5000,rivers_5000_10000"));
    tables.add(
        TableDefinition.of(
            "zones",
            "county,zone",
            "",
            "patches,mines,mu",
            "red_line,farmland,three_zones_two_lines"));
    Report report =
        Reporting.run(
            spec,
            ReportingOptions.builder(List.of(Preset.values()))
                .tables(tables)
                .targets(Targets.read(DEMO.resolve("targets.csv")))
                .previous(DEMO.resolve("patches.geojson"), "XH")
                .analysis(AnalysisOptions.defaults())
                .build());
    TABLES.addAll(report.tables());
    TABLES.add(
        ZoneCounting.table(
            spec, "red_line", "TYPE", RegionLevel.COUNTY, AreaUnit.SQUARE_KILOMETRE, 2));
    for (ZoneColumns zone : report.analysis().columns().zones()) {
      KEYS.add(zone.zone());
      zone.areas().stream().map(ResultColumn::key).forEach(KEYS::add);
    }
    for (Class<? extends Enum<?>> type : CODES) {
      for (Enum<?> code : type.getEnumConstants()) {
        KEYS.add(code.name());
      }
    }
    KEYS.addAll(List.of("CLOSED_OR_ABANDONED", "NONE", "UNION", "MAIN", "TRIBUTARY"));
  }

  @Test
  void everyTableWasRendered() {
    List<String> names = TABLES.stream().map(Table::name).toList();
    assertTrue(
        names.containsAll(
            List.of(
                "yangtze-annex",
                "dandong",
                "allocation",
                "periods",
                "targets",
                "monitoring",
                "zone-area",
                "bands",
                "zones",
                "zone-counts")),
        names.toString());
  }

  @Test
  void chineseTablesHoldNoProgramKey() {
    assertEquals(List.of(), leaks(Language.ZH));
  }

  @Test
  void englishTablesHoldNoProgramKey() {
    assertEquals(List.of(), leaks(Language.EN));
  }

  /** Every program key found in what a reader of {@code language} sees, with where it was. */
  private static List<String> leaks(Language language) {
    List<String> found = new ArrayList<>();
    for (Table t : TABLES) {
      List<String> texts = new ArrayList<>();
      texts.add(t.title().in(language));
      for (Column c : t.columns()) {
        texts.add(Headers.title(c, language));
      }
      t.notes().stream().map(n -> n.in(language)).forEach(texts::add);
      for (int r = 0; r < t.rows().size(); r++) {
        for (Cell cell : t.rows().get(r).cells()) {
          if (cell instanceof Cell.Text text) {
            texts.add(text.text().in(language));
          }
        }
      }
      for (String text : texts) {
        if (text.contains("{") || text.contains("}")) {
          found.add(t.name() + ": a map literal in '" + text + "'");
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
          if (KEYS.contains(m.group()) && (language == Language.ZH || isIdentifier(m.group()))) {
            found.add(t.name() + ": " + m.group() + " in '" + text + "'");
          }
        }
      }
    }
    return found;
  }

  /**
   * In English a key that is an English word ({@code farmland}) is no leak; a key with an
   * underscore or in capitals ({@code red_line}, {@code POLICY_CLOSED}, {@code LEGACY}) is.
   */
  private static boolean isIdentifier(String word) {
    return word.contains("_") || word.matches("[A-Z][A-Z0-9]+");
  }

  @Test
  void theChineseTitlesAreChinese() {
    for (Table t : TABLES) {
      Bilingual title = t.title();
      assertTrue(
          title.zh().codePoints().anyMatch(cp -> cp >= 0x4e00 && cp <= 0x9fff), title.toString());
    }
  }
}
