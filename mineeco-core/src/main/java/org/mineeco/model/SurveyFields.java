package org.mineeco.model;

import java.util.Locale;
import java.util.Set;

/**
 * The source fields read into {@link SurveyAttributes}: the fixed names of the national survey
 * (DESIGN.md §3), looked up case-insensitively, plus the field holding the restoration year, which
 * the survey does not name. {@code TBBH} is read for the county code but is not consumed: it stays
 * a patch id or an other field.
 *
 * @param restorationYear the field holding the year a patch was or is to be restored, e.g. {@code
 *     ZLND} (治理年度), or {@code null} when the data has none
 */
public record SurveyFields(String restorationYear) {
  /** The patch id field (图斑编号). */
  public static final String TBBH = "TBBH";

  /** The fields mapped to typed attributes, apart from the restoration year. */
  public static final Set<String> SURVEY_FIELDS =
      Set.of(
          "XZQDM", "SHENG", "SHI", "XIAN", "TBDL", "TBXL", "KZ", "KCFS", "TBSX", "STWT", "NXFFS",
          "HFZLQK", "NXFSJD", "TBMJ");

  /** The restoration year in field {@code ZLND} (治理年度). */
  public static final SurveyFields DEFAULTS = new SurveyFields("ZLND");

  public SurveyFields {
    if (restorationYear != null && restorationYear.isBlank()) {
      throw new IllegalArgumentException(
          "restoration year field must be null or a field name, was '" + restorationYear + "'");
    }
  }

  /** True when {@code field} (any case) is read into a typed attribute. */
  public boolean isSurveyField(String field) {
    return SURVEY_FIELDS.contains(field.toUpperCase(Locale.ROOT))
        || field.equalsIgnoreCase(restorationYear);
  }
}
