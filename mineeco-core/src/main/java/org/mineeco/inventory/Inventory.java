package org.mineeco.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.mineeco.analysis.PatchRow;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;
import org.mineeco.io.Field;
import org.mineeco.io.FieldType;
import org.mineeco.reporting.Report;
import org.mineeco.reporting.Reporting;
import org.mineeco.reporting.ReportingOptions;
import org.mineeco.reporting.SnapshotCollector;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.stats.Monitoring;
import org.mineeco.stats.MonitoringResult;
import org.mineeco.stats.PatchFacts;
import org.mineeco.stats.Region;
import org.mineeco.stats.RegionLevel;
import org.mineeco.stats.SnapshotPatch;
import org.mineeco.table.Table;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Labels;

/**
 * A store of annual surveys: each year's analysed patches (geometry in CGCS2000 lon/lat, restored
 * and delisted flags, ellipsoidal area, main region, the facts every statistics table needs, and
 * how each was matched to the previous recorded year) and its region list, in one table {@code
 * inventory} of a GeoPackage file (embedded) or of a PostGIS schema (shared). Reports and the
 * monitoring comparison of any two years are made from the store alone. Adding a year twice
 * replaces it atomically; writers at once are serialised by a lock. Instances are immutable and
 * thread-safe.
 */
public final class Inventory {
  private static final String PATCH = "patch";
  private static final String REGION = "region";
  private static final String LABEL = "label";
  private static final String SELECTION = "(selection)";
  private static final List<Field> FIELDS =
      List.of(
          new Field("year", FieldType.INTEGER),
          new Field("kind", FieldType.STRING),
          new Field("code", FieldType.STRING),
          new Field("name", FieldType.STRING),
          new Field("parent", FieldType.STRING),
          new Field("level", FieldType.STRING),
          new Field("matched", FieldType.STRING),
          new Field("matched_year", FieldType.INTEGER),
          new Field("restored", FieldType.BOOLEAN),
          new Field("delisted", FieldType.BOOLEAN),
          new Field("area_m2", FieldType.REAL),
          new Field("region", FieldType.STRING),
          new Field("rank", FieldType.INTEGER),
          new Field("facts", FieldType.STRING));

  private final InventoryStore store;

  private Inventory(InventoryStore store) {
    this.store = store;
  }

  /**
   * The inventory at {@code location}: a {@code .gpkg} file (created by the first {@link #add}) or
   * {@code postgresql://…/database?schema=NAME}.
   *
   * @throws IllegalArgumentException when the location is neither
   */
  public static Inventory open(String location) {
    return new Inventory(InventoryStore.open(location));
  }

