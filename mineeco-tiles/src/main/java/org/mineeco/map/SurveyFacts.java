package org.mineeco.map;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mineeco.analysis.ResultColumn;
import org.mineeco.analysis.ZoneColumns;
import org.mineeco.cartography.MapLabels;
import org.mineeco.cartography.PatchEntry;
import org.mineeco.model.Problem;
import org.mineeco.model.RestorationMode;
import org.mineeco.model.RestorationState;
import org.mineeco.model.SurveyAttributes;
import org.mineeco.model.SurveyCode;
import org.mineeco.priority.PriorityRules;
import org.mineeco.server.BilingualJson;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Labels;

/**
 * A patch's survey attributes ({@link Fact}) and the reasons of its restoration rank, labelled in
 * Chinese and English for the viewer's popup. Unknown codes and missing values are left out.
 */
final class SurveyFacts {
  private SurveyFacts() {}

  /**
   * One survey attribute of a patch in words.
   *
   * @param field the survey schema's field, e.g. {@code HFZLQK}
   * @param zh the field's Chinese name
   * @param en its English name
   * @param code the coded value, or null for a text value
   * @param valueZh the value in Chinese
   * @param valueEn the value in English
   */
  record Fact(
      String field,
      String zh,
      String en,
      String code,
      @JsonProperty("value_zh") String valueZh,
      @JsonProperty("value_en") String valueEn) {}

  static List<Fact> of(SurveyAttributes s) {
    List<Fact> out = new ArrayList<>();
    coded(out, "TBDL", "图斑类型", "patch class", s.patchClass());
    coded(out, "TBXL", "图斑亚类", "patch subclass", s.subclass());
    text(out, "KZ", "矿种", "mineral", s.mineral());
    coded(out, "KCFS", "开采方式", "mining method", s.miningMethod());
    coded(out, "TBSX", "图斑属性", "patch use", s.use());
    for (Problem p : s.problems()) {
      coded(out, "STWT", "生态问题", "problem", p);
    }
    coded(out, "NXFFS", "拟修复方式", "planned restoration mode", s.mode());
    coded(out, "HFZLQK", "恢复治理情况", "restoration state", s.state());
    coded(out, "NXFSJD", "拟修复时间阶段", "planned period", s.period());
    if (s.restorationYear() != null) {
      text(out, "ZLND", "治理年度", "restoration year", s.restorationYear().toString());
    }
    if (s.declaredArea() != null) {
      String mu = String.format(Locale.ROOT, "%.2f", s.declaredArea().in(AreaUnit.MU));
      out.add(new Fact("TBMJ", "填报面积", "declared area", null, mu + " 亩", mu + " mu"));
    }
    return out;
  }

  /** Why the patch ranks where it does, in the ranking's order of rules. */
  static List<BilingualJson> reasons(
      PatchEntry e, List<ZoneColumns> zones, PriorityRules rules, Labels labels) {
    List<BilingualJson> out = new ArrayList<>();
    if (e.survey().state() == RestorationState.RESTORED) {
      out.add(
          new BilingualJson("已治理，排在未治理图斑之后", "already restored: ranks after unrestored patches"));
    }
    List<String> clearZh = new ArrayList<>();
    List<String> clearEn = new ArrayList<>();
    List<String> threeZh = new ArrayList<>();
    List<String> threeEn = new ArrayList<>();
    String bandZh = null;
    String bandEn = null;
    long nearest = Long.MAX_VALUE;
    for (ZoneColumns z : zones) {
      Bilingual words = labels.column(z.zone());
      List<String> label = List.of(words.zh(), words.en());
      for (ResultColumn column : z.areas()) {
        if (!(e.row().area(column).squareMetres() > 0)) {
          continue;
        }
        if (column.band().isPresent() && MapLabels.metres(column.band().get().from()) < nearest) {
          nearest = MapLabels.metres(column.band().get().from());
          Bilingual band = labels.column(column.key());
          bandZh = band.zh();
          bandEn = band.en();
        }
        if (rules.mustClear().contains(z.zone()) && !clearEn.contains(label.get(1))) {
          clearZh.add(label.get(0));
          clearEn.add(label.get(1));
        }
        if (rules.threeZonesTwoLines().contains(z.zone()) && !threeEn.contains(label.get(1))) {
          threeZh.add(label.get(0));
          threeEn.add(label.get(1));
        }
      }
    }
    if (!clearEn.isEmpty()) {
      out.add(
          new BilingualJson(
              "位于" + String.join("、", clearZh) + "内，须清零",
              "inside " + String.join(", ", clearEn) + ": clear to zero"));
    }
    if (bandEn != null) {
      out.add(new BilingualJson("位于" + bandZh + "范围内", "within " + bandEn));
    }
    if (!threeEn.isEmpty()) {
      out.add(
          new BilingualJson(
              "三区两线：" + String.join("、", threeZh),
              "three zones, two lines: " + String.join(", ", threeEn)));
    }
    RestorationMode mode = e.survey().mode();
    if (mode != RestorationMode.UNKNOWN) {
      out.add(new BilingualJson("拟修复方式：" + mode.chineseLabel(), "planned mode: " + mode.label()));
    }
    double ha = e.row().area().in(AreaUnit.HECTARE);
    out.add(
        new BilingualJson(
            String.format(Locale.ROOT, "面积 %.2f 公顷（同等条件下小者优先）", ha),
            String.format(Locale.ROOT, "%.2f ha (smaller first among equals)", ha)));
    return out;
  }

  private static void coded(List<Fact> out, String field, String zh, String en, SurveyCode value) {
    if (value.code() != null) {
      out.add(new Fact(field, zh, en, value.code(), value.chineseLabel(), value.label()));
    }
  }

  private static void text(List<Fact> out, String field, String zh, String en, String value) {
    if (value != null && !value.isBlank()) {
      out.add(new Fact(field, zh, en, null, value, value));
    }
  }
}
