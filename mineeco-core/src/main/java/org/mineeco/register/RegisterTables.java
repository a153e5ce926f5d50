package org.mineeco.register;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.locationtech.jts.geom.Point;
import org.mineeco.inventory.SurveyedPatch;
import org.mineeco.io.Feature;
import org.mineeco.model.PlannedPeriod;
import org.mineeco.stats.PatchFacts;
import org.mineeco.table.Cell;
import org.mineeco.table.Column;
import org.mineeco.table.Row;
import org.mineeco.table.Table;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Labels;
import org.mineeco.vocabulary.Vocabulary;

/** The register's tables, in the plans' words; areas in mu (2 decimals) on CGCS2000. */
final class RegisterTables {
  private static final Bilingual NONE = Bilingual.same("");
  private static final Bilingual PATCH = new Bilingual("patch", "图斑编号");
  private static final Bilingual COUNTY = new Bilingual("county", "县（区）");
  private static final Bilingual MINE = new Bilingual("mine", "矿山编号");
  private static final Bilingual AREA = new Bilingual("area", "面积");
  private static final Bilingual YES = new Bilingual("yes", "是");
  private static final Bilingual NO = new Bilingual("no", "否");
  private static final Bilingual AREA_NOTE =
      new Bilingual(
          "areas: CGCS2000 ellipsoidal, mu, rounded to 2 decimals after summing",
          "面积：CGCS2000 椭球面积，单位亩，求和后保留 2 位小数");

  /** County, patch, mine and area: the first columns of the patch lists. */
  private static final List<Column> PATCH_COLUMNS =
      List.of(
          Column.label("county", COUNTY),
          Column.label("patch", PATCH),
          Column.label("mine", MINE),
          Column.area("area", NONE, AREA, AreaUnit.MU, 2));

  private RegisterTables() {}

  static Table ledger(
      Map<String, LedgerEntry> entries,
      Map<String, Boolean> overdue,
      List<SurveyedPatch> latest,
      Set<String> delisted,
      Labels labels,
      LocalDate asOf) {
    Set<String> mines = entries.keySet();
    Set<String> zones = new TreeSet<>();
    latest.stream()
        .filter(p -> mines.contains(p.mine()))
        .forEach(p -> zones.addAll(p.zones().keySet()));
    Bilingual inside = new Bilingual("area inside", "区内面积");
    List<Column> columns =
        new ArrayList<>(
            List.of(
                Column.label("mine", MINE),
                Column.label("county", COUNTY),
                Column.label("party", new Bilingual("responsible party", "责任主体")),
                Column.label("responsibility", new Bilingual("responsibility", "责任类型")),
                Column.label("task", new Bilingual("task", "治理任务")),
                Column.label("funding_source", new Bilingual("funding source", "资金来源")),
                Column.label("funds", new Bilingual("funds (10,000 yuan)", "资金（万元）")),
                Column.label("deadline", new Bilingual("deadline", "治理时限")),
                Column.label("plan", new Bilingual("plan no.", "方案编号")),
                Column.count("patches", NONE, new Bilingual("patches", "图斑")),
                Column.area("area", NONE, AREA, AreaUnit.MU, 2),
                Column.count("restored", NONE, new Bilingual("restored", "已治理")),
                Column.count("delisted", NONE, new Bilingual("delisted", "已销号")),
                Column.label("overdue", new Bilingual("overdue", "逾期"))));
    zones.forEach(
        z -> columns.add(Column.area("zone_" + z, inside, labels.column(z), AreaUnit.MU, 2)));
    List<Row> rows = new ArrayList<>();
    for (LedgerEntry e : entries.values()) {
      List<SurveyedPatch> mine = latest.stream().filter(p -> p.mine().equals(e.mine())).toList();
      List<Cell> cells =
          new ArrayList<>(
              List.of(
                  Cell.text(e.mine()),
                  Cell.text(mine.isEmpty() ? "-" : Register.countyName(mine.get(0))),
                  Cell.text(e.party()),
                  Cell.text(e.responsibility().words()),
                  Cell.text(e.task()),
                  Cell.text(e.fundingSource()),
                  Cell.text(e.funds().toPlainString()),
                  Cell.text(e.deadline().toString()),
                  Cell.text(e.plan()),
                  new Cell.Count(mine.size()),
                  Cell.area(sum(mine)),
                  new Cell.Count(mine.stream().filter(SurveyedPatch::restored).count()),
                  new Cell.Count(
                      mine.stream().filter(p -> p.delisted() || delisted.contains(p.id())).count()),
                  Cell.text(overdue.get(e.mine()) ? YES : NO)));
      for (String z : zones) {
        Area in = Area.ZERO;
        for (SurveyedPatch p : mine) {
          in = in.plus(p.zones().getOrDefault(z, Area.ZERO));
        }
        cells.add(Cell.area(in));
      }
      rows.add(new Row(Row.Kind.DATA, cells));
    }
    return new Table(
        "ledger",
        Bilingual.format("Ledger per mine as of %s", "一矿一策台账（截至 %s）", asOf),
        columns,
        rows,
        List.of(
            AREA_NOTE,
            new Bilingual(
                "patches of the latest survey; overdue = deadline month passed and a patch"
                    + " neither restored nor delisted; area inside: the mine's patches inside"
                    + " each zone or band they touch (zones may overlap, so no total)",
                "图斑按最新年度调查；逾期 = 已过治理时限所在月份且仍有图斑未治理、未销号；" + "区内面积：该矿图斑落在各分区（距离带）内的面积（分区可能重叠，不合计）")),
        null);
  }

