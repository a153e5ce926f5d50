package org.mineeco.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mineeco.io.Feature;
import org.mineeco.units.Area;

/**
 * The typed attributes of the national legacy-mine survey (DESIGN.md §3). Codes that are missing or
 * not recognised are {@code UNKNOWN}, never an error; text fields are {@code null} when missing.
 * Immutable and thread-safe.
 *
 * @param countyCode the 6-digit GB/T 2260 county code: the first six digits of {@code XZQDM} when
 *     it starts with six digits (township codes of 9 or 12 digits start with the county's), else
 *     characters 2-7 of {@code TBBH} when those are digits, else {@code null}
 * @param province the province name {@code SHENG}, or {@code null}
 * @param city the city name {@code SHI}, or {@code null}
 * @param county the county name {@code XIAN}, or {@code null}
 * @param patchClass {@code TBDL}
 * @param subclass {@code TBXL}
 * @param mineral the mineral {@code KZ} as written, or {@code null}
 * @param miningMethod {@code KCFS}
 * @param use {@code TBSX}
 * @param problems {@code STWT}, never empty ({@link Problem#UNKNOWN} for a missing or unrecognised
 *     code)
 * @param mode {@code NXFFS}
 * @param state {@code HFZLQK}
 * @param period {@code NXFSJD}
 * @param declaredArea the declared area {@code TBMJ} (m²), or {@code null} when missing or not a
 *     number >= 0; statistics never use it
 * @param restorationYear the year from the field named by {@link SurveyFields#restorationYear()},
 *     or {@code null} when missing or not an integer
 */
public record SurveyAttributes(
    String countyCode,
    String province,
    String city,
    String county,
    PatchClass patchClass,
    PatchSubclass subclass,
    String mineral,
    MiningMethod miningMethod,
    PatchUse use,
    Set<Problem> problems,
    RestorationMode mode,
    RestorationState state,
    PlannedPeriod period,
    Area declaredArea,
    Integer restorationYear) {
  private static final Pattern COUNTY_CODE = Pattern.compile("\\d{6}");
  private static final Pattern ADMIN_CODE = Pattern.compile("(\\d{6})\\d*");
  private static final Pattern PATCH_ID = Pattern.compile(".(\\d{6}).*");

  /** All codes unknown, all text and numbers missing. */
  public static final SurveyAttributes UNKNOWN =
      new SurveyAttributes(
          null,
          null,
          null,
          null,
          PatchClass.UNKNOWN,
          PatchSubclass.UNKNOWN,
          null,
          MiningMethod.UNKNOWN,
          PatchUse.UNKNOWN,
          Set.of(Problem.UNKNOWN),
          RestorationMode.UNKNOWN,
          RestorationState.UNKNOWN,
          PlannedPeriod.UNKNOWN,
          null,
          null);

  public SurveyAttributes {
    if (countyCode != null && !COUNTY_CODE.matcher(countyCode).matches()) {
      throw new IllegalArgumentException(
          "county code must be 6 digits or null, was '" + countyCode + "'");
    }
    Objects.requireNonNull(patchClass, "patchClass (use PatchClass.UNKNOWN)");
    Objects.requireNonNull(subclass, "subclass (use PatchSubclass.UNKNOWN)");
    Objects.requireNonNull(miningMethod, "miningMethod (use MiningMethod.UNKNOWN)");
    Objects.requireNonNull(use, "use (use PatchUse.UNKNOWN)");
    Objects.requireNonNull(mode, "mode (use RestorationMode.UNKNOWN)");
    Objects.requireNonNull(state, "state (use RestorationState.UNKNOWN)");
    Objects.requireNonNull(period, "period (use PlannedPeriod.UNKNOWN)");
    if (problems == null || problems.isEmpty()) {
      throw new IllegalArgumentException(
          "problems must hold at least one value ({UNKNOWN} when missing), was " + problems);
    }
    problems = Collections.unmodifiableSet(EnumSet.copyOf(problems));
    if (declaredArea != null && declaredArea.squareMetres() < 0) {
      throw new IllegalArgumentException(
          "declared area must be >= 0 m² or null, was " + declaredArea);
    }
  }

  /**
   * Reads the survey fields of {@code feature}, names looked up case-insensitively. Never fails:
   * unknown codes become {@code UNKNOWN} and unreadable text or numbers {@code null}.
   */
  public static SurveyAttributes from(Feature feature, SurveyFields fields) {
    return new SurveyAttributes(
        countyCode(feature.getString("XZQDM"), feature.getString(SurveyFields.TBBH)),
        feature.getString("SHENG"),
        feature.getString("SHI"),
        feature.getString("XIAN"),
        PatchClass.fromCode(feature.getString("TBDL")),
        PatchSubclass.fromCode(feature.getString("TBXL")),
        feature.getString("KZ"),
        MiningMethod.fromCode(feature.getString("KCFS")),
        PatchUse.fromCode(feature.getString("TBSX")),
        Problem.parseAll(feature.getString("STWT")),
        RestorationMode.fromCode(feature.getString("NXFFS")),
        RestorationState.fromCode(feature.getString("HFZLQK")),
        PlannedPeriod.fromCode(feature.getString("NXFSJD")),
        declaredArea(feature.getString("TBMJ")),
        fields.restorationYear() == null
            ? null
            : year(feature.getString(fields.restorationYear())));
  }

  /** The mine status derived from {@link #patchClass} and {@link #subclass}. */
  public MineStatus mineStatus() {
    return MineStatus.of(patchClass, subclass);
  }

  /**
   * The patch class as DESIGN.md §3 groups the survey: {@code TBDL} when it is known, else the
   * class of {@code TBXL} (11 and 12 are class 10 {@link PatchClass#LEGACY}, 21 and 22 class 20,
   * 31-37 class 30), else {@link PatchClass#UNKNOWN}.
   */
  public PatchClass category() {
    return patchClass != PatchClass.UNKNOWN ? patchClass : subclass.patchClass();
  }

  /** The damage type derived from {@link #use}, {@link #subclass}, {@link #mineral}. */
  public DamageType damageType() {
    return DamageType.of(use, subclass, mineral, patchClass);
  }

  /**
   * The county code from an {@code XZQDM} value, else from characters 2-7 of a {@code TBBH}, else
   * {@code null}.
   */
  static String countyCode(String xzqdm, String tbbh) {
    Matcher admin = ADMIN_CODE.matcher(xzqdm == null ? "" : xzqdm);
    if (admin.matches()) {
      return admin.group(1);
    }
    Matcher id = PATCH_ID.matcher(tbbh == null ? "" : tbbh);
    return id.matches() ? id.group(1) : null;
  }

  private static Area declaredArea(String text) {
    Double value = parseDouble(text);
    return value == null || !(value >= 0) || value.isInfinite() ? null : Area.squareMetres(value);
  }

  private static Integer year(String text) {
    Double value = parseDouble(text);
    return value == null || value != Math.rint(value) || Math.abs(value) > 9999
        ? null
        : value.intValue();
  }

  private static Double parseDouble(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Double.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
