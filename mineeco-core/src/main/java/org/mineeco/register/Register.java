package org.mineeco.register;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.mineeco.inventory.HistoryEntry;
import org.mineeco.inventory.Inventory;
import org.mineeco.inventory.InventoryReport;
import org.mineeco.inventory.InventoryStore;
import org.mineeco.inventory.InventoryYear;
import org.mineeco.inventory.SurveyedPatch;
import org.mineeco.io.Feature;
import org.mineeco.io.Field;
import org.mineeco.io.FieldType;
import org.mineeco.reporting.ReportingOptions;
import org.mineeco.table.Table;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Labels;
import org.mineeco.vocabulary.Language;

/**
 * The register between surveys on an inventory store: the ledger per mine, delistings and spot
 * checks and monthly progress, each kept in an append-only table of the store ({@code
 * register_ledger}, {@code register_delisting}, {@code register_check}, {@code register_progress})
 * with who, when and why; the latest entry of a mine is its ledger. Patches, mines and counties are
 * those of the recorded surveys. Instances are immutable and thread-safe; writers at once are
 * serialised by the store's lock.
 */
public final class Register {
  static final String LEDGER = "register_ledger";
  static final String DELISTING = "register_delisting";
  static final String CHECK = "register_check";
  static final String PROGRESS = "register_progress";
  private static final List<Field> LEDGER_FIELDS =
      fields(
          "mine", "party", "responsibility", "task", "funding_source", "funds", "deadline", "plan");
  private static final List<Field> DELISTING_FIELDS = fields("patch", "date", "document", "forced");
  private static final List<Field> CHECK_FIELDS = fields("patch", "date", "finding", "note");
  private static final List<Field> PROGRESS_FIELDS =
      fields("mine", "date", "stage", "percent", "note");

  private final InventoryStore store;
  private final Inventory inventory;

  private Register(InventoryStore store) {
    this.store = store;
    this.inventory = Inventory.on(store);
  }

  /**
   * The register of the inventory at {@code location} ({@code FILE.gpkg} or {@code
   * postgresql://…/database?schema=NAME}).
   *
   * @throws IllegalArgumentException when the location is neither
   */
  public static Register open(String location) {
    return new Register(InventoryStore.open(location));
  }

  /** The register kept in {@code store}. */
  static Register on(InventoryStore store) {
    return new Register(store);
  }

  /** The inventory the register works on. */
  public Inventory inventory() {
    return inventory;
  }

  /**
   * Reads a ledger file (CSV or XLSX, see the column names in the walkthrough) and records every
   * row, or, when any row is bad (a mine not in the latest survey, a bad month, number or type),
   * records nothing and lists every bad row.
   *
   * @throws org.mineeco.io.BadInputException when the file cannot be read or its header is wrong
   * @throws IllegalStateException when no survey is recorded
   */
  public ImportResult<LedgerEntry> importLedger(Path file, Change change) {
    return recorded(
        LedgerFile.read(file, latestMines()),
        LEDGER,
        LEDGER_FIELDS,
        e -> {
          Map<String, Object> v = new LinkedHashMap<>();
          v.put("mine", e.mine());
          v.put("party", e.party());
          v.put("responsibility", e.responsibility().name());
          v.put("task", e.task());
          v.put("funding_source", e.fundingSource());
          v.put("funds", e.funds().toPlainString());
          v.put("deadline", e.deadline().toString());
          v.put("plan", e.plan());
          return v;
        },
        change);
  }