  private static List<Cell> patchCells(SurveyedPatch p) {
    return List.of(
        Cell.text(Register.countyName(p)),
        Cell.text(p.id()),
        Cell.text(p.mine()),
        Cell.area(p.area()));
  }

  static Table candidates(List<SurveyedPatch> ready) {
    List<SurveyedPatch> sorted = byCounty(ready);
    List<Row> rows = new ArrayList<>();
    for (SurveyedPatch p : sorted) {
      rows.add(new Row(Row.Kind.DATA, patchCells(p)));
    }
    rows.add(
        new Row(
            Row.Kind.TOTAL,
            List.of(
                Cell.text(new Bilingual("total", "合计")),
                Cell.text(String.valueOf(sorted.size())),
                Cell.text(""),
                Cell.area(sum(sorted)))));
    return new Table(
        "candidates",
        new Bilingual("Patches ready for delisting", "可销号图斑"),
        PATCH_COLUMNS,
        rows,
        List.of(
            AREA_NOTE,
            new Bilingual(
                "restored in the latest and the previous survey, not delisted",
                "最新两期调查均为已治理、尚未销号")),
        null);
  }

  /**
   * The draft plan of {@code year}: the patches left open (neither restored nor delisted) in the
   * order of their restoration priority in the latest survey's analysis, patches without a rank
   * last (by county and id), each with the zones and bands it touches.
   */
  static Table draftPlan(int year, List<SurveyedPatch> open, Labels labels) {
    List<SurveyedPatch> sorted = byCounty(open);
    sorted.sort(
        Comparator.comparing(
            SurveyedPatch::rank, Comparator.nullsLast(Comparator.<Integer>naturalOrder())));
    List<Column> columns = new ArrayList<>();
    columns.add(Column.label("rank", new Bilingual("priority", "修复优先序")));
    columns.addAll(PATCH_COLUMNS);
    columns.add(Column.label("zones", new Bilingual("zones and bands", "所在分区及距离带")));
    List<Row> rows = new ArrayList<>();
    for (SurveyedPatch p : sorted) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.text(p.rank() == null ? "-" : p.rank().toString()));
      cells.addAll(patchCells(p));
      List<String> zh = new ArrayList<>();
      List<String> en = new ArrayList<>();
      p.zones().keySet().forEach(z -> zh.add(labels.column(z).zh()));
      p.zones().keySet().forEach(z -> en.add(labels.column(z).en()));
      cells.add(Cell.text(new Bilingual(String.join("; ", en), String.join("、", zh))));
      rows.add(new Row(Row.Kind.DATA, cells));
    }
    rows.add(
        new Row(
            Row.Kind.TOTAL,
            List.of(
                Cell.text(new Bilingual("total", "合计")),
                Cell.text(""),
                Cell.text(String.valueOf(sorted.size())),
                Cell.text(""),
                Cell.area(sum(sorted)),
                Cell.text(""))));
    return new Table(
        "draft-plan",
        Bilingual.format(
            "Draft plan %d: open patches by restoration priority",
            "%d 年度实施方案草案：待修复图斑（按修复优先序）", year),
        columns,
        rows,
        List.of(
            AREA_NOTE,
            new Bilingual(
                "patches of the latest survey neither restored nor delisted; priority: the"
                    + " restoration rank of that survey's analysis (1 first: must-clear zones,"
                    + " then the nearest corridor band, then three zones two lines, then the"
                    + " easier restoration mode and the smaller patch); '-' for surveys recorded"
                    + " without it",
                "最新年度调查中未治理、未销号的图斑；修复优先序：该年度调查分析给出的修复次序（1 为最先：先必须退出的分区，"
                    + "再按最近的距离带、三区两线、修复方式由易到难、面积由小到大）；“-”为未记录优先序的调查")),
        null);
  }

  /** How a balance table groups patches: its rows, first column, name and title. */
  record Grouping(
      String name,
      Bilingual title,
      Column column,
      Function<SurveyedPatch, String> key,
      Comparator<String> order,
      Function<String, Bilingual> words) {}

  /** The balance per county, by county name. */
  static final Grouping BY_COUNTY =
      new Grouping(
          "delisting-balance",
          new Bilingual(
              "Restored and delisted by county (restore a batch, delist a batch)", "修复一批、注销一批"),
          Column.label("county", COUNTY),
          Register::countyName,
          Comparator.naturalOrder(),
          Bilingual::same);

  /** The balance per planned period (NXFSJD), in the plans' order. */
  static final Grouping BY_PERIOD =
      new Grouping(
          "delisting-balance-period",
          new Bilingual("Restored and delisted by planned period", "修复一批、注销一批（按拟修复时间阶段）"),
          Column.label("period", Vocabulary.term("dimension.period")),
          p -> p.dimensions().getOrDefault(PatchFacts.PERIOD, PatchFacts.UNKNOWN),
          Comparator.comparing(RegisterTables::period),
          k -> Vocabulary.of(period(k)));

  private static PlannedPeriod period(String name) {
    try {
      return PlannedPeriod.valueOf(name);
    } catch (IllegalArgumentException e) {
      return PlannedPeriod.UNKNOWN;
    }
  }

  static Table balance(
      List<SurveyedPatch> patches, Set<String> delisted, Set<String> ready, Grouping grouping) {
    List<Column> columns = new ArrayList<>(List.of(grouping.column()));
    for (String[] g : BALANCE_GROUPS) {
      Bilingual group = new Bilingual(g[1], g[2]);
      columns.add(Column.count(g[0] + "_patches", group, COUNT));
      columns.add(Column.area(g[0] + "_area", group, AREA, AreaUnit.MU, 2));
    }
    Map<String, List<List<SurveyedPatch>>> groups = new TreeMap<>(grouping.order());
    for (SurveyedPatch p : patches) {
      List<List<SurveyedPatch>> cells =
          groups.computeIfAbsent(grouping.key().apply(p), k -> emptyGroups());
      boolean isDelisted = p.delisted() || delisted.contains(p.id());
      boolean[] in = {
        p.restored(), isDelisted, ready.contains(p.id()), p.restored() && !isDelisted
      };
      for (int i = 0; i < in.length; i++) {
        if (in[i]) {
          cells.get(i).add(p);
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    List<List<SurveyedPatch>> total = emptyGroups();
    groups.forEach(
        (key, cells) -> {
          rows.add(balanceRow(Row.Kind.DATA, grouping.words().apply(key), cells));
          for (int i = 0; i < cells.size(); i++) {
            total.get(i).addAll(cells.get(i));
          }
        });
    rows.add(balanceRow(Row.Kind.TOTAL, new Bilingual("total", "合计"), total));
    int year = patches.isEmpty() ? 0 : patches.get(0).year();
    return new Table(
        grouping.name(),
        grouping.title(),
        columns,
        rows,
        List.of(
            AREA_NOTE,
            Bilingual.format(
                "patches of the %d survey; delisted = flagged by the survey or recorded in the"
                    + " register (by the end of the year; every delisting for the latest survey);"
                    + " ready = restored in this survey and the one before, not delisted",
                "图斑按 %d 年度调查；已销号 = 调查标注或登记簿已记录（截至当年年底；最新年度调查计全部销号）；" + "可销号 = 本期及上期调查均为已治理、尚未销号",
                year)),
        null);
  }

  private static final Bilingual COUNT = new Bilingual("patches", "图斑");
  private static final String[][] BALANCE_GROUPS = {
    {"restored", "restored", "已治理"},
    {"delisted", "delisted", "已销号"},
    {"ready", "ready for delisting", "可销号"},
    {"open", "restored, not delisted", "已治理未销号"}
  };

  private static List<List<SurveyedPatch>> emptyGroups() {
    return List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
  }

  private static Row balanceRow(Row.Kind kind, Bilingual first, List<List<SurveyedPatch>> cells) {
    List<Cell> row = new ArrayList<>(List.of(Cell.text(first)));
    for (List<SurveyedPatch> c : cells) {
      row.add(new Cell.Count(c.size()));
      row.add(Cell.area(sum(c)));
    }
    return new Row(kind, row);
  }

  /** One survey year of the yearly balance: restored that year, delisted that year, still open. */
  record YearBalance(
      int year,
      List<SurveyedPatch> restored,
      List<SurveyedPatch> delisted,
      List<SurveyedPatch> open) {}

  static Table yearlyBalance(List<YearBalance> years) {
    String[][] groups = {
      {"restored", "restored that year", "当年新增治理"},
      {"delisted", "delisted that year", "当年销号"},
      {"open", "restored, not delisted, at the year's survey", "已治理未销号（年末）"}
    };
    List<Column> columns =
        new ArrayList<>(List.of(Column.label("year", new Bilingual("survey year", "调查年度"))));
    for (String[] g : groups) {
      Bilingual group = new Bilingual(g[1], g[2]);
      columns.add(Column.count(g[0] + "_patches", group, COUNT));
      columns.add(Column.area(g[0] + "_area", group, AREA, AreaUnit.MU, 2));
    }
    List<Row> rows = new ArrayList<>();
    List<SurveyedPatch> restored = new ArrayList<>();
    List<SurveyedPatch> delisted = new ArrayList<>();
    for (YearBalance y : years) {
      rows.add(
          balanceRow(
              Row.Kind.DATA,
              Bilingual.same(String.valueOf(y.year())),
              List.of(y.restored(), y.delisted(), y.open())));
      restored.addAll(y.restored());
      delisted.addAll(y.delisted());
    }
    List<Cell> total = new ArrayList<>(List.of(Cell.text(new Bilingual("total", "合计"))));
    for (List<SurveyedPatch> c : List.of(restored, delisted)) {
      total.add(new Cell.Count(c.size()));
      total.add(Cell.area(sum(c)));
    }
    total.add(new Cell.Blank());
    total.add(new Cell.Blank());
    rows.add(new Row(Row.Kind.TOTAL, total));
    return new Table(
        "delisting-yearly",
        new Bilingual("Restore a batch, delist a batch: year by year", "修复一批、注销一批（逐年）"),
        columns,
        rows,
        List.of(
            AREA_NOTE,
            new Bilingual(
                "restored that year = restored in the survey, not in the patch it was matched to"
                    + " the survey before (the first recorded survey: all restored); delisted that"
                    + " year = delisted for the survey (its flag, or the register by the end of the"
                    + " year; every delisting for the latest survey), not for the one before",
                "当年新增治理 = 本期调查已治理、上期匹配图斑未治理（首个记录年度计全部已治理）；"
                    + "当年销号 = 本期已销号（调查标注，或登记簿截至当年年底，最新年度调查计全部销号）、上期未销号")),
        null);
  }

  static Table fieldSheet(
      List<SurveyedPatch> drawn,
      Labels labels,
      SampleOptions options,
      Map<String, Integer> population) {
    List<Column> columns = new ArrayList<>(PATCH_COLUMNS);
    columns.addAll(
        List.of(
            Column.label("lon", new Bilingual("centre longitude (CGCS2000)", "中心经度（CGCS2000）")),
            Column.label("lat", new Bilingual("centre latitude (CGCS2000)", "中心纬度（CGCS2000）")),
            Column.label("zones", new Bilingual("zones", "涉及分区")),
            Column.label("finding", new Bilingual("finding", "核查结果"))));
    List<Row> rows = new ArrayList<>();
    for (SurveyedPatch p : drawn) {
      Point c = p.geometry().getInteriorPoint();
      List<String> zh = new ArrayList<>();
      List<String> en = new ArrayList<>();
      p.zones().keySet().forEach(k -> zh.add(labels.column(k).zh()));
      p.zones().keySet().forEach(k -> en.add(labels.column(k).en()));
      List<Cell> cells = new ArrayList<>(patchCells(p));
      cells.add(Cell.text(String.format(Locale.ROOT, "%.6f", c.getX())));
      cells.add(Cell.text(String.format(Locale.ROOT, "%.6f", c.getY())));
      cells.add(Cell.text(new Bilingual(String.join(", ", en), String.join("、", zh))));
      cells.add(Cell.text(""));
      rows.add(new Row(Row.Kind.DATA, cells));
    }
    List<String> strataZh = new ArrayList<>();
    List<String> strataEn = new ArrayList<>();
    population.forEach(
        (k, n) -> {
          String name = k.isEmpty() ? "全部" : k;
          strataZh.add(name + " " + Math.min(n, options.size()) + "/" + n);
          strataEn.add((k.isEmpty() ? "all" : k) + " " + Math.min(n, options.size()) + "/" + n);
        });
    return new Table(
        "sample",
        Bilingual.format(
            "Spot-check sample of %d (seed %d)",
            "%d 年度抽查样本（随机种子 %d）", options.year(), options.seed()),
        columns,
        rows,
        List.of(
            AREA_NOTE,
            new Bilingual(
                "drawn among restored or delisted patches, per stratum: "
                    + String.join(", ", strataEn),
                "从已治理或已销号图斑中分层随机抽取，各层 抽取/总数：" + String.join("，", strataZh)),
            new Bilingual("centre: a point inside the patch", "中心点取图斑内部点（保证落在图斑内）")),
        null);
  }

  static Table findings(List<Check> checks, Map<String, SurveyedPatch> latest) {
    Bilingual group = new Bilingual("spot checks", "抽查");
    List<Column> columns =
        List.of(
            Column.label("county", COUNTY),
            Column.count("checked", group, new Bilingual("checks", "次数")),
            Column.count("passed", group, Finding.PASSED.words()),
            Column.count("failed", group, Finding.FAILED.words()));
    Map<String, long[]> byCounty = new TreeMap<>();
    for (Check c : checks) {
      long[] n =
          byCounty.computeIfAbsent(Register.countyName(latest.get(c.patch())), k -> new long[3]);
      n[0]++;
      n[c.finding() == Finding.PASSED ? 1 : 2]++;
    }
    long[] total = new long[3];
    List<Row> rows = new ArrayList<>();
    byCounty.forEach(
        (county, n) -> {
          rows.add(findingsRow(Row.Kind.DATA, Bilingual.same(county), n));
          for (int i = 0; i < 3; i++) {
            total[i] += n[i];
          }
        });
    rows.add(findingsRow(Row.Kind.TOTAL, new Bilingual("total", "合计"), total));
    return new Table(
        "findings",
        new Bilingual("Spot-check findings by county", "抽查结果（按县区）"),
        columns,
        rows,
        List.of(
            new Bilingual(
                "every recorded check of a patch of the latest survey", "登记簿记录的全部抽查，图斑按最新年度调查归县区")),
        null);
  }

  private static Row findingsRow(Row.Kind kind, Bilingual county, long[] n) {
    return new Row(
        kind,
        List.of(
            Cell.text(county), new Cell.Count(n[0]), new Cell.Count(n[1]), new Cell.Count(n[2])));
  }

  static Table progress(
      Set<String> mines,
      Map<String, String> county,
      Map<String, ProgressReport> latest,
      LocalDate asOf) {
    Bilingual notReported = new Bilingual("not reported this month", "本月未填报");
    List<Column> columns =
        List.of(
            Column.label("county", COUNTY),
            Column.label("mine", MINE),
            Column.label("date", new Bilingual("reported on", "填报日期")),
            Column.label("stage", new Bilingual("stage", "阶段")),
            Column.percent("percent", NONE, new Bilingual("progress", "进度"), 0),
            Column.label("note", new Bilingual("note", "备注")),
            Column.label("this_month", new Bilingual("this month", "本月填报")));
    List<String> sorted = new ArrayList<>(mines);
    sorted.sort(
        (a, b) -> {
          int c = county.getOrDefault(a, "-").compareTo(county.getOrDefault(b, "-"));
          return c != 0 ? c : a.compareTo(b);
        });
    List<Row> rows = new ArrayList<>();
    for (String mine : sorted) {
      ProgressReport r = latest.get(mine);
      boolean thisMonth = r != null && YearMonth.from(r.date()).equals(YearMonth.from(asOf));
      rows.add(
          new Row(
              Row.Kind.DATA,
              List.of(
                  Cell.text(county.getOrDefault(mine, "-")),
                  Cell.text(mine),
                  Cell.text(r == null ? "-" : r.date().toString()),
                  r == null ? Cell.text("-") : Cell.text(r.stage().words()),
                  r == null ? new Cell.Blank() : new Cell.Percent(r.percent()),
                  Cell.text(r == null ? "" : r.note()),
                  Cell.text(thisMonth ? YES : notReported))));
    }
    return new Table(
        "progress",
        Bilingual.format("Monthly progress as of %s", "修复工程进度月报（截至 %s）", asOf),
        columns,
        rows,
        List.of(
            new Bilingual(
                "mines of the ledger or with a report; each mine's latest report up to the date;"
                    + " not reported this month = no report dated in that month up to the date",
                "台账矿山及已填报矿山；各矿截至当日的最新填报；本月未填报 = 当月截至当日无填报")),
        null);
  }

  static Publication publication(
      List<SurveyedPatch> patches,
      Map<String, Delisting> delistings,
      Map<String, LedgerEntry> ledger,
      int year) {
    List<Column> columns =
        new ArrayList<>(
            List.of(
                Column.label("patch", PATCH),
                Column.label("county", COUNTY),
                Column.label("mine", MINE),
                Column.area("area", NONE, AREA, AreaUnit.MU, 2),
                Column.label("state", new Bilingual("state", "状态")),
                Column.label("delisting_date", new Bilingual("delisting date", "销号日期")),
                Column.label("delisting_document", new Bilingual("delisting document", "销号文号"))));
    if (ledger != null) {
      columns.add(Column.label("party", new Bilingual("responsible party", "责任主体")));
      columns.add(Column.label("funding_source", new Bilingual("funding source", "资金来源")));
      columns.add(Column.label("funds", new Bilingual("funds (10,000 yuan)", "资金（万元）")));
    }
    List<Row> rows = new ArrayList<>();
    List<Feature> features = new ArrayList<>();
    for (SurveyedPatch p : byCounty(patches)) {
      Delisting d = delistings.get(p.id());
      Bilingual state =
          d != null || p.delisted()
              ? new Bilingual("delisted", "已销号")
              : p.restored()
                  ? new Bilingual("restored", "已治理")
                  : new Bilingual("not restored", "未治理");
      List<Cell> cells =
          new ArrayList<>(
              List.of(
                  Cell.text(p.id()),
                  Cell.text(Register.countyName(p)),
                  Cell.text(p.mine()),
                  Cell.area(p.area()),
                  Cell.text(state),
                  Cell.text(d == null ? "" : d.date().toString()),
                  Cell.text(d == null ? "" : d.document())));
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("patch", p.id());
      v.put("county", Register.countyName(p));
      v.put("mine", p.mine());
      v.put("area_mu", Math.round(Register.mu(p) * 100) / 100.0);
      v.put("state", state.zh());
      v.put("delisting_date", d == null ? null : d.date().toString());
      v.put("delisting_document", d == null ? null : d.document());
      if (ledger != null) {
        LedgerEntry e = ledger.get(p.mine());
        cells.add(Cell.text(e == null ? "" : e.party()));
        cells.add(Cell.text(e == null ? "" : e.fundingSource()));
        cells.add(Cell.text(e == null ? "" : e.funds().toPlainString()));
        v.put("party", e == null ? null : e.party());
        v.put("funding_source", e == null ? null : e.fundingSource());
        v.put("funds_10k_yuan", e == null ? null : e.funds().toPlainString());
      }
      rows.add(new Row(Row.Kind.DATA, cells));
      features.add(new Feature(features.size(), p.geometry(), v));
    }
    Table table =
        new Table(
            "public-list",
            Bilingual.format("Public list of %d", "%d 年度矿山生态修复图斑公示表", year),
            columns,
            rows,
            List.of(
                AREA_NOTE,
                ledger != null
                    ? new Bilingual("with the ledger's party and funding columns", "含台账责任主体与资金列")
                    : new Bilingual(
                        "without the ledger's party and funding (publish --with-ledger adds them)",
                        "不含台账责任主体与资金（加 --with-ledger 才公开）")),
            null);
    return new Publication(table, features);
  }

  /** The patches sorted by county name, then id. */
  private static List<SurveyedPatch> byCounty(List<SurveyedPatch> patches) {
    List<SurveyedPatch> sorted = new ArrayList<>(patches);
    sorted.sort(
        (a, b) -> {
          int c = Register.countyName(a).compareTo(Register.countyName(b));
          return c != 0 ? c : a.id().compareTo(b.id());
        });
    return sorted;
  }

  private static Area sum(List<SurveyedPatch> patches) {
    Area total = Area.ZERO;
    for (SurveyedPatch p : patches) {
      total = total.plus(p.area());
    }
    return total;
  }
}
