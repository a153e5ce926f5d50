package org.mineeco.stats;

import java.util.List;
import java.util.OptionalDouble;
import org.mineeco.units.Area;

/**
 * Progress against one {@link Target}. Areas are CGCS2000 ellipsoidal areas.
 *
 * @param target the target
 * @param achieved restored area that counts toward the target
 * @param remaining {@code max(0, target - achieved)}; for a clear-to-zero target the area still
 *     open (not restored) in the zone
 * @param completionPercent {@code 100 × achieved / target}; empty for a zero target
 * @param patchIds restored patches counting toward the target, sorted
 * @param openPatchIds for a clear-to-zero target, the patches in the zone not yet restored
 * @param minesAchieved mines (patches sharing a mine id) all of whose patches within the target's
 *     region and filters are restored and count toward it
 * @param state met, on track or late against the survey year; {@link State#NO_DEADLINE} without a
 *     deadline or survey year
 */
public record TargetProgress(
    Target target,
    Area achieved,
    Area remaining,
    OptionalDouble completionPercent,
    List<String> patchIds,
    List<String> openPatchIds,
    long minesAchieved,
    State state) {
  /** Progress against the deadline. */
  public enum State {
    /** The area (and mine) target is reached, or the zone cleared. */
    MET,
    /** Not met, and the survey year is before the deadline year. */
    ON_TRACK,
    /** Not met, and the survey year is the deadline year or later. */
    LATE,
    /** Not met, and no deadline or no survey year is given. */
    NO_DEADLINE
  }

  public TargetProgress {
    patchIds = List.copyOf(patchIds);
    openPatchIds = List.copyOf(openPatchIds);
    java.util.Objects.requireNonNull(state, "state");
  }

  /** Whether a clear-to-zero target has no open patch left (always false for other targets). */
  public boolean cleared() {
    return target.mustClear() && openPatchIds.isEmpty();
  }
}