  /**
   * Analyses the spec's survey as the survey of {@code year} and records it, replacing a year
   * recorded before; its patches are matched to the latest earlier recorded year by id, else by
   * overlap ({@link ReportingOptions#monitoring()}). The options' previous snapshot and targets are
   * not used.
   *
   * @return what was recorded
   */
  public InventoryYear add(int year, AnalysisSpec spec, ReportingOptions options) {
    Crs crs;
    try (FeatureReader reader = spec.patches().open(spec.crs())) {
      crs = reader.crs();
    }
    SnapshotCollector snapshot =
        new SnapshotCollector(crs, options.delistedField(), spec.mineIdField());
    ReportingOptions run =
        options.toBuilder()
            .previous(null, options.delistedField())
            .targets(List.of())
            .analysis(options.analysis().alsoOnPatch(snapshot))
            .build();
    Report report = Reporting.run(spec, run);
    List<SnapshotPatch> patches = snapshot.patches();
    List<PatchFacts> facts = report.facts();
    Map<String, Integer> ranks = new HashMap<>();
    for (PatchRow row : report.analysis().rows()) {
      if (row.rank() > 0) {
        ranks.put(row.id(), row.rank());
      }
    }
    if (patches.size() != facts.size()) {
      throw new IllegalStateException(
          "analysis gave " + facts.size() + " facts for " + patches.size() + " patches");
    }
    List<InventoryYear> added = new ArrayList<>();
    store.replace(
        InventoryStore.TABLE,
        FIELDS,
        rows -> {
          List<Feature> kept = new ArrayList<>();
          int previous = 0;
          for (Feature row : rows) {
            int y = year(row);
            if (y != year) {
              kept.add(row);
              previous = y < year ? Math.max(previous, y) : previous;
            }
          }
          Map<String, String> matched = new LinkedHashMap<>();
          if (previous > 0) {
            List<SnapshotPatch> before = snapshots(rows, previous);
            Set<String> ids = new HashSet<>();
            before.forEach(b -> ids.add(b.id()));
            MonitoringResult m =
                Monitoring.compare(before, patches, report.regions(), options.monitoring());
            patches.forEach(p -> matched.put(p.id(), ids.contains(p.id()) ? "id" : "new"));
            m.idChanges().forEach(c -> matched.put(c.after(), "overlap " + c.before()));
          }
          long index = kept.size();
          List<Feature> next = new ArrayList<>(kept);
          for (Region r : report.regions()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("year", (long) year);
            v.put("kind", REGION);
            v.put("code", r.id());
            v.put("name", r.name());
            v.put("parent", r.parentId());
            v.put("level", r.level().name());
            next.add(new Feature(index++, null, v));
          }
          Labels labels = report.analysis().labels();
          Map<String, Bilingual> words = new LinkedHashMap<>(labels.columns());
          labels.levels().forEach((level, w) -> words.put("level:" + level, w));
          if (labels.selection() != null) {
            words.put(SELECTION, labels.selection());
          }
          for (Map.Entry<String, Bilingual> w : words.entrySet()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("year", (long) year);
            v.put("kind", LABEL);
            v.put("code", w.getKey());
            v.put("name", w.getValue().zh());
            v.put("facts", w.getValue().en());
            next.add(new Feature(index++, null, v));
          }
          for (int i = 0; i < patches.size(); i++) {
            SnapshotPatch p = patches.get(i);
            String how = previous == 0 ? "first" : matched.get(p.id());
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("year", (long) year);
            v.put("kind", PATCH);
            v.put("code", p.id());
            v.put("matched", how);
            v.put("matched_year", previous == 0 ? null : (long) previous);
            v.put("restored", p.restored());
            v.put("delisted", p.delisted());
            v.put("area_m2", p.area().squareMetres());
            v.put("region", p.regionId());
            Integer rank = ranks.get(p.id());
            v.put("rank", rank == null ? null : (long) rank);
            v.put("facts", FactsJson.write(facts.get(i)));
            next.add(new Feature(index++, p.geometry(), v));
          }
          next.sort(Comparator.comparingInt(Inventory::year));
          added.add(summary(year, next));
          return next;
        });
    return added.get(0);
  }

  /** The recorded years, oldest first. */
  public List<InventoryYear> years() {
    List<Feature> rows = store.read(InventoryStore.TABLE);
    return new TreeMap<>(byYear(rows)).keySet().stream().map(y -> summary(y, rows)).toList();
  }

  /**
   * The recorded patches of {@code year} as features for a map, geometries in CGCS2000 lon/lat:
   * {@code id}, {@code year}, {@code restoration_state} ({@code restored} or {@code not_restored}),
   * {@code delisted}, {@code area_mu} (2 decimals), {@code region}, {@code matched}.
   *
   * @throws IllegalArgumentException when the year is not recorded
   */
  public List<Feature> patches(int year) {
    List<Feature> rows = store.read(InventoryStore.TABLE);
    requireYear(byYear(rows), year);
    List<Feature> features = new ArrayList<>();
    for (Feature r : rows) {
      if (year(r) != year || !isPatch(r)) {
        continue;
      }
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("id", r.getString("code"));
      v.put("year", (long) year);
      v.put("restoration_state", flag(r, "restored") ? "restored" : "not_restored");
      v.put("delisted", flag(r, "delisted"));
      v.put("area_mu", Math.round(area(r).in(AreaUnit.MU) * 100) / 100.0);
      v.put("region", r.getString("region"));
      v.put("matched", r.getString("matched"));
      features.add(new Feature(features.size(), r.geometry(), v));
    }
    return features;
  }

  /** The inventory kept in {@code store}. */
  public static Inventory on(InventoryStore store) {
    return new Inventory(store);
  }

