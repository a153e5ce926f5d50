package org.mineeco.priority;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mineeco.model.MinePatch;
import org.mineeco.model.RestorationMode;
import org.mineeco.model.RestorationState;
import org.mineeco.overlay.PatchOverlay;
import org.mineeco.overlay.ZoneOverlay;
import org.mineeco.units.AreaUnit;
import org.mineeco.units.Length;
import org.mineeco.zone.Corridor;
import org.mineeco.zone.Zone;

/**
 * Ranks patches into a restoration order. The order, each step breaking the ties of the one before:
 *
 * <ol>
 *   <li>not yet restored before restored ({@code HFZLQK});
 *   <li>inside a must-clear zone (red line, basic farmland) first;
 *   <li>the nearest corridor band the patch has area in, inner bands first; patches in no band
 *       after;
 *   <li>inside a "three zones, two lines" zone first;
 *   <li>ease of the planned mode: natural recovery, assisted regeneration, ecological
 *       reconstruction, transformation use, unknown;
 *   <li>smaller ellipsoidal area first (quicker to finish);
 *   <li>input order.
 * </ol>
 *
 * Thread-safe once created.
 */
public final class PriorityRanking {
  private static final Comparator<PriorityFacts> ORDER =
      Comparator.comparing((PriorityFacts f) -> f.state() == RestorationState.RESTORED)
          .thenComparing(f -> f.mustClear().isEmpty())
          .thenComparing(
              f -> f.nearestBand() == null ? Long.MAX_VALUE : f.nearestBand().fromMetres())
          .thenComparing(f -> f.threeZonesTwoLines().isEmpty())
          .thenComparing(PriorityFacts::mode)
          .thenComparing(PriorityFacts::area)
          .thenComparingLong(PriorityFacts::index);

  private final PriorityRules rules;
  private final Map<String, Corridor> corridors = new HashMap<>();

  private PriorityRanking(List<Zone> zones, PriorityRules rules) {
    this.rules = rules;
    Map<String, Zone> byName = new HashMap<>();
    zones.forEach(z -> byName.put(z.name(), z));
    requireZones(byName, rules.mustClear(), "must-clear");
    requireZones(byName, rules.threeZonesTwoLines(), "three zones, two lines");
    requireZones(byName, rules.corridors(), "corridor");
    for (String name : rules.corridors()) {
      if (!(byName.get(name) instanceof Corridor corridor)) {
        throw new IllegalArgumentException(
            "priority corridor '" + name + "' must name a corridor zone, was " + byName.get(name));
      }
      corridors.put(name, corridor);
    }
  }

  /**
   * A ranking over the given zone stack.
   *
   * @throws IllegalArgumentException when a rule names a zone that is not in {@code zones}
   */
  public static PriorityRanking create(List<Zone> zones, PriorityRules rules) {
    return new PriorityRanking(zones, rules);
  }

  private static void requireZones(Map<String, Zone> zones, Collection<String> names, String rule) {
    for (String name : names) {
      if (!zones.containsKey(name)) {
        throw new IllegalArgumentException(
            "priority rule "
                + rule
                + " names zone '"
                + name
                + "', expected one of "
                + zones.keySet());
      }
    }
  }

  /** The facts the ranking needs from one analysed patch. */
  public PriorityFacts facts(MinePatch patch, PatchOverlay overlay) {
    List<String> mustClear = new ArrayList<>();
    List<String> threeZones = new ArrayList<>();
    PriorityFacts.Band nearest = null;
    for (ZoneOverlay zone : overlay.zones()) {
      if (!zone.inZone()) {
        continue;
      }
      if (rules.mustClear().contains(zone.zone())) {
        mustClear.add(zone.zone());
      }
      if (rules.threeZonesTwoLines().contains(zone.zone())) {
        threeZones.add(zone.zone());
      }
      Optional<PriorityFacts.Band> band = innermostBand(zone);
      if (band.isPresent() && (nearest == null || band.get().fromMetres() < nearest.fromMetres())) {
        nearest = band.get();
      }
    }
    mustClear.sort(null);
    threeZones.sort(null);
    return new PriorityFacts(
        patch.index(),
        patch.id(),
        mustClear,
        nearest,
        threeZones,
        patch.survey().state(),
        patch.survey().mode(),
        overlay.area());
  }

  private Optional<PriorityFacts.Band> innermostBand(ZoneOverlay zone) {
    Corridor corridor = corridors.get(zone.zone());
    if (corridor == null) {
      return Optional.empty();
    }
    List<Length> edges = corridor.bandEdges();
    for (int band = 0; band < zone.areas().size(); band++) {
      if (zone.areas().get(band).squareMetres() > 0) {
        return Optional.of(
            new PriorityFacts.Band(
                zone.zone(),
                Math.round(edges.get(band).metres()),
                Math.round(edges.get(band + 1).metres())));
      }
    }
    return Optional.empty();
  }

  /** Ranks the patches: the returned list is in rank order, rank 1 first. */
  public static List<RankedPatch> rank(Collection<PriorityFacts> facts) {
    List<PriorityFacts> sorted = new ArrayList<>(facts);
    sorted.sort(ORDER);
    List<RankedPatch> ranked = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      ranked.add(new RankedPatch(i + 1, sorted.get(i)));
    }
    return ranked;
  }

  static List<String> reasons(PriorityFacts f) {
    List<String> reasons = new ArrayList<>();
    if (f.state() == RestorationState.RESTORED) {
      reasons.add("already restored");
    }
    if (!f.mustClear().isEmpty()) {
      reasons.add("inside " + String.join(", ", f.mustClear()) + ": clear to zero");
    }
    if (f.nearestBand() != null) {
      reasons.add("within " + f.nearestBand());
    }
    if (!f.threeZonesTwoLines().isEmpty()) {
      reasons.add("three zones, two lines: " + String.join(", ", f.threeZonesTwoLines()));
    }
    if (f.mode() != RestorationMode.UNKNOWN) {
      reasons.add(f.mode().label());
    }
    reasons.add(String.format(Locale.ROOT, "%.2f ha", f.area().in(AreaUnit.HECTARE)));
    return reasons;
  }
}
