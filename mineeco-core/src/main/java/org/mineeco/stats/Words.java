package org.mineeco.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mineeco.model.DamageType;
import org.mineeco.model.GeologicalHazard;
import org.mineeco.model.Labelled;
import org.mineeco.model.MineScale;
import org.mineeco.model.MineStatus;
import org.mineeco.model.MiningMethod;
import org.mineeco.model.PatchClass;
import org.mineeco.model.PlannedPeriod;
import org.mineeco.model.RestorationMode;
import org.mineeco.model.RestorationState;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Labels;
import org.mineeco.vocabulary.Vocabulary;

/**
 * The words of the statistics' dimensions and their values, from the shared {@link Vocabulary} and
 * an analysis's {@link Labels}, and the order the plans list values in (the enums' order).
 * Stateless and thread-safe.
 */
final class Words {
  private static final Map<String, Class<? extends Enum<?>>> CODED =
      Map.of(
          PatchFacts.CLASS, PatchClass.class,
          PatchFacts.STATUS, MineStatus.class,
          PatchFacts.DAMAGE, DamageType.class,
          PatchFacts.MODE, RestorationMode.class,
          PatchFacts.STATE, RestorationState.class,
          PatchFacts.PERIOD, PlannedPeriod.class,
          PatchFacts.METHOD, MiningMethod.class,
          PatchFacts.SCALE, MineScale.class,
          PatchFacts.HAZARD, GeologicalHazard.class);

  private Words() {}

  /** The title of a dimension, e.g. 矿山状态 / mine status; region levels as the labels name them. */
  static Bilingual dimension(String dim, Labels labels) {
    return TableDefinition.REGION_DIMENSIONS.contains(dim)
        ? labels.level(dim)
        : Vocabulary.term("dimension." + dim);
  }

  /**
   * The words of a value of a patch dimension: a coded value's (e.g. {@code POLICY_CLOSED} →
   * 政策性关闭矿山), a value group's from the dictionary ({@code group.<NAME>}) or as named, any other
   * value (a mineral, a year) as it is.
   */
  static Bilingual value(String dim, String value) {
    Enum<?> coded = coded(dim, value);
    if (coded != null) {
      return ((Labelled) coded).words();
    }
    return Vocabulary.find("group." + value).orElse(Bilingual.same(value));
  }

  /** The plans' position of a value of {@code dim} (its enum order), or -1 for uncoded values. */
  static int rank(String dim, String value) {
    Enum<?> coded = coded(dim, value);
    return coded == null ? -1 : coded.ordinal();
  }

  private static Enum<?> coded(String dim, String value) {
    Class<? extends Enum<?>> type = CODED.get(dim);
    if (type == null || value == null) {
      return null;
    }
    for (Enum<?> constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    return null;
  }

  /**
   * A patch selection in plain words: 矿山状态为在建、生产矿山或闭坑矿山，且治理状态为已治理 / mine status producing or
   * closed, and restoration state restored; null for none.
   */
  static Bilingual where(Map<String, Set<String>> where) {
    if (where.isEmpty()) {
      return null;
    }
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    List<String> dims = new ArrayList<>(where.keySet());
    dims.sort(Comparator.comparingInt(TableDefinition.PATCH_DIMENSIONS::indexOf));
    for (String dim : dims) {
      Bilingual name = Vocabulary.term("dimension." + dim);
      List<Bilingual> values =
          where.get(dim).stream()
              .sorted(Comparator.comparingInt((String v) -> rank(dim, v)).thenComparing(v -> v))
              .map(v -> value(dim, v))
              .toList();
      zh.add(name.zh() + "为" + either(values.stream().map(Bilingual::zh).toList(), "、", "或"));
      en.add(name.en() + " " + either(values.stream().map(Bilingual::en).toList(), ", ", " or "));
    }
    return new Bilingual(String.join(", and ", en), String.join("，且", zh));
  }

  /** {@code a、b或c} / {@code a, b or c}. */
  private static String either(List<String> values, String comma, String or) {
    int last = values.size() - 1;
    return last == 0
        ? values.get(0)
        : String.join(comma, values.subList(0, last)) + or + values.get(last);
  }
}