  /**
   * Reads a monthly progress file (CSV or XLSX: 矿山编号, 填报日期, 阶段, 进度（%）, 备注 or mine, date, stage,
   * percent, note) and records every row, or, when any row is bad (a mine not in the latest survey,
   * a bad day, stage or percent), records nothing and lists every bad row.
   *
   * @throws org.mineeco.io.BadInputException when the file cannot be read or its header is wrong
   * @throws IllegalStateException when no survey is recorded
   */
  public ImportResult<ProgressReport> importProgress(Path file, Change change) {
    return recorded(
        ProgressFile.read(file, latestMines()),
        PROGRESS,
        PROGRESS_FIELDS,
        r -> {
          Map<String, Object> v = new LinkedHashMap<>();
          v.put("mine", r.mine());
          v.put("date", r.date().toString());
          v.put("stage", r.stage().name());
          v.put("percent", Integer.toString(r.percent()));
          v.put("note", r.note());
          return v;
        },
        change);
  }

  /**
   * Records the rows read into {@code table}, one row of fields each, or, when any row is bad,
   * records nothing and returns every bad row.
   */
  private <T> ImportResult<T> recorded(
      RowFile.Rows<T> read,
      String table,
      List<Field> fields,
      Function<T, Map<String, Object>> row,
      Change change) {
    if (!read.problems().isEmpty()) {
      return new ImportResult<>(List.of(), read.problems());
    }
    List<Map<String, Object>> rows = read.entries().stream().map(row).toList();
    store.replace(table, fields, old -> appended(old, rows, change));
    return new ImportResult<>(read.entries(), List.of());
  }

  /** Every recorded progress report, in the order recorded. */
  public List<ProgressReport> progress() {
    return store.read(PROGRESS).stream()
        .map(
            r ->
                new ProgressReport(
                    r.getString("mine"),
                    LocalDate.parse(r.getString("date")),
                    Stage.valueOf(r.getString("stage")),
                    Integer.parseInt(r.getString("percent")),
                    r.getString("note")))
        .toList();
  }

  /**
   * Each mine's latest progress on {@code asOf}: the report of the latest day not after it (of two
   * on one day, the one recorded last), by mine id; mines with no report by then are absent.
   */
  public Map<String, ProgressReport> progressAsOf(LocalDate asOf) {
    Map<String, ProgressReport> latest = new TreeMap<>();
    for (ProgressReport r : progress()) {
      ProgressReport before = latest.get(r.mine());
      if (!r.date().isAfter(asOf) && (before == null || !r.date().isBefore(before.date()))) {
        latest.put(r.mine(), r);
      }
    }
    return latest;
  }

  /**
   * The monthly progress table on {@code asOf}, by county: every mine of the ledger or with a
   * report by then, its latest stage and percent, and 本月未填报 when it has no report dated in the
   * month of {@code asOf} up to that day.
   */
  public Table progressTable(LocalDate asOf) {
    Map<String, ProgressReport> latest = progressAsOf(asOf);
    Set<String> mines = new TreeSet<>(ledgerEntries().keySet());
    mines.addAll(latest.keySet());
    Map<String, String> county = new HashMap<>();
    latest().forEach(p -> county.putIfAbsent(p.mine(), countyName(p)));
    return RegisterTables.progress(mines, county, latest, asOf);
  }

  /** Each mine's current ledger entry (its latest), by mine id. */
  public Map<String, LedgerEntry> ledgerEntries() {
    Map<String, LedgerEntry> entries = new TreeMap<>();
    for (Feature r : store.read(LEDGER)) {
      entries.put(
          r.getString("mine"),
          new LedgerEntry(
              r.getString("mine"),
              r.getString("party"),
              Responsibility.valueOf(r.getString("responsibility")),
              r.getString("task"),
              r.getString("funding_source"),
              new BigDecimal(r.getString("funds")),
              YearMonth.parse(r.getString("deadline")),
              r.getString("plan")));
    }
    return entries;
  }

  /**
   * Whether {@code entry}'s deadline has passed on {@code asOf} (from the first day of the month
   * after it) while a patch of its mine in the latest survey is neither restored nor delisted.
   */
  public boolean overdue(LedgerEntry entry, LocalDate asOf) {
    if (!asOf.isAfter(entry.deadline().atEndOfMonth())) {
      return false;
    }
    Set<String> delisted = delistings().keySet();
    return latest().stream()
        .anyMatch(
            p ->
                p.mine().equals(entry.mine())
                    && !p.restored()
                    && !p.delisted()
                    && !delisted.contains(p.id()));
  }

