package org.mineeco.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Vocabulary;

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
  private static final Set<String> SURVEY_FIELDS =
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

  /**
   * A patch selection by field values in plain words, e.g. {@code {TBDL: [10, 20], KCFS: [A]}} →
   * 图斑大类（TBDL）为历史遗留矿山或有责任主体的废弃矿山，且开采方式（KCFS）为露天开采; coded survey fields by their values' words,
   * other fields by their values as they are.
   */
  public static Bilingual describe(Map<String, List<String>> where) {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    where.forEach(
        (field, values) -> {
          String f = field.toUpperCase(Locale.ROOT);
          Bilingual name =
              Vocabulary.find("field." + f)
                  .map(n -> new Bilingual(n.en() + " (" + field + ")", n.zh() + "（" + field + "）"))
                  .orElse(Bilingual.same(field));
          List<Bilingual> words = values.stream().map(v -> valueWords(f, v)).toList();
          zh.add(name.zh() + "为" + String.join("或", words.stream().map(Bilingual::zh).toList()));
          en.add(name.en() + " " + String.join(" or ", words.stream().map(Bilingual::en).toList()));
        });
    return new Bilingual(String.join(", and ", en), String.join("，且", zh));
  }

  private static Bilingual valueWords(String field, String value) {
    SurveyCode code =
        switch (field) {
          case "TBDL" -> PatchClass.fromCode(value);
          case "TBXL" -> PatchSubclass.fromCode(value);
          case "KCFS" -> MiningMethod.fromCode(value);
          case "TBSX" -> PatchUse.fromCode(value);
          case "NXFFS" -> RestorationMode.fromCode(value);
          case "HFZLQK" -> RestorationState.fromCode(value);
          case "NXFSJD" -> PlannedPeriod.fromCode(value);
          case "KSGM" -> MineScale.fromCode(value);
          case "DZZH" -> GeologicalHazard.fromCode(value);
          default -> null;
        };
    return code == null || code.code() == null ? Bilingual.same(value) : code.words();
  }

  /** True when {@code field} (any case) is read into a typed attribute. */
  public boolean isSurveyField(String field) {
    return SURVEY_FIELDS.contains(field.toUpperCase(Locale.ROOT))
        || field.equalsIgnoreCase(restorationYear);
  }
}
