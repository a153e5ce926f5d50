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
 */
public record TargetProgress(
    Target target,
    Area achieved,
    Area remaining,
    OptionalDouble completionPercent,
    List<String> patchIds,
    List<String> openPatchIds) {
  public TargetProgress {
    patchIds = List.copyOf(patchIds);
    openPatchIds = List.copyOf(openPatchIds);
  }

  /** Whether a clear-to-zero target has no open patch left (always false for other targets). */
  public boolean cleared() {
    return target.mustClear() && openPatchIds.isEmpty();
  }
}