  /** Every recorded delisting, by patch id. */
  public Map<String, Delisting> delistings() {
    Map<String, Delisting> delistings = new LinkedHashMap<>();
    for (Feature r : store.read(DELISTING)) {
      delistings.put(
          r.getString("patch"),
          new Delisting(
              r.getString("patch"),
              LocalDate.parse(r.getString("date")),
              r.getString("document"),
              flag(r.get("forced")),
              change(r)));
    }
    return delistings;
  }

  /**
   * Records the delisting of every patch of {@code request}, or of none: a patch not in the latest
   * survey or already delisted is refused, and one the latest survey does not show restored unless
   * the request is forced (with a reason).
   */
  public DelistResult delist(DelistRequest request) {
    List<Bilingual> refusals = new ArrayList<>();
    List<Delisting> recorded = new ArrayList<>();
    Map<String, SurveyedPatch> latest = byId(latest());
    store.replace(
        DELISTING,
        DELISTING_FIELDS,
        old -> {
          Set<String> done = new HashSet<>();
          old.forEach(r -> done.add(r.getString("patch")));
          List<Map<String, Object>> rows = new ArrayList<>();
          for (String id : request.patches()) {
            SurveyedPatch p = latest.get(id);
            if (p == null) {
              refusals.add(
                  Bilingual.format(
                      "%s: no such patch in the latest survey", "%s：最新年度调查中没有该图斑", id));
            } else if (done.contains(id) || p.delisted()) {
              refusals.add(Bilingual.format("%s: already delisted", "%s：已销号", id));
            } else if (!p.restored() && !request.force()) {
              refusals.add(
                  Bilingual.format(
                      "%s: the %d survey shows it not restored; delist it with --force and a"
                          + " reason",
                      "%s：%d 年度调查显示未治理；确需销号请加 --force 并说明理由", id, p.year()));
            } else {
              Map<String, Object> v = new LinkedHashMap<>();
              v.put("patch", id);
              v.put("date", request.date().toString());
              v.put("document", request.document());
              v.put("forced", !p.restored());
              rows.add(v);
              recorded.add(
                  new Delisting(
                      id, request.date(), request.document(), !p.restored(), request.change()));
            }
          }
          return refusals.isEmpty() ? appended(old, rows, request.change()) : old;
        });
    return refusals.isEmpty()
        ? new DelistResult(recorded, List.of())
        : new DelistResult(List.of(), refusals);
  }

  /**
   * The patches ready for delisting: restored in the latest survey and in the previous one (under
   * the id it was matched to), neither delisted in the register nor flagged by the survey; in
   * stored order.
   *
   * @throws IllegalStateException when fewer than two surveys are recorded
   */
  public List<SurveyedPatch> candidates() {
    List<InventoryYear> years = inventory.years();
    if (years.size() < 2) {
      throw new IllegalStateException(
          "candidates need two recorded surveys, the inventory holds "
              + years.stream().map(InventoryYear::year).toList());
    }
    return candidates(years.get(years.size() - 1).year());
  }

