package org.mineeco.stats;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.mineeco.table.Cell;
import org.mineeco.table.Chart;
import org.mineeco.table.Column;
import org.mineeco.table.Row;
import org.mineeco.table.Table;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Labels;
import org.mineeco.vocabulary.Vocabulary;

/**
 * Restoration targets against progress. A patch counts toward a target when it is restored ({@link
 * PatchFacts#restored()}), its restoration year lies in the target's period (when given), and its
 * status and mode match (when given, case-insensitive); it adds its area inside the target region
 * (with a zone, its measured area inside both zone and region, patch ∩ zone ∩ region). For a
 * clear-to-zero target (zero area in a zone) every patch with area in the zone and region that is
 * not restored is listed as open, whatever its year. Areas are CGCS2000 ellipsoidal areas.
 * Thread-safe (stateless).
 */
public final class Targets {
  private static final Bilingual TARGET = Vocabulary.term("measure.target");
  private static final Bilingual ACHIEVED = Vocabulary.term("measure.restored");
  private static final Bilingual COMPLETION = Vocabulary.term("measure.completion");
  private static final Bilingual REMAINING = Vocabulary.term("measure.remaining");

  private Targets() {}

  /**
   * Reads a targets CSV: header {@code region, period, status, zone, mode, target, unit} ({@code
   * period, status, zone, mode} optional); e.g. {@code 210600,2021-2025,,,,5085,mu}.
   *
   * @throws org.mineeco.io.BadInputException naming the file, line and column of a bad value
   */
  public static List<Target> read(Path file) {
    return TargetsCsv.read(file);
  }

  /** Progress against each target, in the targets' order, with no survey year. */
  public static List<TargetProgress> evaluate(
      List<Target> targets, List<PatchFacts> patches, List<Region> regions) {
    return evaluate(targets, patches, regions, (LocalDate) null);
  }

  /**
   * Progress against each target, in the targets' order, judged at the end of survey year {@code
   * surveyYear}: a target not met is late when its deadline month has ended by then (a deadline in
   * the survey year or before), on track otherwise.
   */
  public static List<TargetProgress> evaluate(
      List<Target> targets, List<PatchFacts> patches, List<Region> regions, Integer surveyYear) {
    return evaluate(
        targets, patches, regions, surveyYear == null ? null : LocalDate.of(surveyYear + 1, 1, 1));
  }

