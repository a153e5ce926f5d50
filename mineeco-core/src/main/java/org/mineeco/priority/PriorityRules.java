package org.mineeco.priority;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.mineeco.zone.BufferZone;
import org.mineeco.zone.Corridor;
import org.mineeco.zone.PolygonZone;
import org.mineeco.zone.Zone;

/**
 * Which zones decide the restoration order (after the seeds: red lines and basic farmland cleared
 * first, then river corridors nearest first, then "three zones, two lines").
 *
 * @param mustClear zones whose patches come first, to be cleared to zero (e.g. red_line, farmland)
 * @param corridors corridors whose bands rank patches nearest first
 * @param threeZonesTwoLines zones around reserves, scenic and residential areas and along transport
 *     lines, rivers and lakes
 */
public record PriorityRules(
    Set<String> mustClear, Set<String> corridors, Set<String> threeZonesTwoLines) {
  public PriorityRules {
    mustClear = Set.copyOf(mustClear);
    corridors = Set.copyOf(corridors);
    threeZonesTwoLines = Set.copyOf(threeZonesTwoLines);
  }

  /** Every zone the rules name. */
  public Set<String> allZones() {
    Set<String> all = new TreeSet<>(mustClear);
    all.addAll(corridors);
    all.addAll(threeZonesTwoLines);
    return all;
  }

  /**
   * The default rules for a zone stack: every polygons zone must be cleared, every corridor ranks
   * by band, every buffer zone is a "three zones, two lines" zone.
   */
  public static PriorityRules defaults(List<Zone> zones) {
    return new PriorityRules(
        names(zones, PolygonZone.class),
        names(zones, Corridor.class),
        names(zones, BufferZone.class));
  }

  private static Set<String> names(List<Zone> zones, Class<? extends Zone> type) {
    return zones.stream().filter(type::isInstance).map(Zone::name).collect(Collectors.toSet());
  }
}
