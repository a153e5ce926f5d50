package org.mineeco.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Vocabulary;

/**
 * A table given by its row dimensions, column dimensions and measures, evaluated by {@link
 * GroupedTables#table}. Dimensions: the region levels {@code province}, {@code city}, {@code
 * county} (at most one); the patch dimensions {@code class}, {@code status}, {@code damage}, {@code
 * mode}, {@code state}, {@code period}, {@code mineral}, {@code method} and {@code year} (the
 * restoration year); {@code zone} or {@code band}, whose values are the zone or band columns listed
 * in {@code zones} plus {@code NONE} for the area outside them; {@code river}, whose values are
 * {@code MAIN} and {@code TRIBUTARY} ({@link RiverZones}; the area beyond both is not in the
 * table). Two or more column dimensions give a subtotal column per value of the first and a total
 * group per value of the others. Measures: counts, areas, and against targets (target, completion,
 * remaining; one region row dimension). The presets are instances: {@link #dandong}, {@link
 * #yangtzeAnnex}, {@link #periods}, {@link #allocation}. Immutable and thread-safe.
 *
 * @param name the table name (letters, digits, {@code _ - .}), also its file name
 * @param title the title, or null for one made from the dimensions and measures
 * @param rows the row dimensions, at least one; two or more give subtotals by the first
 * @param columns the column dimensions, possibly none; with some, a total column per measure
 * @param measures what each cell holds, at least one, no repeats
 * @param zones the zone or band columns of the {@code zone} / {@code band} dimension, e.g. {@code
 *     red_line} or {@code yangtze_0_5000}; required exactly when that dimension is used
 * @param where patch dimension → accepted values (enum names, any case, e.g. {@code status:
 *     [PRODUCING]}); other patches are left out of the table (and counted in its notes)
 * @param decimals digits after the decimal point of areas, or null for the measure's default (m² 0,
 *     mu and ha 2, km² 4)
 * @param periods restoration-year periods, in order, not overlapping: with some, patches restored
 *     in none are left out (and counted in the notes), and the {@code year} dimension's values are
 *     the periods; empty for single years
 * @param groups patch dimension → group name → the dimension's values in it (enum names, any case),
 *     groups in order: the dimension's value is the group holding the patch's value, and patches in
 *     none are left out (and counted in the notes); e.g. {@code status: {PRODUCING: [PRODUCING],
 *     CLOSED_OR_ABANDONED: [POLICY_CLOSED, ABANDONED, LEGACY, CLOSED]}}
 * @param rivers the zone columns of the {@code river} dimension; required exactly when it is used
 */
