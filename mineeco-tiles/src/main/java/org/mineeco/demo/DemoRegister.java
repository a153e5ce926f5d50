package org.mineeco.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;
import org.mineeco.io.CsvDialect;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;
import org.mineeco.io.Layers;
import org.mineeco.io.ReadOptions;

/**
 * The demo's register files for the walkthrough of a year (docs/register.md): {@code ledger.csv},
 * the ledger (一矿一策) of the first eight mines of the county of the demo's first mine id, and {@code
 * progress.csv}, their monthly progress reports of autumn 2024. Derived from the 2024 survey alone,
 * with no random draw: a legacy mine (TBDL 10) is the county's natural resources bureau's (历史遗留),
 * any other a company's (有主); the task follows the patch use, funds are 3 万元 a mu of declared area,
 * deadlines run from 2024-03 to 2025-12; a mine whose patches are all restored reports aftercare.
 * CSV in the project's dialect (UTF-8 with a byte-order mark).
 */
final class DemoRegister {
  static final String LEDGER = "ledger.csv";
  static final String PROGRESS = "progress.csv";
  private static final int MINES = 8;
  private static final String[] DEADLINES = {
    "2024-06", "2024-03", "2024-09", "2025-06", "2025-12", "2024-12", "2024-10", "2024-05"
  };
  private static final String[] COMPANIES = {"宏达", "青石", "鑫源", "华顺"};
  private static final String[] PUBLIC_FUNDS = {"中央财政", "省级财政", "县级财政"};
  private static final BigDecimal FUNDS_PER_MU = new BigDecimal("3");
  private static final BigDecimal M2_PER_MU = new BigDecimal("666.6666667");

  private DemoRegister() {}

  /** One mine of the ledger: its patches' properties in the 2024 survey. */
  private record Mine(String id, List<Feature> patches) {
    String county() {
      return patches.get(0).getString("XIAN");
    }

    boolean legacy() {
      return "10".equals(patches.get(0).getString("TBDL"));
    }

    boolean restored() {
      return patches.stream().allMatch(p -> "B".equals(p.getString("HFZLQK")));
    }

    BigDecimal mu() {
      double m2 = patches.stream().mapToDouble(p -> ((Number) p.get("TBMJ")).doubleValue()).sum();
      return BigDecimal.valueOf(m2).divide(M2_PER_MU, 2, RoundingMode.HALF_UP);
    }
  }

  /**
   * Writes both files into {@code directory} from its {@code patches_2024.geojson}; returns the
   * rows written per file name.
   *
   * @throws UncheckedIOException when a file cannot be read or written
   */
  static Map<String, Long> write(Path directory) {
    List<Mine> mines = mines(directory.resolve(DemoData.PATCHES_2024));
    Map<String, Long> rows = new TreeMap<>();
    rows.put(LEDGER, print(directory.resolve(LEDGER), ledger(mines)));
    rows.put(PROGRESS, print(directory.resolve(PROGRESS), progress(mines)));
    return rows;
  }

  /** The first {@value #MINES} mines by id of the county of the smallest mine id. */
  private static List<Mine> mines(Path patches) {
    Map<String, List<Feature>> byMine = new TreeMap<>();
    try (FeatureReader reader = Layers.open(patches, ReadOptions.DEFAULTS)) {
      while (reader.hasNext()) {
        Feature f = reader.next();
        if (f.getString("KSBH") != null) {
          byMine.computeIfAbsent(f.getString("KSBH"), k -> new ArrayList<>()).add(f);
        }
      }
    }
    String county = byMine.keySet().iterator().next().substring(2, 8);
    List<Mine> mines = new ArrayList<>();
    byMine.forEach(
        (id, list) -> {
          if (id.substring(2, 8).equals(county) && mines.size() < MINES) {
            mines.add(new Mine(id, list));
          }
        });
    return mines;
  }

  private static List<List<String>> ledger(List<Mine> mines) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("矿山编号", "责任主体", "责任类型", "治理任务", "资金来源", "资金（万元）", "治理时限", "方案编号"));
    for (int i = 0; i < mines.size(); i++) {
      Mine m = mines.get(i);
      rows.add(
          List.of(
              m.id(),
              m.legacy()
                  ? m.county() + "自然资源局"
                  : m.county() + COMPANIES[i % COMPANIES.length] + "矿业有限公司",
              m.legacy() ? "历史遗留" : "有主",
              task(m.patches().get(0).getString("TBSX")),
              m.legacy() ? PUBLIC_FUNDS[i % PUBLIC_FUNDS.length] : "企业自筹",
              m.mu().multiply(FUNDS_PER_MU).setScale(1, RoundingMode.HALF_UP).toPlainString(),
              DEADLINES[i % DEADLINES.length],
              m.id().substring(2, 8) + "-2024-" + String.format("%03d", i + 1)));
    }
    return rows;
  }

  private static String task(String tbsx) {
    return switch (tbsx == null ? "" : tbsx) {
      case "1" -> "削坡整形、覆土复绿";
      case "2", "4" -> "拆除清理、复绿";
      case "3" -> "渣堆清运、复绿";
      case "5" -> "塌陷回填、复垦";
      default -> "覆土复绿";
    };
  }

  private static List<List<String>> progress(List<Mine> mines) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("矿山编号", "填报日期", "阶段", "进度（%）", "备注"));
    for (int i = 0; i < mines.size(); i++) {
      String id = mines.get(i).id();
      if (mines.get(i).restored()) {
        rows.add(List.of(id, "2024-09-30", "管护", "100", ""));
        continue;
      }
      switch (i % 4) {
        case 0 -> {
          rows.add(List.of(id, "2024-10-15", "设计", "100", "方案已批复"));
          rows.add(List.of(id, "2024-11-18", "施工", "35", "削坡完成约三分之一"));
        }
        case 1 -> rows.add(List.of(id, "2024-11-25", "施工", "60", ""));
        case 2 -> rows.add(List.of(id, "2024-12-05", "监理", "80", "挡墙浇筑"));
        default -> rows.add(List.of(id, "2024-12-10", "验收", "100", "待出验收报告"));
      }
    }
    return rows;
  }

  /** Writes the rows (the header first); returns the rows after the header. */
  private static long print(Path file, List<List<String>> rows) {
    try (OutputStream out = Files.newOutputStream(file);
        CSVPrinter printer = CsvDialect.printer(out, true)) {
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return rows.size() - 1L;
  }
}