  /**
   * The patches of survey {@code year} ready for delisting then: restored in it and in the survey
   * recorded before it (under the id it was matched to), neither flagged delisted by the survey nor
   * delisted in the register for that year ({@link #delistedIn}); none for the first recorded
   * survey. For the latest survey these are {@link #candidates()}.
   *
   * @throws IllegalArgumentException when the year is not recorded
   */
  public List<SurveyedPatch> candidates(int year) {
    List<Integer> years = inventory.years().stream().map(InventoryYear::year).toList();
    int at = years.indexOf(year);
    if (at < 0) {
      throw new IllegalArgumentException(
          "the inventory " + store + " holds no year " + year + ": it holds " + years);
    }
    if (at == 0) {
      return List.of();
    }
    Map<String, SurveyedPatch> previous = byId(inventory.surveyed(years.get(at - 1)));
    Set<String> delisted = delistedIn(year);
    List<SurveyedPatch> ready = new ArrayList<>();
    for (SurveyedPatch p : inventory.surveyed(year)) {
      SurveyedPatch before = p.previousId() == null ? null : previous.get(p.previousId());
      if (p.restored()
          && !p.delisted()
          && before != null
          && before.restored()
          && !delisted.contains(p.id())) {
        ready.add(p);
      }
    }
    return ready;
  }

  /**
   * The ids delisted in the register for survey {@code year}: every recorded delisting when it is
   * the latest survey (the register's current state), else those dated by the end of that year.
   */
  Set<String> delistedIn(int year) {
    List<InventoryYear> years = inventory.years();
    boolean latest = !years.isEmpty() && years.get(years.size() - 1).year() == year;
    Set<String> ids = new HashSet<>();
    for (Delisting d : delistings().values()) {
      if (latest || d.date().getYear() <= year) {
        ids.add(d.patch());
      }
    }
    return ids;
  }

  /**
   * Draws a spot-check sample: per stratum (county by name, or all), the restored or delisted
   * patches of the year sorted by id, shuffled by a generator seeded from the seed and the
   * stratum's name, the first {@code size} kept. The same seed on the same store draws the same
   * patches.
   *
   * @throws IllegalArgumentException when the year is not recorded
   */
  public Sample sample(SampleOptions options) {
    Set<String> delisted = delistings().keySet();
    Map<String, List<SurveyedPatch>> strata = new TreeMap<>();
    for (SurveyedPatch p : inventory.surveyed(options.year())) {
      if (p.restored() || p.delisted() || delisted.contains(p.id())) {
        String stratum = options.byCounty() ? countyName(p) : "";
        strata.computeIfAbsent(stratum, s -> new ArrayList<>()).add(p);
      }
    }
    List<SurveyedPatch> drawn = new ArrayList<>();
    for (Map.Entry<String, List<SurveyedPatch>> s : strata.entrySet()) {
      List<SurveyedPatch> population = new ArrayList<>(s.getValue());
      population.sort((a, b) -> a.id().compareTo(b.id()));
      SplittableRandom random = new SplittableRandom(options.seed() * 31 + s.getKey().hashCode());
      for (int i = population.size() - 1; i > 0; i--) {
        Collections.swap(population, i, random.nextInt(i + 1));
      }
      drawn.addAll(population.subList(0, Math.min(options.size(), population.size())));
    }
    return new Sample(
        drawn,
        RegisterTables.fieldSheet(
            drawn, inventory.labels(options.year()), options, strataSizes(strata)));
  }