public record TableDefinition(
    String name,
    Bilingual title,
    List<String> rows,
    List<String> columns,
    List<Measure> measures,
    List<String> zones,
    Map<String, Set<String>> where,
    Integer decimals,
    List<YearRange> periods,
    Map<String, Map<String, Set<String>>> groups,
    RiverZones rivers) {
  /** The river-class dimension (main stream or tributaries). */
  public static final String RIVER = "river";

  /** Region-level dimensions. */
  public static final List<String> REGION_DIMENSIONS = List.of("province", "city", "county");

  /** Patch dimensions (see {@link PatchFacts}) and {@code year}. */
  public static final List<String> PATCH_DIMENSIONS =
      List.of(
          PatchFacts.CLASS,
          PatchFacts.STATUS,
          PatchFacts.DAMAGE,
          PatchFacts.MODE,
          PatchFacts.STATE,
          PatchFacts.PERIOD,
          PatchFacts.MINERAL,
          PatchFacts.METHOD,
          PatchFacts.SCALE,
          PatchFacts.HAZARD,
          "year");

  /** Zone dimensions: {@code zone} or {@code band} (the listed zones), {@code river}. */
  public static final List<String> ZONE_DIMENSIONS = List.of("zone", "band", RIVER);

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  /** What a cell holds. */
  public enum Measure {
    /** Number of patches (each counted once, in its largest part). */
    PATCHES(null, "measure.patches"),
    /** Number of mines (each counted once, where its patches have most area). */
    MINES(null, "measure.mines"),
    /** Area in m². */
    M2(AreaUnit.SQUARE_METRE, "measure.area"),
    /** Area in mu. */
    MU(AreaUnit.MU, "measure.area"),
    /** Area in hectares. */
    HA(AreaUnit.HECTARE, "measure.area"),
    /** Area in km². */
    KM2(AreaUnit.SQUARE_KILOMETRE, "measure.area"),
    /** The targets (without a zone) of the row's region, in the unit of the table's area. */
    TARGET(null, "measure.target"),
    /** The table's area as a percentage of the target (blank without a target). */
    COMPLETION(null, "measure.completion"),
    /** Target less the table's area, at least 0, per region; the total sums the regions'. */
    REMAINING(null, "measure.remaining");

    private final AreaUnit unit;
    private final String term;

    Measure(AreaUnit unit, String term) {
      this.unit = unit;
      this.term = term;
    }

    /** The area unit, or null for the counts and the target measures. */
    public AreaUnit unit() {
      return unit;
    }

    /** Whether this measure compares with targets: target, completion, remaining. */
    public boolean ofTargets() {
      return this == TARGET || this == COMPLETION || this == REMAINING;
    }

    /** The column title, e.g. 面积, from the {@link Vocabulary}. */
    public Bilingual title() {
      return Vocabulary.term(term);
    }

    /** The key in column names, e.g. {@code mu}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    int defaultDecimals() {
      return switch (this) {
        case PATCHES, MINES, M2, TARGET, REMAINING -> 0;
        case MU, HA, COMPLETION -> 2;
        case KM2 -> 4;
      };
    }

    /** The area measure in {@code unit}. */
    public static Measure of(AreaUnit unit) {
      for (Measure m : values()) {
        if (m.unit == unit) {
          return m;
        }
      }
      throw new IllegalArgumentException("no measure in " + unit);
    }

    /**
     * Parses {@code patches} (or {@code count}), {@code mines}, {@code m2}, {@code mu}, {@code ha},
     * {@code km2} (case-insensitive; the units' other spellings too).
     */
    public static Measure parse(String text) {
      String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
      switch (t) {
        case "patches", "count", "patch_count" -> {
          return PATCHES;
        }
        case "mines", "mine_count" -> {
          return MINES;
        }
        case "target", "completion", "remaining" -> {
          return valueOf(t.toUpperCase(Locale.ROOT));
        }
        default -> {}
      }
      try {
        return of(AreaUnit.parse(t));
      } catch (IllegalArgumentException e) {
        // fall through to the message below
      }
      throw new IllegalArgumentException(
          "unknown measure '"
              + text
              + "': expected patches, mines, m2, mu, ha, km2, target, completion or remaining");
    }
  }

  public TableDefinition {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "table name must be letters, digits, '_', '-' or '.', was '" + name + "'");
    }
    rows = lowerCase(rows, "rows");
    columns = lowerCase(columns, "columns");
    zones = zones == null ? List.of() : List.copyOf(zones);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("table " + name + ": needs at least one row dimension");
    }
    if (measures == null
        || measures.isEmpty()
        || new HashSet<>(measures).size() < measures.size()) {
      throw new IllegalArgumentException(
          "table " + name + ": needs one or more distinct measures, was " + measures);
    }
    measures = List.copyOf(measures);
    List<String> all = new ArrayList<>(rows);
    all.addAll(columns);
    if (new HashSet<>(all).size() < all.size()) {
      throw new IllegalArgumentException(
          "table "
              + name
              + ": a dimension may appear once, was rows "
              + rows
              + ", columns "
              + columns);
    }
    for (String d : all) {
      if (!REGION_DIMENSIONS.contains(d)
          && !PATCH_DIMENSIONS.contains(d)
          && !ZONE_DIMENSIONS.contains(d)) {
        throw new IllegalArgumentException(
            "table "
                + name
                + ": unknown dimension '"
                + d
                + "': expected one of "
                + String.join(", ", known()));
      }
    }
    if (all.stream().filter(REGION_DIMENSIONS::contains).count() > 1) {
      throw new IllegalArgumentException(
          "table " + name + ": at most one region level (province, city, county), was " + all);
    }
    if (all.stream().filter(ZONE_DIMENSIONS::contains).count() > 1) {
      throw new IllegalArgumentException(
          "table " + name + ": use one of zone, band and river, was " + all);
    }
    boolean zoned = all.contains("zone") || all.contains("band");
    if (all.contains(RIVER) == (rivers == null)) {
      throw new IllegalArgumentException(
          "table "
              + name
              + ": river zones are needed exactly when the river dimension is used, was rivers "
              + rivers);
    }
    if (zoned == zones.isEmpty()) {
      throw new IllegalArgumentException(
          "table "
              + name
              + ": zone columns are needed exactly when a zone or band dimension is used, was"
              + " zones "
              + zones);
    }
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    if (where != null) {
      for (Map.Entry<String, Set<String>> e : where.entrySet()) {
        String d = e.getKey() == null ? "" : e.getKey().strip().toLowerCase(Locale.ROOT);
        if (!PATCH_DIMENSIONS.contains(d) || d.equals("year")) {
          throw new IllegalArgumentException(
              "table "
                  + name
                  + ": 'where' takes patch dimensions ("
                  + String.join(", ", PATCH_DIMENSIONS.subList(0, PATCH_DIMENSIONS.size() - 1))
                  + "), was '"
                  + e.getKey()
                  + "'");
        }
        if (e.getValue() == null || e.getValue().isEmpty()) {
          throw new IllegalArgumentException(
              "table " + name + ": where." + d + " needs at least one value");
        }
        copy.put(d, Set.copyOf(e.getValue().stream().map(String::strip).toList()));
      }
    }
    where = java.util.Collections.unmodifiableMap(copy);
    if (decimals != null && (decimals < 0 || decimals > 9)) {
      throw new IllegalArgumentException(
          "table " + name + ": decimals must be in 0..9, was " + decimals);
    }
    groups = groups(name, groups, all);
    periods = periods == null ? List.of() : List.copyOf(periods);
    if (measures.stream().anyMatch(Measure::ofTargets)
        && (rows.size() != 1
            || !REGION_DIMENSIONS.contains(rows.get(0))
            || !columns.isEmpty()
            || measures.stream().noneMatch(m -> m.unit() != null))) {
      throw new IllegalArgumentException(
          "table "
              + name
              + ": target, completion and remaining need one region row dimension, no columns and"
              + " an area measure, was rows "
              + rows
              + ", columns "
              + columns
              + ", measures "
              + measures);
    }
    for (int i = 1; i < periods.size(); i++) {
      if (periods.get(i - 1).last() >= periods.get(i).first()) {
        throw new IllegalArgumentException(
            "table "
                + name
                + ": periods must be in order and not overlap, was "
                + periods.get(i - 1)
                + " and "
                + periods.get(i));
      }
    }
  }

  /**
   * A definition from command-line text: comma-separated {@code rows}, {@code columns} (may be
   * blank), {@code measures} and {@code zones} (may be blank); no title, no filter.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static TableDefinition of(
      String name, String rows, String columns, String measures, String zones) {
    return builder(name)
        .rows(split(rows))
        .columns(split(columns))
        .measures(split(measures).stream().map(Measure::parse).toList())
        .zones(split(zones))
        .build();
  }

  /**
   * A builder of the table {@code name}; rows and measures must be given, the rest defaults to none
   * (no title, columns, zones, filter, periods, groups or river zones; each measure's own
   * decimals). Not thread-safe.
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A builder holding this definition's parts, to make another that differs in some. */
  public Builder toBuilder() {
    return builder(name)
        .title(title)
        .rows(rows)
        .columns(columns)
        .measures(measures)
        .zones(zones)
        .where(where)
        .decimals(decimals)
        .periods(periods)
        .groups(groups)
        .rivers(rivers);
  }

  /**
   * The parts of a {@link TableDefinition}, checked together by {@link #build()} (the record's
   * constructor). Each setter replaces the part; not thread-safe.
   */
  public static final class Builder {
    private final String name;
    private Bilingual title;
    private List<String> rows = List.of();
    private List<String> columns = List.of();
    private List<Measure> measures = List.of();
    private List<String> zones = List.of();
    private Map<String, Set<String>> where = Map.of();
    private Integer decimals;
    private List<YearRange> periods = List.of();
    private Map<String, Map<String, Set<String>>> groups = Map.of();
    private RiverZones rivers;

    private Builder(String name) {
      this.name = name;
    }

    /** The title; null for one made from the dimensions and measures. */
    public Builder title(Bilingual title) {
      this.title = title;
      return this;
    }

    /** The row dimensions, at least one. */
    public Builder rows(List<String> rows) {
      this.rows = rows;
      return this;
    }

    /** The column dimensions, possibly none. */
    public Builder columns(List<String> columns) {
      this.columns = columns;
      return this;
    }

    /** What each cell holds, at least one, no repeats. */
    public Builder measures(List<Measure> measures) {
      this.measures = measures;
      return this;
    }

    /** The zone or band columns of the {@code zone} / {@code band} dimension. */
    public Builder zones(List<String> zones) {
      this.zones = zones;
      return this;
    }

    /** Patch dimension → accepted values; other patches are left out. */
    public Builder where(Map<String, Set<String>> where) {
      this.where = where;
      return this;
    }

    /** Digits after the decimal point of areas; null for each measure's default. */
    public Builder decimals(Integer decimals) {
      this.decimals = decimals;
      return this;
    }

    /** Restoration-year periods, in order, not overlapping. */
    public Builder periods(List<YearRange> periods) {
      this.periods = periods;
      return this;
    }

    /** Patch dimension → group name → the dimension's values in it. */
    public Builder groups(Map<String, Map<String, Set<String>>> groups) {
      this.groups = groups;
      return this;
    }

    /** The zone columns of the {@code river} dimension; null without it. */
    public Builder rivers(RiverZones rivers) {
      this.rivers = rivers;
      return this;
    }

    /**
     * The definition.
     *
     * @throws IllegalArgumentException naming what is wrong, as the record's constructor does
     */
    public TableDefinition build() {
      return new TableDefinition(
          name, title, rows, columns, measures, zones, where, decimals, periods, groups, rivers);
    }
  }

  /**
   * The name of a table given by command-line text (comma-separated {@code rows}, {@code columns},
   * {@code measures}), so that tables of different breakdowns written into one folder keep distinct
   * files: {@code county-by-status-patches-mines-mu}; {@code table} when nothing is given.
   */
  public static String nameOf(String rows, String columns, String measures) {
    List<String> parts = new ArrayList<>(split(rows));
    if (!split(columns).isEmpty()) {
      parts.add("by");
      parts.addAll(split(columns));
    }
    parts.addAll(split(measures));
    String name = String.join("-", parts).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]", "_");
    return name.isEmpty() || !NAME.matcher(name).matches() ? "table" : name;
  }

  /**
   * A named breakdown: {@code damage-status} (seed 003: damage type × mine status, patches, mines
   * and mu) or {@code mines-by-status} (seed 003: county × mine status, mines and patches).
   *
   * @throws IllegalArgumentException for another name, listing the names
   */
  public static TableDefinition named(String name) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "damage-status" ->
          builder(n)
              .title(
                  new Bilingual(
                      "Land damaged by mining, by damage type and mine status (mu)",
                      "矿山占用破坏土地面积统计表（按破坏方式、矿山状态，亩）"))
              .rows(List.of(PatchFacts.DAMAGE))
              .columns(List.of(PatchFacts.STATUS))
              .measures(List.of(Measure.PATCHES, Measure.MINES, Measure.MU))
              .build();
      case "mines-by-status" ->
          builder(n)
              .title(new Bilingual("Mines by county and status", "各区县矿山数量统计表（按矿山状态）"))
              .rows(List.of("county"))
              .columns(List.of(PatchFacts.STATUS))
              .measures(List.of(Measure.MINES, Measure.PATCHES))
              .build();
      default ->
          throw new IllegalArgumentException(
              "unknown table '" + name + "': expected damage-status or mines-by-status");
    };
  }

  /** The group of {@code value} of patch dimension {@code dimension}; null when in none. */
  String group(String dimension, String value) {
    for (Map.Entry<String, Set<String>> g : groups.get(dimension).entrySet()) {
      if (g.getValue().stream().anyMatch(value::equalsIgnoreCase)) {
        return g.getKey();
      }
    }
    return null;
  }

  /** The patch classes of legacy mines (历史遗留矿山), seed 001's and seed 000's subject. */
  static final Map<String, Set<String>> LEGACY_MINES = Map.of(PatchFacts.CLASS, Set.of("LEGACY"));

  /**
   * Abandoned open pits (废弃露天矿山), seed 004's subject: legacy mines and abandoned mines with a
   * responsible owner, mined open pit.
   */
  static final Map<String, Set<String>> ABANDONED_OPEN_PITS =
      Map.of(
          PatchFacts.CLASS,
          Set.of("LEGACY", "ABANDONED_WITH_OWNER"),
          PatchFacts.METHOD,
          Set.of("OPEN_PIT"));

  /**
   * The {@code periods} preset (seed 001) as a definition: the legacy mines' restoration tasks,
   * regions at {@code level} × the periods (and their total), area in {@code unit}.
   */
  static TableDefinition periods(
      RegionLevel level, List<YearRange> periods, AreaUnit unit, int decimals) {
    return builder("periods")
        .title(
            new Bilingual(
                "Legacy mine restoration tasks by period (" + unit.symbol() + ")",
                "历史遗留矿山生态修复治理任务分解表（" + unit.chineseName() + "）"))
        .rows(List.of(level.name().toLowerCase(Locale.ROOT)))
        .columns(List.of("year"))
        .measures(List.of(Measure.of(unit)))
        .where(LEGACY_MINES)
        .decimals(decimals)
        .periods(periods)
        .build();
  }

  /**
   * The {@code dandong} preset (seed 003) as a definition: regions at {@code level} × the two
   * restoration-year periods × status groups {@code PRODUCING} ({@code producing}) and {@code
   * CLOSED_OR_ABANDONED} ({@code closed}), with a subtotal per period and a total group, in mu.
   */
  static TableDefinition dandong(
      RegionLevel level,
      YearRange period1,
      YearRange period2,
      Set<String> producing,
      Set<String> closed,
      int decimals) {
    Map<String, Set<String>> status = new LinkedHashMap<>();
    status.put("PRODUCING", producing);
    status.put("CLOSED_OR_ABANDONED", closed);
    return builder("dandong")
        .title(
            new Bilingual(
                "Mine geological environment restoration by mine status and period (mu)",
                "矿山地质环境恢复治理面积统计表（按矿山状态和治理时段，亩）"))
        .rows(List.of(level.name().toLowerCase(Locale.ROOT)))
        .columns(List.of("year", PatchFacts.STATUS))
        .measures(List.of(Measure.MU))
        .decimals(decimals)
        .periods(List.of(period1, period2))
        .groups(Map.of(PatchFacts.STATUS, status))
        .build();
  }

  /**
   * The {@code allocation} preset (seed 000) as a definition: regions at {@code level} × target,
   * achieved, completion and remaining in {@code unit}, achieved being the area of the patches that
   * pass {@code where} and were restored in {@code periods} (empty: any year).
   */
  static TableDefinition allocation(
      RegionLevel level,
      Map<String, Set<String>> where,
      List<YearRange> periods,
      AreaUnit unit,
      int decimals) {
    return builder("allocation")
        .title(
            new Bilingual(
                "Restoration targets and progress by region (" + unit.symbol() + ")",
                "各地区矿山生态修复治理目标任务及完成情况（" + unit.chineseName() + "）"))
        .rows(List.of(level.name().toLowerCase(Locale.ROOT)))
        .measures(List.of(Measure.TARGET, Measure.of(unit), Measure.COMPLETION, Measure.REMAINING))
        .where(where)
        .decimals(decimals)
        .periods(periods)
        .build();
  }

  /**
   * The {@code yangtze-annex} preset (seed 004) as a definition: the abandoned open pits, regions
   * at {@code level} × {main stream, tributaries, total} × {patches, mines, ha} within the bands of
   * {@code rivers}; each part of a patch in exactly one river class, so total = main stream +
   * tributaries.
   */
  static TableDefinition yangtzeAnnex(RegionLevel level, RiverZones rivers, int decimals) {
    return builder("yangtze-annex")
        .title(
            new Bilingual(
                "Abandoned open-pit mine patches within 10 km of either bank of the Yangtze main"
                    + " stream and main tributaries",
                "长江干流及主要支流两侧各10公里范围废弃露天矿山遥感解译图斑统计表"))
        .rows(List.of(level.name().toLowerCase(Locale.ROOT)))
        .columns(List.of(RIVER))
        .measures(List.of(Measure.PATCHES, Measure.MINES, Measure.HA))
        .where(ABANDONED_OPEN_PITS)
        .decimals(decimals)
        .rivers(rivers)
        .build();
  }

  /**
   * The decimals of measure {@code m}; target and remaining take those of the table's (first) area
   * measure.
   */
  int decimals(Measure m) {
    if (m == Measure.TARGET || m == Measure.REMAINING) {
      return decimals(measures.stream().filter(a -> a.unit() != null).findFirst().orElseThrow());
    }
    return m.unit() == null && m != Measure.COMPLETION
        ? 0
        : decimals == null || m == Measure.COMPLETION ? m.defaultDecimals() : decimals;
  }

  private static Map<String, Map<String, Set<String>>> groups(
      String name, Map<String, Map<String, Set<String>>> groups, List<String> dims) {
    Map<String, Map<String, Set<String>>> copy = new LinkedHashMap<>();
    if (groups == null) {
      return Map.of();
    }
    for (Map.Entry<String, Map<String, Set<String>>> e : groups.entrySet()) {
      String d = e.getKey() == null ? "" : e.getKey().strip().toLowerCase(Locale.ROOT);
      if (!PATCH_DIMENSIONS.contains(d) || d.equals("year") || !dims.contains(d)) {
        throw new IllegalArgumentException(
            "table "
                + name
                + ": groups take patch dimensions of the table's rows or columns (not year: use"
                + " periods), was '"
                + e.getKey()
                + "' for dimensions "
                + dims);
      }
      if (e.getValue() == null || e.getValue().isEmpty()) {
        throw new IllegalArgumentException(
            "table " + name + ": groups." + d + " needs at least one group");
      }
      Map<String, Set<String>> named = new LinkedHashMap<>();
      Set<String> seen = new HashSet<>();
      for (Map.Entry<String, Set<String>> g : e.getValue().entrySet()) {
        if (g.getKey() == null
            || g.getKey().isBlank()
            || g.getValue() == null
            || g.getValue().isEmpty()) {
          throw new IllegalArgumentException(
              "table "
                  + name
                  + ": groups."
                  + d
                  + " needs named groups of one or more values, was "
                  + g.getKey()
                  + ": "
                  + g.getValue());
        }
        for (String v : g.getValue()) {
          if (!seen.add(v.strip().toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException(
                "table " + name + ": groups." + d + ": value " + v + " is in two groups");
          }
        }
        named.put(
            g.getKey().strip(), Set.copyOf(g.getValue().stream().map(String::strip).toList()));
      }
      copy.put(d, java.util.Collections.unmodifiableMap(named));
    }
    return java.util.Collections.unmodifiableMap(copy);
  }

  /** Every dimension a table may have, e.g. {@code county}, {@code status}, {@code zone}. */
  public static List<String> dimensions() {
    return known();
  }

  private static List<String> known() {
    List<String> known = new ArrayList<>(REGION_DIMENSIONS);
    known.addAll(PATCH_DIMENSIONS);
    known.addAll(ZONE_DIMENSIONS);
    return known;
  }

  private static List<String> lowerCase(List<String> dims, String what) {
    if (dims == null) {
      throw new IllegalArgumentException(what + " must be a list (possibly empty), was null");
    }
    return dims.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).toList();
  }

  private static List<String> split(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