  /**
   * The recorded patches of {@code year} with their mine, region, state, area, zones and their id
   * in the previous recorded year, in stored order.
   *
   * @throws IllegalArgumentException when the year is not recorded
   */
  public List<SurveyedPatch> surveyed(int year) {
    Map<Integer, List<Feature>> byYear = byYear(store.read(InventoryStore.TABLE));
    requireYear(byYear, year);
    Map<String, String> names = new LinkedHashMap<>();
    regions(byYear.get(year)).forEach(r -> names.put(r.id(), r.name()));
    List<SurveyedPatch> patches = new ArrayList<>();
    for (Feature p : byYear.get(year)) {
      if (!isPatch(p)) {
        continue;
      }
      String id = p.getString("code");
      PatchFacts facts = facts(p);
      Map<String, Area> zones = new TreeMap<>(facts.zoneAreas());
      zones.values().removeIf(a -> a.squareMetres() <= 0);
      String how = p.getString("matched");
      String previous =
          "id".equals(how)
              ? id
              : how != null && how.startsWith("overlap ")
                  ? how.substring("overlap ".length())
                  : null;
      String region = p.getString("region");
      patches.add(
          new SurveyedPatch(
              year,
              id,
              facts.mineId(),
              region,
              region == null ? null : names.get(region),
              flag(p, "restored"),
              flag(p, "delisted"),
              area(p),
              zones,
              facts.dimensions(),
              p.get("rank") instanceof Number n ? n.intValue() : null,
              previous,
              p.geometry()));
    }
    return patches;
  }

