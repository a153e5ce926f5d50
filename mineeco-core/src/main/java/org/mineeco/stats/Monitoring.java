package org.mineeco.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.stats.MonitoringResult.Change;
import org.mineeco.stats.MonitoringResult.IdChange;
import org.mineeco.table.Table;
import org.mineeco.units.Area;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Vocabulary;

/**
 * Compares two annual survey snapshots (year t and t+1). Patches are matched by id first; then each
 * remaining year-t+1 patch is matched to a remaining year-t patch by geometry: all pairs whose
 * intersection over union (of CGCS2000 ellipsoidal areas) is at least {@link
 * MonitoringOptions#minOverlap()} are taken greedily from the largest overlap down (ties by id),
 * each patch at most once. Changes are then classified as in {@link Change}: a patch is delisted
 * only when it is restored (HFZLQK = B) and newly flagged, and a patch that disappears while not
 * restored is its own category, listed by id in the table's notes; the net increase in restored
 * area (净增矿山恢复治理面积) is restored area at t+1 minus restored area at t, per region and in total. A
 * patch split between regions is split by area (each region gets its part), its count going to the
 * region holding its largest part. Each change counts mines as well as patches: a mine (the patches
 * sharing {@link SnapshotPatch#mineId()}) counts once per change, in the region where its patches
 * with that change have the most area. Geometries are CGCS2000 lon/lat. Thread-safe (stateless).
 */
public final class Monitoring {
  static final String NET = "net";
  static final String BEFORE = "restored_before";
  static final String AFTER = "restored_after";
  private static final String MINE_SEPARATOR = "\u001f";

  private Monitoring() {}

  /**
   * The changes from {@code before} (year t) to {@code after} (year t+1).
   *
   * @throws IllegalArgumentException if an id repeats within a snapshot
   */
  public static MonitoringResult compare(
      List<SnapshotPatch> before,
      List<SnapshotPatch> after,
      List<Region> regions,
      MonitoringOptions options) {
    Map<String, SnapshotPatch> byIdBefore = index(before, "year t");
    Map<String, SnapshotPatch> byIdAfter = index(after, "year t+1");
    Map<SnapshotPatch, SnapshotPatch> pairs = new LinkedHashMap<>();
    List<SnapshotPatch> lostBefore = new ArrayList<>();
    for (SnapshotPatch b : before) {
      SnapshotPatch a = byIdAfter.get(b.id());
      if (a != null) {
        pairs.put(a, b);
      } else {
        lostBefore.add(b);
      }
    }
    int byId = pairs.size();
    List<SnapshotPatch> newAfter =
        after.stream().filter(a -> !byIdBefore.containsKey(a.id())).toList();
    List<IdChange> idChanges = matchByOverlap(lostBefore, newAfter, options.minOverlap());
    Set<String> matchedBefore = new HashSet<>();
    Set<String> matchedAfter = new HashSet<>();
    for (IdChange change : idChanges) {
      pairs.put(byIdAfter.get(change.after()), byIdBefore.get(change.before()));
      matchedBefore.add(change.before());
      matchedAfter.add(change.after());
    }
    Pivot<String, String> pivot = Pivot.ofText();
    Map<Change, TreeSet<String>> changes = new EnumMap<>(Change.class);
    pairs.forEach((a, b) -> classifyPair(b, a, pivot, changes));
    for (SnapshotPatch a : newAfter) {
      if (!matchedAfter.contains(a.id())) {
        tally(a.restored() ? Change.NEWLY_RESTORED : Change.NEWLY_DAMAGED, a, pivot, changes);
      }
    }
    List<SnapshotPatch> removed =
        lostBefore.stream().filter(b -> !matchedBefore.contains(b.id())).toList();
    removed.forEach(
        b -> tally(b.restored() ? Change.REMOVED : Change.REMOVED_NOT_RESTORED, b, pivot, changes));
    Map<String, Area> restoredBefore = restored(before, pivot, BEFORE, -1);
    Map<String, Area> restoredAfter = restored(after, pivot, AFTER, 1);
    Map<Change, List<String>> ids = new EnumMap<>(Change.class);
    for (Change change : Change.values()) {
      ids.put(change, List.copyOf(changes.getOrDefault(change, new TreeSet<>())));
    }
    int unmatchedAfter = newAfter.size() - idChanges.size();
    Table table =
        MonitoringTable.table(
            pivot,
            new RegionTree(regions),
            options,
            byId,
            idChanges.size(),
            removed.size(),
            unmatchedAfter,
            changes);
    return new MonitoringResult(
        byId,
        idChanges.size(),
        removed.size(),
        unmatchedAfter,
        ids,
        idChanges,
        restoredBefore,
        restoredAfter,
        table);
  }

  private static Map<String, SnapshotPatch> index(List<SnapshotPatch> patches, String snapshot) {
    Map<String, SnapshotPatch> byId = new HashMap<>();
    for (SnapshotPatch patch : patches) {
      if (byId.put(patch.id(), patch) != null) {
        throw new IllegalArgumentException(
            "snapshot " + snapshot + ": patch id " + patch.id() + " occurs more than once");
      }
    }
    return byId;
  }