  /**
   * Records spot-check outcomes, all or none.
   *
   * @throws IllegalArgumentException naming every patch not in the latest survey
   */
  public void recordChecks(List<Check> checks) {
    Map<String, SurveyedPatch> latest = byId(latest());
    List<String> unknown =
        checks.stream().map(Check::patch).filter(id -> !latest.containsKey(id)).toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "最新年度调查中没有这些图斑，未记录任何抽查 (no such patches in the latest survey,"
              + " nothing recorded): "
              + unknown);
    }
    store.replace(
        CHECK,
        CHECK_FIELDS,
        old -> {
          List<Feature> next = old;
          for (Check c : checks) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("patch", c.patch());
            v.put("date", c.date().toString());
            v.put("finding", c.finding().name());
            v.put("note", c.note());
            next = appended(next, List.of(v), c.change());
          }
          return next;
        });
  }

  /**
   * Reads a file of spot-check outcomes (CSV or XLSX: 图斑编号, 核查日期, 核查结果, 备注 or patch, date, finding,
   * note) and records every row, or, when any row is bad (a patch not in the latest survey, a bad
   * day or finding), records nothing and lists every bad row.
   *
   * @throws org.mineeco.io.BadInputException when the file cannot be read or its header is wrong
   * @throws IllegalStateException when no survey is recorded
   */
  public ImportResult<Check> importChecks(Path file, Change change) {
    RowFile.Rows<Check> read = CheckFile.read(file, byId(latest()).keySet(), change);
    if (!read.problems().isEmpty()) {
      return new ImportResult<>(List.of(), read.problems());
    }
    recordChecks(read.entries());
    return new ImportResult<>(read.entries(), List.of());
  }

  /** Every recorded spot check, oldest first. */
  public List<Check> checks() {
    return store.read(CHECK).stream()
        .map(
            r ->
                new Check(
                    r.getString("patch"),
                    LocalDate.parse(r.getString("date")),
                    Finding.valueOf(r.getString("finding")),
                    r.getString("note"),
                    change(r)))
        .toList();
  }

  /**
   * The ledger table at {@code asOf}: each mine's current entry joined with its patches in the
   * latest survey (count, area, restored, delisted, area inside each zone or band they touch) and
   * whether it is overdue.
   */
  public Table ledgerTable(LocalDate asOf) {
    Map<String, LedgerEntry> entries = ledgerEntries();
    Map<String, Boolean> overdue = new LinkedHashMap<>();
    entries.values().forEach(e -> overdue.put(e.mine(), overdue(e, asOf)));
    List<SurveyedPatch> latest = latest();
    Labels labels = latest.isEmpty() ? Labels.DEFAULTS : inventory.labels(latest.get(0).year());
    return RegisterTables.ledger(entries, overdue, latest, delistings().keySet(), labels, asOf);
  }

  /** The patches ready for delisting as a table, by county. */
  public Table candidatesTable() {
    return RegisterTables.candidates(candidates());
  }

  /**
   * Per county of the latest survey: restored, delisted, ready for delisting and restored but not
   * delisted, counts and areas — the yearly "修复一批、注销一批" balance.
   */
  public Table balanceTable() {
    return balanceTable(latest().get(0).year());
  }

  /**
   * The balance of survey {@code year} per county: restored, delisted (flagged by the survey or in
   * the register for that year, {@link #delistedIn}), ready for delisting ({@link
   * #candidates(int)}) and restored but not delisted, counts and areas.
   *
   * @throws IllegalArgumentException when the year is not recorded
   */
  public Table balanceTable(int year) {
    return RegisterTables.balance(
        inventory.surveyed(year), delistedIn(year), readyIds(year), RegisterTables.BY_COUNTY);
  }

  /**
   * The balance of survey {@code year} per planned period (拟修复时间阶段, {@code NXFSJD}), in the plans'
   * order; the same counts as {@link #balanceTable(int)}, grouped otherwise.
   *
   * @throws IllegalArgumentException when the year is not recorded
   */
  public Table periodBalanceTable(int year) {
    return RegisterTables.balance(
        inventory.surveyed(year), delistedIn(year), readyIds(year), RegisterTables.BY_PERIOD);
  }

  /**
   * "修复一批、注销一批" year by year: per recorded survey, the patches restored that year (restored in it
   * and not in the patch they were matched to in the survey before; every restored patch of the
   * first recorded survey), those delisted that year (delisted for it and not for the survey
   * before, by the survey's flag or the register, {@link #delistedIn}) and those restored but not
   * delisted at its end.
   */
  public Table yearlyBalanceTable() {
    List<RegisterTables.YearBalance> years = new ArrayList<>();
    Map<String, SurveyedPatch> before = Map.of();
    Set<String> delistedBefore = Set.of();
    for (InventoryYear y : inventory.years()) {
      List<SurveyedPatch> patches = inventory.surveyed(y.year());
      Set<String> delisted = delistedIn(y.year());
      List<SurveyedPatch> restored = new ArrayList<>();
      List<SurveyedPatch> gone = new ArrayList<>();
      List<SurveyedPatch> open = new ArrayList<>();
      for (SurveyedPatch p : patches) {
        SurveyedPatch was = p.previousId() == null ? null : before.get(p.previousId());
        boolean isDelisted = p.delisted() || delisted.contains(p.id());
        boolean wasDelisted = was != null && (was.delisted() || delistedBefore.contains(was.id()));
        if (p.restored() && (was == null || !was.restored())) {
          restored.add(p);
        }
        if (isDelisted && !wasDelisted) {
          gone.add(p);
        }
        if (p.restored() && !isDelisted) {
          open.add(p);
        }
      }
      years.add(new RegisterTables.YearBalance(y.year(), restored, gone, open));
      before = byId(patches);
      delistedBefore = delisted;
    }
    return RegisterTables.yearlyBalance(years);
  }

  /**
   * The register's file of patch {@code id}: its surveys ({@link Inventory#history}), its mine's
   * ledger entry, its delisting and its checks; empty when no recorded survey has the patch.
   */
  public Optional<PatchHistory> patchHistory(String id) {
    List<HistoryEntry> surveys = inventory.history(id);
    if (surveys.isEmpty()) {
      return Optional.empty();
    }
    String mine = surveys.get(surveys.size() - 1).mine();
    Set<String> ids = new HashSet<>();
    surveys.forEach(e -> ids.add(e.id()));
    Map<String, Delisting> delistings = delistings();
    Optional<Delisting> delisting =
        surveys.reversed().stream()
            .map(e -> delistings.get(e.id()))
            .filter(d -> d != null)
            .findFirst();
    return Optional.of(
        new PatchHistory(
            id,
            mine,
            surveys,
            Optional.ofNullable(ledgerEntries().get(mine)),
            delisting,
            checks().stream().filter(c -> ids.contains(c.patch())).toList()));
  }

  /** Whether anything is recorded in the register: a ledger row, delisting, check or report. */
  public boolean isEmpty() {
    return List.of(LEDGER, DELISTING, CHECK, PROGRESS).stream()
        .allMatch(t -> store.read(t).isEmpty());
  }

  /**
   * The inventory's report of {@code year} ({@link Inventory#report}) and, when the register is not
   * empty, its balance tables for that year: per county ({@link #balanceTable(int)}), per planned
   * period ({@link #periodBalanceTable(int)}) and year by year ({@link #yearlyBalanceTable()}).
   *
   * @throws IllegalArgumentException when a year is not recorded, or a preset cannot be built
   */
  public InventoryReport report(int year, Integer previousYear, ReportingOptions options) {
    InventoryReport report = inventory.report(year, previousYear, options);
    if (isEmpty()) {
      return report;
    }
    List<Table> tables = new ArrayList<>(report.tables());
    tables.add(balanceTable(year));
    tables.add(periodBalanceTable(year));
    tables.add(yearlyBalanceTable());
    return new InventoryReport(tables, report.monitoring(), report.notes());
  }

  private Set<String> readyIds(int year) {
    return byId(candidates(year)).keySet();
  }

  /**
   * The public list (公示) of survey {@code year}: patch, county, mine, area, state and delisting
   * date; the ledger's party and funding only {@code withLedger}.
   *
   * @throws IllegalArgumentException when the year is not recorded
   */
  public Publication publish(int year, boolean withLedger) {
    return RegisterTables.publication(
        inventory.surveyed(year), delistings(), withLedger ? ledgerEntries() : null, year);
  }

  /** The spot-check findings per county of the latest survey: checks, passed, failed. */
  public Table findingsTable() {
    return RegisterTables.findings(checks(), byId(latest()));
  }

  private Set<String> latestMines() {
    Set<String> mines = new HashSet<>();
    latest().forEach(p -> mines.add(p.mine()));
    return mines;
  }

  /**
   * The year-end self-assessment of survey {@code year}: the balance, the ledger with overdue flags
   * at {@code year}-12-31, the findings and the progress at {@code year}-12-20 (the plans' date of
   * the self-assessment) and the next year's draft plan, with a summary in Chinese and English
   * counting restored, delisted, newly damaged (as the monitoring table counts them), ready and
   * overdue, and the patches left open for the next year (neither restored nor delisted).
   *
   * @throws IllegalArgumentException when {@code year} is not the latest recorded survey
   * @throws IllegalStateException when fewer than two surveys are recorded
   */
  public Assessment assessment(int year) {
    List<SurveyedPatch> latest = latest();
    List<InventoryYear> years = inventory.years();
    int latestYear = years.get(years.size() - 1).year();
    if (year != latestYear) {
      throw new IllegalArgumentException(
          "the assessment of "
              + year
              + " needs it to be the latest recorded survey; the latest is "
              + latestYear);
    }
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    Set<String> delisted = delistings().keySet();
    List<SurveyedPatch> gone =
        latest.stream().filter(p -> p.delisted() || delisted.contains(p.id())).toList();
    List<SurveyedPatch> open =
        latest.stream()
            .filter(p -> !p.restored() && !p.delisted() && !delisted.contains(p.id()))
            .toList();
    LocalDate progressDate = LocalDate.of(year, 12, 20);
    List<SurveyedPatch> restored = latest.stream().filter(SurveyedPatch::restored).toList();
    List<SurveyedPatch> ready = candidates();
    // As the monitoring table counts 新增损毁: in this survey, matched to no earlier patch, not
    // restored.
    List<SurveyedPatch> damaged =
        latest.stream().filter(p -> p.previousId() == null && !p.restored()).toList();
    List<String> overdue =
        ledgerEntries().values().stream()
            .filter(e -> overdue(e, yearEnd))
            .map(LedgerEntry::mine)
            .toList();
    String overdueZh = overdue.isEmpty() ? "" : "：" + String.join("、", overdue);
    String overdueEn = overdue.isEmpty() ? "" : ": " + String.join(", ", overdue);
    Bilingual summary =
        new Bilingual(
            String.join(
                "\n",
                "Self-assessment of mine ecological restoration, "
                    + year
                    + " (as of "
                    + yearEnd
                    + ", survey of "
                    + year
                    + ")",
                "",
                "restored patches: " + counted(restored, Language.EN) + ";",
                "delisted patches: " + counted(gone, Language.EN) + ";",
                "newly damaged patches: "
                    + counted(damaged, Language.EN)
                    + " (new in this survey, not restored);",
                "ready for delisting: "
                    + counted(ready, Language.EN)
                    + " (restored in the last two surveys, not delisted);",
                "mines in the ledger: "
                    + ledgerEntries().size()
                    + ", overdue: "
                    + overdue.size()
                    + overdueEn
                    + ";",
                "open patches for "
                    + (year + 1)
                    + ": "
                    + counted(open, Language.EN)
                    + " (neither restored nor delisted), in the draft plan by restoration priority.",
                "",
                "Tables (the workbook in this folder): restored against delisted, the ledger per"
                    + " mine (as of "
                    + yearEnd
                    + "), spot-check findings, monthly progress (as of "
                    + progressDate
                    + "), the draft plan of "
                    + (year + 1)
                    + ".",
                ""),
            String.join(
                "\n",
                year + " 年度矿山生态修复自查评估（截至 " + yearEnd + "，" + year + " 年度调查）",
                "",
                "已治理图斑 " + counted(restored, Language.ZH) + "；",
                "已销号图斑 " + counted(gone, Language.ZH) + "；",
                "新增损毁图斑 " + counted(damaged, Language.ZH) + "（本年度调查新出现、未治理）；",
                "可销号图斑 " + counted(ready, Language.ZH) + "（连续两个年度调查为已治理，尚未销号）；",
                "台账矿山 "
                    + ledgerEntries().size()
                    + " 座，逾期 "
                    + overdue.size()
                    + " 座"
                    + overdueZh
                    + "；",
                (year + 1)
                    + " 年度待修复图斑 "
                    + counted(open, Language.ZH)
                    + "（未治理、未销号），按修复优先序列入下一年度实施方案草案。",
                "",
                "附表（同目录工作簿）：修复一批、注销一批对照，一矿一策台账（截至 "
                    + yearEnd
                    + "），抽查结果，修复工程进度月报（截至 "
                    + progressDate
                    + "），"
                    + (year + 1)
                    + " 年度实施方案草案。",
                ""));
    Labels labels = inventory.labels(year);
    return new Assessment(
        year,
        List.of(
            balanceTable(),
            ledgerTable(yearEnd),
            findingsTable(),
            progressTable(progressDate),
            RegisterTables.draftPlan(year + 1, open, labels)),
        summary);
  }

  /** "N 个，X 亩" or "N, X mu": the count and the summed area (mu, 2 decimals) of {@code patches}. */
  private static String counted(List<SurveyedPatch> patches, Language language) {
    Area total = Area.ZERO;
    for (SurveyedPatch p : patches) {
      total = total.plus(p.area());
    }
    return String.format(
        Locale.ROOT,
        language == Language.ZH ? "%d 个，%.2f 亩" : "%d, %.2f mu",
        patches.size(),
        total.in(AreaUnit.MU));
  }

  /** The latest survey's patches. */
  List<SurveyedPatch> latest() {
    List<InventoryYear> years = inventory.years();
    if (years.isEmpty()) {
      throw new IllegalStateException(
          "the inventory " + store + " holds no survey: record one with inventory add first");
    }
    return inventory.surveyed(years.get(years.size() - 1).year());
  }

  static String countyName(SurveyedPatch p) {
    return p.regionName() != null ? p.regionName() : p.region() != null ? p.region() : "-";
  }

  static double mu(SurveyedPatch p) {
    return p.area().in(AreaUnit.MU);
  }

  private static Map<String, Integer> strataSizes(Map<String, List<SurveyedPatch>> strata) {
    Map<String, Integer> sizes = new TreeMap<>();
    strata.forEach((k, v) -> sizes.put(k, v.size()));
    return sizes;
  }

  static Map<String, SurveyedPatch> byId(List<SurveyedPatch> patches) {
    Map<String, SurveyedPatch> map = new LinkedHashMap<>();
    patches.forEach(p -> map.put(p.id(), p));
    return map;
  }

  private static List<Feature> appended(
      List<Feature> old, List<Map<String, Object>> rows, Change change) {
    List<Feature> next = new ArrayList<>(old);
    for (Map<String, Object> row : rows) {
      Map<String, Object> v = new LinkedHashMap<>(row);
      v.put("seq", (long) next.size() + 1);
      v.put("user", change.user());
      v.put("at", change.at().toString());
      v.put("reason", change.reason());
      next.add(new Feature(next.size(), null, v));
    }
    return next;
  }

  private static Change change(Feature r) {
    return new Change(r.getString("user"), Instant.parse(r.getString("at")), r.getString("reason"));
  }

  private static boolean flag(Object v) {
    return v instanceof Boolean b ? b : v instanceof Number n && n.intValue() == 1;
  }

  private static List<Field> fields(String... names) {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("seq", FieldType.INTEGER));
    for (String n : names) {
      fields.add(new Field(n, n.equals("forced") ? FieldType.BOOLEAN : FieldType.STRING));
    }
    fields.add(new Field("user", FieldType.STRING));
    fields.add(new Field("at", FieldType.STRING));
    fields.add(new Field("reason", FieldType.STRING));
    return fields;
  }
}
