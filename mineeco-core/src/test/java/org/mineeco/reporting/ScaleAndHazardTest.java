package org.mineeco.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;
import org.mineeco.io.FieldType;
import org.mineeco.io.Layers;
import org.mineeco.io.WriteOptions;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.SmallSpec;
import org.mineeco.stats.TableDefinition;
import org.mineeco.table.Table;
import org.mineeco.vocabulary.Language;

/**
 * Mine scale and geological hazard as table dimensions (seed 003's counts by scale and by hazard),
 * on five 0.001° squares in West County whose codes are written in every accepted way, one of them
 * unknown and one missing: each reaches its row, the unknown and the missing are 未知, the rows are
 * in the plans' order and the areas are the squares' GRS80 areas (GeographicLib).
 */
class ScaleAndHazardTest {

  /** Patch → {scale code as written, hazard code as written}; null is a missing value. */
  private static final Map<String, String[]> CODES =
      Map.of(
          "A1", new String[] {"1", "1"},
          "A2", new String[] {"大型", "滑坡"},
          "A3", new String[] {"3", "0"},
          "A4", new String[] {"9", null},
          "A5", new String[] {"02", "7"});

  @TempDir Path dir;

  @Test
  void scaleAndHazardRowsInThePlansOrderWithUnknownCodesInTheirOwnRow() throws Exception {
    SmallSpec.write(dir);
    writePatches(dir.resolve("coded.geojson"));
    Path specFile =
        Files.writeString(
            dir.resolve("coded.yaml"),
            """
            crs: EPSG:4490
            patches: {path: coded.geojson, id: TBBH, scale: gm}
            regions: {path: counties.geojson, id: XZQDM, name: NAME}
            """);
    AnalysisSpec spec = AnalysisSpec.load(specFile);
    assertEquals("gm", spec.scaleField());
    assertEquals(AnalysisSpec.DEFAULT_HAZARD, spec.hazardField());
    Report report =
        Reporting.run(
            spec,
            ReportingOptions.builder(List.of())
                .tables(
                    List.of(
                        TableDefinition.of("by-scale", "scale", "", "patches,m2", ""),
                        TableDefinition.of("by-hazard", "hazard", "", "patches,m2", "")))
                .analysis(AnalysisOptions.builder().threads(2).build())
                .build());
    Table scale = table(report, "by-scale");
    assertEquals(List.of("大型", "中型", "小型", "未知", "合计"), firstColumn(scale, Language.ZH));
    assertEquals(
        List.of("large", "medium", "small", "unknown"),
        firstColumn(scale, Language.EN).subList(0, 4));
    assertEquals(List.of(2L, 1L, 1L, 1L, 5L), column(scale, 1));
    assertEquals(area("A1") + area("A2"), scale.number(0, 2).doubleValue(), 0.5);
    assertEquals(area("A4"), scale.number(3, 2).doubleValue(), 0.5);

    Table hazard = table(report, "by-hazard");
    assertEquals(List.of("崩塌", "滑坡", "无", "未知", "合计"), firstColumn(hazard, Language.ZH));
    assertEquals(List.of(1L, 1L, 1L, 2L, 5L), column(hazard, 1));
    assertEquals(area("A4") + area("A5"), hazard.number(3, 2).doubleValue(), 0.5);
  }

  private static Table table(Report report, String name) {
    return report.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> firstColumn(Table table, Language language) {
    List<String> values = new ArrayList<>();
    for (int r = 0; r < table.rows().size(); r++) {
      values.add(table.text(r, 0, language));
    }
    return values;
  }

  private static List<Long> column(Table table, int column) {
    List<Long> values = new ArrayList<>();
    for (int r = 0; r < table.rows().size(); r++) {
      values.add(table.number(r, column).longValue());
    }
    return values;
  }

  private static double[] centre(String id) {
    return new double[] {117.20 + 0.01 * (id.charAt(1) - '1'), 30.00};
  }

  private static Geometry square(String id) {
    return SmallSpec.squareAt(centre(id));
  }

  /** The square's area on GRS80 in m², from GeographicLib. */
  private static double area(String id) {
    net.sf.geographiclib.PolygonArea p =
        new net.sf.geographiclib.PolygonArea(SmallSpec.GRS80, false);
    Coordinate[] ring = square(id).getCoordinates();
    for (int i = 0; i < ring.length - 1; i++) {
      p.AddPoint(ring[i].y, ring[i].x);
    }
    return Math.abs(p.Compute(false, true).area);
  }

  private static void writePatches(Path file) {
    List<Field> fields =
        List.of("TBBH", "GM", "DZZH", "HFZLQK").stream()
            .map(k -> new Field(k, FieldType.STRING))
            .toList();
    try (FeatureWriter w = Layers.create(file, new WriteOptions(Crs.CGCS2000, "patches", fields))) {
      long index = 0;
      for (String id : List.of("A1", "A2", "A3", "A4", "A5")) {
        Map<String, Object> v = new HashMap<>();
        v.put("TBBH", id);
        v.put("GM", CODES.get(id)[0]);
        v.put("DZZH", CODES.get(id)[1]);
        v.put("HFZLQK", "A");
        w.write(new Feature(index++, square(id), v));
      }
      w.commit();
    }
  }
}