  /**
   * The patch {@code id} in every recorded year, oldest first, with the patches it was matched to
   * by overlap under other ids (before and after).
   */
  public List<HistoryEntry> history(String id) {
    List<Feature> patches =
        store.read(InventoryStore.TABLE).stream().filter(Inventory::isPatch).toList();
    Set<String> ids = new HashSet<>(Set.of(id));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Feature p : patches) {
        String how = p.getString("matched");
        if (how == null || !how.startsWith("overlap ")) {
          continue;
        }
        String before = how.substring("overlap ".length());
        String after = p.getString("code");
        if (ids.contains(after) && ids.add(before) || ids.contains(before) && ids.add(after)) {
          grew = true;
        }
      }
    }
    List<HistoryEntry> entries = new ArrayList<>();
    for (Feature p : patches) {
      String pid = p.getString("code");
      if (!ids.contains(pid)) {
        continue;
      }
      PatchFacts facts = facts(p);
      Map<String, Area> zones = new TreeMap<>();
      facts
          .zoneAreas()
          .forEach(
              (k, a) -> {
                if (a.squareMetres() > 0) {
                  zones.put(k, a);
                }
              });
      String state =
          flag(p, "delisted") ? "delisted" : flag(p, "restored") ? "restored" : "damaged";
      entries.add(
          new HistoryEntry(
              year(p),
              pid,
              facts.mineId() != null ? facts.mineId() : pid,
              state,
              area(p),
              p.getString("region"),
              zones,
              p.getString("matched")));
    }
    entries.sort(Comparator.comparingInt(HistoryEntry::year));
    return entries;
  }

  /**
   * The tables of {@code year} from the store alone: the options' presets and targets, and with
   * {@code previousYear} the monitoring comparison (year t = {@code previousYear}).
   *
   * @throws IllegalArgumentException when a year is not recorded, or a preset cannot be built
   */
  public InventoryReport report(int year, Integer previousYear, ReportingOptions options) {
    List<Feature> rows = store.read(InventoryStore.TABLE);
    Map<Integer, List<Feature>> byYear = byYear(rows);
    requireYear(byYear, year);
    List<PatchFacts> facts =
        byYear.get(year).stream().filter(Inventory::isPatch).map(Inventory::facts).toList();
    List<Region> regions = regions(byYear.get(year));
    List<Bilingual> notes = new ArrayList<>();
    List<Table> tables =
        new ArrayList<>(Reporting.tables(facts, regions, labels(byYear.get(year)), options, notes));
    Optional<MonitoringResult> monitoring = Optional.empty();
    notes.add(
        Bilingual.format(
            "year %d (%s): %d patches", "%d 年（%s）：图斑 %d 个", year, store, facts.size()));
    if (previousYear != null) {
      requireYear(byYear, previousYear);
      MonitoringResult m =
          Monitoring.compare(
              snapshots(rows, previousYear), snapshots(rows, year), regions, options.monitoring());
      tables.add(m.table());
      monitoring = Optional.of(m);
      notes.add(
          Bilingual.format(
              "year %d (%s): %d patches",
              "%d 年（%s）：图斑 %d 个", previousYear, store, snapshots(rows, previousYear).size()));
    }
    return new InventoryReport(tables, monitoring, notes);
  }

  private void requireYear(Map<Integer, List<Feature>> byYear, int year) {
    if (!byYear.containsKey(year)) {
      throw new IllegalArgumentException(
          "the inventory " + store + " holds no year " + year + ": it holds " + byYear.keySet());
    }
  }

  private static Map<Integer, List<Feature>> byYear(List<Feature> rows) {
    Map<Integer, List<Feature>> years = new TreeMap<>();
    rows.forEach(r -> years.computeIfAbsent(year(r), y -> new ArrayList<>()).add(r));
    return years;
  }

  private static InventoryYear summary(int year, List<Feature> rows) {
    int patches = 0;
    int restored = 0;
    int delisted = 0;
    int byId = 0;
    int byOverlap = 0;
    int previous = 0;
    Area area = Area.ZERO;
    Area restoredArea = Area.ZERO;
    for (Feature r : rows) {
      if (year(r) != year || !isPatch(r)) {
        continue;
      }
      patches++;
      area = area.plus(area(r));
      if (flag(r, "restored")) {
        restored++;
        restoredArea = restoredArea.plus(area(r));
      }
      delisted += flag(r, "delisted") ? 1 : 0;
      String how = r.getString("matched");
      byId += "id".equals(how) ? 1 : 0;
      byOverlap += how != null && how.startsWith("overlap ") ? 1 : 0;
      Object y = r.get("matched_year");
      previous = y instanceof Number n ? n.intValue() : previous;
    }
    return new InventoryYear(
        year, patches, restored, delisted, area, restoredArea, byId, byOverlap, previous);
  }

  private static List<SnapshotPatch> snapshots(List<Feature> rows, int year) {
    List<SnapshotPatch> patches = new ArrayList<>();
    for (Feature r : rows) {
      if (year(r) == year && isPatch(r)) {
        patches.add(
            new SnapshotPatch(
                    r.getString("code"),
                    r.geometry(),
                    flag(r, "restored"),
                    flag(r, "delisted"),
                    area(r),
                    r.getString("region"))
                .withMine(facts(r).mineId()));
      }
    }
    return patches;
  }

  /**
   * The words of the zones, bands and region levels of {@code year}, as its spec named them.
   *
   * @throws IllegalArgumentException when the year is not recorded
   */
  public Labels labels(int year) {
    Map<Integer, List<Feature>> byYear = byYear(store.read(InventoryStore.TABLE));
    requireYear(byYear, year);
    return labels(byYear.get(year));
  }

  private static Labels labels(List<Feature> rows) {
    Map<String, Bilingual> columns = new LinkedHashMap<>();
    Map<String, Bilingual> levels = new LinkedHashMap<>();
    Bilingual selection = null;
    for (Feature r : rows) {
      if (!LABEL.equals(r.getString("kind"))) {
        continue;
      }
      String code = r.getString("code");
      Bilingual words = new Bilingual(r.getString("facts"), r.getString("name"));
      if (code.equals(SELECTION)) {
        selection = words;
      } else if (code.startsWith("level:")) {
        levels.put(code.substring("level:".length()), words);
      } else {
        columns.put(code, words);
      }
    }
    return new Labels(columns, levels, selection);
  }

  private static List<Region> regions(List<Feature> rows) {
    List<Region> regions = new ArrayList<>();
    for (Feature r : rows) {
      if (REGION.equals(r.getString("kind"))) {
        regions.add(
            new Region(
                r.getString("code"),
                r.getString("name"),
                r.getString("parent"),
                RegionLevel.valueOf(r.getString("level"))));
      }
    }
    return regions;
  }

  private static PatchFacts facts(Feature r) {
    return FactsJson.read(r.getString("code"), area(r), r.getString("facts"));
  }

  private static boolean isPatch(Feature r) {
    return PATCH.equals(r.getString("kind"));
  }

  private static int year(Feature r) {
    return ((Number) r.get("year")).intValue();
  }

  private static Area area(Feature r) {
    return Area.squareMetres(((Number) r.get("area_m2")).doubleValue());
  }

  private static boolean flag(Feature r, String field) {
    Object v = r.get(field);
    return v instanceof Boolean b ? b : v instanceof Number n && n.intValue() == 1;
  }
}
