package org.mineeco.cartography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.spec.AnalysisSpec;

class MapSheetTest {
  private static final Path DEMO = Path.of("../data/demo/analysis.yaml");
  private static SheetData data;

  @BeforeAll
  static void prepare() {
    data = MapSheet.prepare(AnalysisSpec.load(DEMO), AnalysisOptions.defaults());
  }

  @Test
  void rendersTheDemo() throws Exception {
    Path out = Path.of("target/sheets");
    Files.createDirectories(out);
    for (Theme theme : Theme.values()) {
      long start = System.nanoTime();
      SheetInfo info =
          MapSheet.write(
              data,
              SheetOptions.of(SheetExtent.region("490000"), theme, SheetFormat.PNG)
                  .withDpi(150)
                  .withDate(LocalDate.of(2026, 12, 6)),
              out.resolve("province-" + theme + ".png"));
      System.out.println(theme + " " + info + " " + (System.nanoTime() - start) / 1e9);
    }
    SheetInfo county =
        MapSheet.write(
            data,
            SheetOptions.of(SheetExtent.region("490423"), Theme.STATE, SheetFormat.PNG)
                .withDpi(150)
                .withDate(LocalDate.of(2026, 12, 6)),
            out.resolve("county.png"));
    System.out.println(county);
    MapSheet.write(
        data,
        SheetOptions.of(SheetExtent.region("490423"), Theme.STATE, SheetFormat.PDF)
            .withDate(LocalDate.of(2026, 12, 6)),
        out.resolve("county.pdf"));
    assertTrue(Files.size(out.resolve("county.pdf")) > 0);
    assertEquals(1, 1);
  }
}
