package org.mineeco.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Language;

class SvgChartWriterTest {
  @Test
  void theAxisEndsAtTheFirstRoundTickAboveTheData() {
    // 1,050: steps of 500 (250 would need five) → axis to 1,500, not 2,000
    assertEquals(500, SvgChartWriter.tickStep(1050), 1e-9);
    // 100: four steps of 25 reach it exactly
    assertEquals(25, SvgChartWriter.tickStep(100), 1e-9);
    assertEquals(0.5, SvgChartWriter.tickStep(1.9), 1e-9);
    assertEquals(1, SvgChartWriter.tickStep(0), 1e-9);
  }

  @Test
  void titlesFitLegendNamesAreDistinctAndTheFontFallbackIsNamed() throws IOException {
    String longTitle = "长江干流及主要支流两侧各10公里范围废弃露天矿山遥感解译图斑统计表（公顷）";
    Bilingual area = new Bilingual("area", "面积");
    List<Column> columns =
        List.of(
            Column.label("region", new Bilingual("region", "省份")),
            Column.area("a", new Bilingual("x", "江西"), area, AreaUnit.HECTARE, 2),
            Column.area("b", new Bilingual("x", "江西"), area, AreaUnit.HECTARE, 2));
    List<Row> rows =
        List.of(
            new Row(
                Row.Kind.DATA,
                List.of(
                    Cell.text("江西"),
                    Cell.area(Area.of(3, AreaUnit.HECTARE)),
                    Cell.area(Area.of(1, AreaUnit.HECTARE)))));
    Table table =
        new Table(
            "t",
            new Bilingual("long", longTitle),
            columns,
            rows,
            List.of(),
            new Chart(new Bilingual("long", longTitle), "region", List.of("a", "b")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SvgChartWriter.write(table, Language.ZH, out);
    String svg = out.toString(StandardCharsets.UTF_8);
    Matcher width = Pattern.compile("<svg [^>]*width=\"(\\d+)\"").matcher(svg);
    assertTrue(width.find());
    // 35 wide characters (full-width brackets included) and the 2 digits of "10" at 14 px:
    // 35 * 14 + 2 * 8.4 = 506.8 px from x = 10
    assertTrue(Integer.parseInt(width.group(1)) >= 10 + 507, svg);
    assertTrue(svg.contains("font-family=\"Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei"));
    assertTrue(svg.contains(">江西 面积 (a)<") && svg.contains(">江西 面积 (b)<"), svg);
    // ticks 0, 1, 2, 3 ha: the data's 3 ha is the top, not 5 or 6
    assertTrue(svg.contains(">3</text>") && !svg.contains(">4</text>"), svg);
  }
}
