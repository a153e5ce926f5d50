package org.mineeco.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.stats.Preset;
import org.mineeco.stats.PresetOptions;
import org.mineeco.stats.Presets;
import org.mineeco.stats.RiverZones;
import org.mineeco.stats.TableDefinition;
import org.mineeco.stats.TableDefinition.Measure;

class TableSpecsTest {
  @TempDir Path dir;

  private List<TableDefinition> load(String yaml) throws IOException {
    Path file = dir.resolve("tables.yaml");
    Files.writeString(file, yaml);
    return TableSpecs.load(file);
  }

  private void assertMessage(String part, String yaml) {
    SpecException e = assertThrows(SpecException.class, () -> load(yaml));
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }

  @Test
  void readsRowsColumnsMeasuresZonesFilterAndTitle() throws IOException {
    List<TableDefinition> tables =
        load(
            """
            tables:
              - name: damage-status
                title: {zh: 损毁土地统计表, en: Damaged land}
                rows: [County, damage]
                columns: status
                measures: [patches, mines, 亩]
                where: {status: [PRODUCING, ABANDONED], class: LEGACY}
                decimals: 1
              - {name: zone-area, rows: [zone], measures: [km2], zones: [red_line, farmland]}
              - {name: periods, rows: [county], columns: [year], measures: [ha], periods: [2022-2023, 2024-2025]}
            """);
    TableDefinition d = tables.get(0);
    assertEquals(List.of("county", "damage"), d.rows());
    assertEquals(List.of("status"), d.columns());
    assertEquals(List.of(Measure.PATCHES, Measure.MINES, Measure.MU), d.measures());
    assertEquals(
        Map.of("status", Set.of("PRODUCING", "ABANDONED"), "class", Set.of("LEGACY")), d.where());
    assertEquals("损毁土地统计表", d.title().zh());
    assertEquals(1, d.decimals());
    assertEquals(List.of("red_line", "farmland"), tables.get(1).zones());
    assertEquals(
        List.of(
            org.mineeco.stats.YearRange.parse("2022-2023"),
            org.mineeco.stats.YearRange.parse("2024-2025")),
        tables.get(2).periods());
  }

  @Test
  void thePresetsCanBeWrittenAsDefinitions() throws IOException {
    List<TableDefinition> tables =
        load(
            """
            tables:
              - name: dandong
                rows: [county]
                columns: [year, status]
                measures: [mu]
                periods: [2018-2020, 2021-2022]
                groups:
                  status: {PRODUCING: PRODUCING, CLOSED_OR_ABANDONED: [POLICY_CLOSED, ABANDONED]}
              - name: annex
                rows: [province]
                columns: [river]
                measures: [patches, mines, ha]
                rivers: {main: yangtze_0_10000, tributaries: tributaries_0_10000, union: both_0_10000}
            """);
    assertEquals(
        Presets.definition(Preset.DANDONG, PresetOptions.defaults()).columns(),
        tables.get(0).columns());
    assertEquals(
        List.of("PRODUCING", "CLOSED_OR_ABANDONED"),
        List.copyOf(tables.get(0).groups().get("status").keySet()));
    assertEquals(
        Set.of("POLICY_CLOSED", "ABANDONED"),
        tables.get(0).groups().get("status").get("CLOSED_OR_ABANDONED"));
    assertEquals(
        new RiverZones("yangtze_0_10000", "tributaries_0_10000", "both_0_10000"),
        tables.get(1).rivers());
    assertMessage(
        "tables[0].rivers.unoin: unknown key (did you mean 'union'?)",
        "tables:\n  - {name: t, rows: [river], measures: [ha], rivers: {main: a, tributaries: b,"
            + " unoin: c}}\n");
    assertMessage(
        "river zones are needed exactly when the river dimension is used",
        "tables:\n  - {name: t, rows: [river], measures: [ha]}\n");
    assertMessage(
        "value ABANDONED is in two groups",
        "tables:\n  - {name: t, rows: [status], measures: [ha], groups: {status: {a: [ABANDONED],"
            + " b: [ABANDONED]}}}\n");
    assertMessage(
        "groups take patch dimensions of the table's rows or columns",
        "tables:\n  - {name: t, rows: [county], measures: [ha], groups: {status: {a: [ABANDONED]}}}\n");
  }

  @Test
  void namesTheKeyOfEveryProblem() {
    assertMessage(
        "tables[0].measure: unknown key (did you mean 'measures'?)",
        "tables:\n  - {name: t, rows: [county], measure: [mu]}\n");
    assertMessage(
        "tables[0].measures[1]: unknown measure 'acre'",
        "tables:\n  - {name: t, rows: [county], measures: [mu, acre]}\n");
    assertMessage(
        "tables[0]: table t: unknown dimension 'colour'",
        "tables:\n  - {name: t, rows: [colour], measures: [mu]}\n");
    assertMessage(
        "tables[1].name: table name 't' is used twice",
        "tables:\n  - {name: t, rows: [county], measures: [mu]}\n"
            + "  - {name: t, rows: [city], measures: [ha]}\n");
    assertMessage("tables[0].rows: missing", "tables:\n  - {name: t, measures: [mu]}\n");
    assertMessage("tables: expected at least one table", "tables: []\n");
    assertMessage(
        "tables[0].periods[0]: expected a year or a year range",
        "tables:\n  - {name: t, rows: [year], measures: [ha], periods: [soon]}\n");
    assertMessage(
        "tables[0]: table t: zone columns are needed",
        "tables:\n  - {name: t, rows: [zone], measures: [mu]}\n");
  }
}
