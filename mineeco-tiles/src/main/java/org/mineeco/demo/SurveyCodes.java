package org.mineeco.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws consistent survey codes (DESIGN.md §3) for one patch: TBXL within its TBDL, KZ/KCFS/TBSX
 * from the district's {@link Profile}, and ZLND the restoration year (2018 to the survey year) of a
 * restored patch or the planned year of an unrestored one (to 2025 for period A, 2026-2030 for B).
 */
final class SurveyCodes {
  private SurveyCodes() {}

  static Map<String, Object> draw(
      SplittableRandom r, Profile profile, int year, double restoredShare) {
    Map<String, Object> m = new LinkedHashMap<>();
    double u = r.nextDouble();
    String tbdl = u < 0.75 ? "10" : u < 0.83 ? "20" : u < 0.95 ? "30" : "40";
    m.put("TBDL", tbdl);
    m.put("TBXL", subclass(r, tbdl, profile));
    m.put("KZ", profile.mineral(r));
    m.put("KCFS", profile.method(r));
    m.put("TBSX", tbdl.equals("40") ? "5" : profile.use(r));
    m.put("STWT", pick(r, "111111111111222333333"));
    m.put("NXFFS", pick(r, "11111222222333333344"));
    boolean restored = r.nextDouble() < restoredShare;
    boolean withinPlan = r.nextDouble() < 0.7;
    m.put("HFZLQK", restored ? "B" : "A");
    m.put("NXFSJD", withinPlan ? "A" : "B");
    m.put("ZLND", restored ? 2018L + r.nextInt(year - 2017) : plannedYear(r, year, withinPlan));
    return m;
  }

  /**
   * The mine scale KSGM of {@code mine} (1 large, 2 medium, 3 small; about 1%, 4% and 95%, after
   * seed 003's 6, 24 and 1235): drawn from a generator seeded by the mine id alone, so all the
   * mine's patches agree and no other field's stream shifts.
   */
  static String scale(String mine) {
    double u = new SplittableRandom(mine.hashCode() ^ 0x4b53474dL).nextDouble();
    return u < 0.01 ? "1" : u < 0.05 ? "2" : "3";
  }

  /**
   * The geological hazard DZZH of patch {@code tbbh} of use {@code tbsx}: collapses and landslides
   * on pits, landslides and debris flows on dumps, subsidence and fissures over subsidence pits, 0
   * (none) mostly; seeded by the patch id alone, like {@link #scale}.
   */
  static String hazard(String tbbh, String tbsx) {
    double u = new SplittableRandom(tbbh.hashCode() ^ 0x445a5a48L).nextDouble();
    return switch (tbsx == null ? "" : tbsx) {
      case "1" -> u < 0.3 ? "1" : u < 0.4 ? "2" : "0";
      case "3" -> u < 0.25 ? "2" : u < 0.3 ? "3" : "0";
      case "5" -> u < 0.6 ? "4" : u < 0.75 ? "5" : "0";
      default -> u < 0.05 ? "1" : "0";
    };
  }

  /** A planned restoration year after {@code year}: to 2025 in period A, else 2026-2030. */
  static long plannedYear(SplittableRandom r, int year, boolean withinPlan) {
    if (withinPlan) {
      return Math.min(2025, year + 1 + r.nextInt(Math.max(1, 2025 - year)));
    }
    return 2026L + r.nextInt(5);
  }

  private static String subclass(SplittableRandom r, String tbdl, Profile profile) {
    return switch (tbdl) {
      case "10" -> r.nextDouble() < 0.8 ? "11" : "12";
      case "20" -> r.nextBoolean() ? "21" : "22";
      case "30" ->
          profile == Profile.RIVER_SAND && r.nextBoolean() ? "35" : "3" + (1 + r.nextInt(7));
      default -> null;
    };
  }

  private static String pick(SplittableRandom r, String weighted) {
    return String.valueOf(weighted.charAt(r.nextInt(weighted.length())));
  }
}
