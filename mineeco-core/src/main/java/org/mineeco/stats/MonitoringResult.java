package org.mineeco.stats;

import java.util.List;
import java.util.Map;
import org.mineeco.table.Table;
import org.mineeco.units.Area;

/**
 * The changes between two survey snapshots. Areas are CGCS2000 ellipsoidal areas.
 *
 * @param matchedById pairs matched by id
 * @param matchedByOverlap pairs matched by geometry overlap (ids changed)
 * @param unmatchedBefore year-t patches without a year-t+1 partner
 * @param unmatchedAfter year-t+1 patches without a year-t partner
 * @param changes each change → ids of the patches (year t+1 ids; year t ids for {@link
 *     Change#REMOVED} and {@link Change#REMOVED_NOT_RESTORED}), sorted
 * @param idChanges the pairs matched by overlap
 * @param restoredBefore region id → restored area at year t (key {@code (outside)} for patches
 *     outside every region)
 * @param restoredAfter region id → restored area at year t+1
 * @param table the monitoring table by region with a total row
 */
public record MonitoringResult(
    int matchedById,
    int matchedByOverlap,
    int unmatchedBefore,
    int unmatchedAfter,
    Map<Change, List<String>> changes,
    List<IdChange> idChanges,
    Map<String, Area> restoredBefore,
    Map<String, Area> restoredAfter,
    Table table) {
  /** A kind of change between year t and year t+1. */
  public enum Change {
    /** Not restored at t, restored at t+1 (or new at t+1 and already restored). */
    NEWLY_RESTORED,
    /** New at t+1 (no partner at t) and not restored. */
    NEWLY_DAMAGED,
    /** Restored at t, damaged (not restored) again at t+1. */
    RE_DAMAGED,
    /** Delisted (销号) as the plans define it: flagged at t+1, not at t, and restored at t+1. */
    DELISTED,
    /** Flagged as delisted at t+1 but not restored (HFZLQK is not B): not delisted; check it. */
    FLAGGED_NOT_RESTORED,
    /** Restored at t, with no partner at t+1: left the inventory after restoration. */
    REMOVED,
    /** Not restored at t, with no partner at t+1: removed while not restored; check it. */
    REMOVED_NOT_RESTORED
  }

  /**
   * A year-t patch matched to a year-t+1 patch with another id.
   *
   * @param before the year-t id
   * @param after the year-t+1 id
   * @param overlap their intersection over union
   */
  public record IdChange(String before, String after, double overlap) {}

  public MonitoringResult {
    changes = Map.copyOf(changes);
    idChanges = List.copyOf(idChanges);
    restoredBefore = Map.copyOf(restoredBefore);
    restoredAfter = Map.copyOf(restoredAfter);
  }

  /** 净增矿山恢复治理面积: restored area at t+1 minus restored area at t, all regions. */
  public Area netIncrease() {
    return sum(restoredAfter).minus(sum(restoredBefore));
  }

  /** The net increase in restored area in one region. */
  public Area netIncrease(String regionId) {
    return restoredAfter
        .getOrDefault(regionId, Area.ZERO)
        .minus(restoredBefore.getOrDefault(regionId, Area.ZERO));
  }

  private static Area sum(Map<String, Area> areas) {
    return areas.values().stream().reduce(Area.ZERO, Area::plus);
  }
}
