package org.mineeco.stats;

import java.time.YearMonth;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;

/**
 * One restoration target: restore {@code target} of patches in a region (and period, status, zone,
 * mode when given). A target of zero with a zone (red line, basic farmland) means "clear to zero":
 * every patch in the zone must be restored.
 *
 * @param line 1-based line of the targets file (0 when built in code)
 * @param region the region id, e.g. a 6-digit code
 * @param period restoration years that count, or null for any
 * @param status the required {@link PatchFacts#STATUS}, or null
 * @param zone the zone column whose area counts, or null for the whole patch area
 * @param mode the required {@link PatchFacts#MODE}, or null
 * @param target the target area (≥ 0)
 * @param unit the unit the target was given in
 * @param mines the number of mines to restore, or null for no mine target
 * @param deadline the last month (inclusive) by which the target is to be met, or null; a deadline
 *     given as a year is its December
 */
public record Target(
    int line,
    String region,
    YearRange period,
    String status,
    String zone,
    String mode,
    Area target,
    AreaUnit unit,
    Integer mines,
    YearMonth deadline) {
  public Target {
    if (region == null || region.isBlank()) {
      throw new IllegalArgumentException("target on line " + line + ": region must not be blank");
    }
    if (target == null || target.squareMetres() < 0 || unit == null) {
      throw new IllegalArgumentException(
          "target on line " + line + ": needs a target area >= 0 and a unit, was " + target);
    }
    if (mines != null && mines < 0) {
      throw new IllegalArgumentException(
          "target on line " + line + ": mines must be >= 0, was " + mines);
    }
    if (deadline != null && (deadline.getYear() < 1900 || deadline.getYear() > 2200)) {
      throw new IllegalArgumentException(
          "target on line " + line + ": deadline must be a month of 1900..2200, was " + deadline);
    }
    status = blankToNull(status);
    zone = blankToNull(zone);
    mode = blankToNull(mode);
  }

  /** A target for a region over all patches. */
  public static Target of(String region, double value, AreaUnit unit) {
    return new Target(0, region, null, null, null, null, Area.of(value, unit), unit, null, null);
  }

  /** This target with a mine count and a deadline month (either may be null). */
  public Target withMinesAndDeadline(Integer mineCount, YearMonth deadlineMonth) {
    return new Target(
        line, region, period, status, zone, mode, target, unit, mineCount, deadlineMonth);
  }

  /**
   * The deadline as the targets file writes it: {@code YYYY} for a December (the end of that year),
   * else {@code YYYY-MM}; empty without one.
   */
  public String deadlineText() {
    if (deadline == null) {
      return "";
    }
    return deadline.getMonthValue() == 12
        ? String.valueOf(deadline.getYear())
        : deadline.toString();
  }

  /** Whether this is a "clear to zero" target: zero area inside a zone. */
  public boolean mustClear() {
    return zone != null && target.squareMetres() == 0;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