  /**
   * Progress against each target, in the targets' order, at the report date {@code asOf}: met when
   * reached; otherwise late from the first day after its deadline month ({@code YYYY-MM}; a year is
   * its December), on track until then; without a deadline or a date, {@link
   * TargetProgress.State#NO_DEADLINE}.
   */
  public static List<TargetProgress> evaluate(
      List<Target> targets, List<PatchFacts> patches, List<Region> regions, LocalDate asOf) {
    RegionTree tree = new RegionTree(regions);
    List<TargetProgress> progress = new ArrayList<>();
    for (Target target : targets) {
      try {
        tree.get(target.region());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "target on line " + target.line() + ": " + e.getMessage());
      }
      progress.add(evaluate(target, patches, tree, asOf));
    }
    return progress;
  }

  private static TargetProgress evaluate(
      Target target, List<PatchFacts> patches, RegionTree tree, LocalDate asOf) {
    double achieved = 0;
    double open = 0;
    TreeSet<String> ids = new TreeSet<>();
    TreeSet<String> openIds = new TreeSet<>();
    Map<String, Boolean> mineDone = new java.util.HashMap<>();
    for (PatchFacts patch : patches) {
      double m2 = areaInRegion(patch, target, tree);
      if (m2 <= 0) {
        continue;
      }
      boolean done = patch.restored() && counts(patch, target);
      if (matches(target.status(), patch.dimension(PatchFacts.STATUS))
          && matches(target.mode(), patch.dimension(PatchFacts.MODE))) {
        mineDone.merge(patch.mineId(), done, Boolean::logicalAnd);
      }
      if (done) {
        achieved += m2;
        ids.add(patch.id());
      } else if (target.mustClear() && !patch.restored()) {
        open += m2;
        openIds.add(patch.id());
      }
    }
    double goal = target.target().squareMetres();
    double remaining = target.mustClear() ? open : Math.max(0, goal - achieved);
    OptionalDouble completion =
        goal > 0 ? OptionalDouble.of(100 * achieved / goal) : OptionalDouble.empty();
    long mines = mineDone.values().stream().filter(b -> b).count();
    boolean met =
        (target.mustClear() ? openIds.isEmpty() : achieved >= goal * (1 - 1e-12))
            && (target.mines() == null || mines >= target.mines());
    TargetProgress.State state;
    if (met) {
      state = TargetProgress.State.MET;
    } else if (target.deadline() == null || asOf == null) {
      state = TargetProgress.State.NO_DEADLINE;
    } else {
      state =
          asOf.isAfter(target.deadline().atEndOfMonth())
              ? TargetProgress.State.LATE
              : TargetProgress.State.ON_TRACK;
    }
    return new TargetProgress(
        target,
        Area.squareMetres(achieved),
        Area.squareMetres(remaining),
        completion,
        List.copyOf(ids),
        List.copyOf(openIds),
        mines,
        state);
  }

  private static boolean counts(PatchFacts patch, Target target) {
    return (target.period() == null || target.period().contains(patch.restorationYear()))
        && matches(target.status(), patch.dimension(PatchFacts.STATUS))
        && matches(target.mode(), patch.dimension(PatchFacts.MODE));
  }

  private static boolean matches(String wanted, String value) {
    return wanted == null || wanted.equalsIgnoreCase(value);
  }

  private static double areaInRegion(PatchFacts patch, Target target, RegionTree tree) {
    if (target.zone() != null) {
      return patch.zoneAreaIn(target.zone(), id -> tree.within(id, target.region())).squareMetres();
    }
    double inside = 0;
    double all = 0;
    for (Map.Entry<String, Area> e : patch.regionAreas().entrySet()) {
      all += e.getValue().squareMetres();
      if (tree.within(e.getKey(), target.region())) {
        inside += e.getValue().squareMetres();
      }
    }
    double whole = Math.max(all, patch.area().squareMetres());
    if (inside <= 0 || whole <= 0) {
      return 0;
    }
    return patch.area().squareMetres() * inside / whole;
  }

  /**
   * One row per target: region, period, filters, target, restored, completion %, remaining, and the
   * open patches of clear-to-zero targets. No total row (targets may nest).
   */
  public static Table table(
      List<TargetProgress> progress, List<Region> regions, AreaUnit unit, Labels labels) {
    RegionTree tree = new RegionTree(regions);
    Bilingual none = Bilingual.same("");
    List<Column> columns = new ArrayList<>(regionColumns());
    columns.add(Column.label("period", Vocabulary.term("word.period")));
    columns.add(Column.label("status", Vocabulary.term("dimension.status")));
    columns.add(Column.label("zone", Vocabulary.term("dimension.zone")));
    columns.add(Column.label("mode", Vocabulary.term("dimension.mode")));
    columns.addAll(measureColumns(unit, 2));
    columns.add(Column.mines("mines_target", none, Vocabulary.term("word.target_mines")));
    columns.add(Column.mines("mines_achieved", none, Vocabulary.term("word.restored_mines")));
    columns.add(Column.label("deadline", Vocabulary.term("word.deadline")));
    columns.add(Column.label("state", Vocabulary.term("word.progress")));
    columns.add(Column.count("open_count", none, Vocabulary.term("word.open_patches")));
    columns.add(Column.label("open_patches", Vocabulary.term("word.open_patch_ids")));
    List<Row> rows = new ArrayList<>();
    for (TargetProgress p : progress) {
      Target t = p.target();
      List<Cell> cells = new ArrayList<>(regionCells(t.region(), tree));
      cells.add(Cell.text(t.period() == null ? "" : t.period().toString()));
      cells.add(Cell.text(t.status() == null ? none : Words.value(PatchFacts.STATUS, t.status())));
      cells.add(Cell.text(t.zone() == null ? none : labels.column(t.zone())));
      cells.add(Cell.text(t.mode() == null ? none : Words.value(PatchFacts.MODE, t.mode())));
      cells.addAll(measureCells(t.target(), p.achieved(), p.completionPercent(), p.remaining()));
      cells.add(t.mines() == null ? new Cell.Blank() : new Cell.Count(t.mines()));
      cells.add(new Cell.Count(p.minesAchieved()));
      cells.add(Cell.text(t.deadlineText()));
      cells.add(Cell.text(stateText(p.state())));
      cells.add(new Cell.Count(p.openPatchIds().size()));
      cells.add(Cell.text(String.join(" ", p.openPatchIds())));
      rows.add(new Row(Row.Kind.DATA, cells));
    }
    List<Bilingual> notes = new ArrayList<>(Notes.standard(unit, 2, false, false));
    notes.add(
        new Bilingual(
            "Restored area counts toward a target when the patch is restored, its restoration"
                + " year lies in the period and its status and mode match; a zero target in a zone"
                + " must be cleared: remaining is the area of patches still open there.",
            "已治理、治理年度在时段内、且矿山状态和修复方式与目标相符的图斑计入目标；分区目标为0的须清零，剩余面积为区内未治理图斑的区内面积。"));
    notes.add(
        new Bilingual(
            "A mine counts as restored when all its patches within the target's region and filters"
                + " count toward the target. State against the survey year: met when the area (and"
                + " mine) target is reached; otherwise late from the day after the deadline"
                + " (a year: its end; YYYY-MM: the month's end) at the report date (--as-of, else"
                + " the end of the survey year), on track before.",
            "矿山的全部相关图斑均已治理并计入目标时计为已完成矿山。进度按报告日期（--as-of，默认调查年度年末）判定：面积（及矿山数）目标达到为已完成；否则过了完成时限（年份为当年年末，年月 YYYY-MM 为当月月末）为逾期，之前为按期推进。"));
    return new Table(
        "targets",
        new Bilingual(
            "Progress against targets (" + unit.symbol() + ")",
            "目标任务完成情况（" + unit.chineseName() + "）"),
        columns,
        rows,
        notes,
        chart());
  }

  private static Bilingual stateText(TargetProgress.State state) {
    return state == TargetProgress.State.NO_DEADLINE
        ? Bilingual.same("")
        : Vocabulary.term("TargetProgress.State." + state.name());
  }

  private static Chart chart() {
    return new Chart(
        new Bilingual("Restored area against target", "治理面积与目标"),
        "region_name",
        List.of("target", "achieved"));
  }

  private static List<Column> regionColumns() {
    return List.of(
        Column.label("region", Vocabulary.term("word.region_code")),
        Column.label("region_name", Vocabulary.term("word.region")));
  }

  private static List<Cell> regionCells(String region, RegionTree tree) {
    return List.of(Cell.text(region), Cell.text(tree.name(region)));
  }

  private static List<Column> measureColumns(AreaUnit unit, int decimals) {
    Bilingual none = Bilingual.same("");
    return List.of(
        Column.area("target", none, TARGET, unit, decimals),
        Column.area("achieved", none, ACHIEVED, unit, decimals),
        Column.percent("completion", none, COMPLETION, 2),
        Column.area("remaining", none, REMAINING, unit, decimals));
  }

  private static List<Cell> measureCells(
      Area target, Area achieved, OptionalDouble completion, Area remaining) {
    return List.of(
        Cell.area(target),
        Cell.area(achieved),
        completion.isPresent() ? new Cell.Percent(completion.getAsDouble()) : new Cell.Blank(),
        Cell.area(remaining));
  }
}