  private static void classifyPair(
      SnapshotPatch b,
      SnapshotPatch a,
      Pivot<String, String> pivot,
      Map<Change, TreeSet<String>> changes) {
    if (!b.restored() && a.restored()) {
      tally(Change.NEWLY_RESTORED, a, pivot, changes);
    }
    if (b.restored() && !a.restored()) {
      tally(Change.RE_DAMAGED, a, pivot, changes);
    }
    if (a.delisted() && !b.delisted()) {
      tally(a.restored() ? Change.DELISTED : Change.FLAGGED_NOT_RESTORED, a, pivot, changes);
    }
  }

  private static void tally(
      Change change,
      SnapshotPatch patch,
      Pivot<String, String> pivot,
      Map<Change, TreeSet<String>> changes) {
    changes.computeIfAbsent(change, c -> new TreeSet<>()).add(patch.id());
    // a mine counts once per change: its key holds the change
    String mine = change.name() + MINE_SEPARATOR + patch.mineId();
    parts(patch).forEach((region, m2) -> pivot.part(mine, List.of(region), change.name(), m2));
    pivot.add(List.of(region(patch)), change.name(), 0, 1);
  }

  private static Map<String, Area> restored(
      List<SnapshotPatch> patches, Pivot<String, String> pivot, String key, int sign) {
    Map<String, Area> restored = new TreeMap<>();
    for (SnapshotPatch patch : patches) {
      if (patch.restored()) {
        parts(patch)
            .forEach(
                (region, m2) -> {
                  restored.merge(region, Area.squareMetres(m2), Area::plus);
                  pivot.add(List.of(region), key, m2, 0);
                  pivot.add(List.of(region), NET, sign * m2, 0);
                });
      } else {
        pivot.ensureRow(List.of(region(patch)));
      }
    }
    return restored;
  }

  /**
   * The patch's area (m²) by region, split by area: each region its part, the rest outside every
   * region under {@link RegionTree#OUTSIDE}; the parts sum to the patch's area.
   */
  private static Map<String, Double> parts(SnapshotPatch patch) {
    Map<String, Double> parts = new TreeMap<>();
    double inside = 0;
    for (Map.Entry<String, Area> e : patch.regionAreas().entrySet()) {
      parts.merge(e.getKey(), e.getValue().squareMetres(), Double::sum);
      inside += e.getValue().squareMetres();
    }
    double rest = patch.area().squareMetres() - inside;
    // a rounding-size rest stays with the main region, so that the parts sum to the area
    parts.merge(
        rest > 0.01 || parts.isEmpty() ? RegionTree.OUTSIDE : region(patch), rest, Double::sum);
    return parts;
  }

  static String region(SnapshotPatch patch) {
    return patch.regionId() == null ? RegionTree.OUTSIDE : patch.regionId();
  }

  private static List<IdChange> matchByOverlap(
      List<SnapshotPatch> before, List<SnapshotPatch> after, double minOverlap) {
    STRtree index = new STRtree();
    before.forEach(b -> index.insert(b.geometry().getEnvelopeInternal(), b));
    List<IdChange> candidates = new ArrayList<>();
    for (SnapshotPatch a : after) {
      for (Object item : index.query(a.geometry().getEnvelopeInternal())) {
        SnapshotPatch b = (SnapshotPatch) item;
        double overlap = intersectionOverUnion(b.geometry(), a.geometry());
        if (overlap >= minOverlap) {
          candidates.add(new IdChange(b.id(), a.id(), overlap));
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble(IdChange::overlap)
            .reversed()
            .thenComparing(IdChange::after)
            .thenComparing(IdChange::before));
    Set<String> usedBefore = new HashSet<>();
    Set<String> usedAfter = new HashSet<>();
    List<IdChange> matches = new ArrayList<>();
    for (IdChange c : candidates) {
      if (!usedBefore.contains(c.before()) && !usedAfter.contains(c.after())) {
        usedBefore.add(c.before());
        usedAfter.add(c.after());
        matches.add(c);
      }
    }
    return matches;
  }

  /** Intersection over union of two lon/lat geometries, by ellipsoidal area. */
  static double intersectionOverUnion(Geometry g1, Geometry g2) {
    if (!g1.getEnvelopeInternal().intersects(g2.getEnvelopeInternal())) {
      return 0;
    }
    Geometry common = OverlayNGRobust.overlay(g1, g2, OverlayNG.INTERSECTION);
    double inter = EllipsoidalArea.ofLonLat(common).squareMetres();
    double union =
        EllipsoidalArea.ofLonLat(g1).squareMetres()
            + EllipsoidalArea.ofLonLat(g2).squareMetres()
            - inter;
    return union > 0 ? inter / union : 0;
  }

  /** Labels of the change columns, from the {@link Vocabulary}. */
  static Bilingual title(Change change) {
    return Vocabulary.of(change);
  }
}
