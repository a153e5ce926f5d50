package org.mineeco.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every code of DESIGN.md §3, written as the survey writes it, with its labels. */
class SurveyCodeTest {
  private static final Map<String, Function<String, SurveyCode>> PARSERS =
      Map.of(
          "TBDL", PatchClass::fromCode,
          "TBXL", PatchSubclass::fromCode,
          "KCFS", MiningMethod::fromCode,
          "TBSX", PatchUse::fromCode,
          "STWT", Problem::fromCode,
          "NXFFS", RestorationMode::fromCode,
          "HFZLQK", RestorationState::fromCode,
          "NXFSJD", PlannedPeriod::fromCode);

  @ParameterizedTest
  @CsvSource({
    "TBDL,   10, LEGACY,                   历史遗留矿山",
    "TBDL,   20, ABANDONED_WITH_OWNER,     有责任主体的废弃矿山",
    "TBDL,   30, OTHER,                    其他",
    "TBDL,   40, SUBSIDENCE_UNDAMAGED,     采矿沉陷区功能未受损",
    "TBXL,   11, OWNERLESS_ABANDONED,      无主废弃矿山",
    "TBXL,   12, POLICY_CLOSED_GOVERNMENT, 政策性关闭矿山（政府承担）",
    "TBXL,   21, POLICY_CLOSED_COMPANY,    政策性关闭矿山（企业承担）",
    "TBXL,   22, ABANDONED_WITH_OWNER,     有主废弃矿山",
    "TBXL,   31, PRODUCING,                生产矿山",
    "TBXL,   32, LICENCE_EXPIRED,          采矿许可证过期",
    "TBXL,   33, NATURAL_DISASTER,         自然灾害",
    "TBXL,   34, CONSTRUCTION,             工程建设",
    "TBXL,   35, RIVER_SAND,               河道采砂",
    "TBXL,   36, TAILINGS_POND,            尾矿库",
    "TBXL,   37, FALSE_CHANGE,             伪变化",
    "KCFS,   A,  OPEN_PIT,                 露天开采",
    "KCFS,   B,  UNDERGROUND,              地下开采",
    "KCFS,   C,  COMBINED,                 联合开采",
    "TBSX,   1,  PIT,                      采场",
    "TBSX,   2,  TRANSFER_YARD,            中转场地",
    "TBSX,   3,  SOLID_WASTE_DUMP,         固体废弃物堆场",
    "TBSX,   4,  MINE_BUILDINGS,           矿山建筑",
    "TBSX,   5,  SUBSIDENCE_PIT,           塌陷坑",
    "TBSX,   6,  SHAFT_ADIT,               井硐",
    "TBSX,   7,  OTHER,                    其他",
    "STWT,   1,  LAND_DAMAGE,              土地损毁",
    "STWT,   2,  GEOLOGICAL_HAZARD,        地质灾害",
    "STWT,   3,  VEGETATION_DAMAGE,        植被破坏",
    "NXFFS,  1,  NATURAL_RECOVERY,         自然恢复",
    "NXFFS,  2,  ASSISTED_REGENERATION,    辅助再生",
    "NXFFS,  3,  ECOLOGICAL_RECONSTRUCTION, 生态重建",
    "NXFFS,  4,  TRANSFORMATION_USE,       转型利用",
    "HFZLQK, A,  NOT_RESTORED,             未治理",
    "HFZLQK, B,  RESTORED,                 已治理",
    "NXFSJD, A,  WITHIN_14TH_FYP,          “十四五”期间",
    "NXFSJD, B,  LATER,                    “十四五”以后",
  })
  void everyCodeParsesInEveryWriting(String field, String code, String name, String chinese) {
    Function<String, SurveyCode> parse = PARSERS.get(field);
    SurveyCode value = parse.apply(code);
    assertEquals(name, ((Enum<?>) value).name(), field + " " + code);
    assertEquals(code, value.code());
    assertEquals(chinese, value.chineseLabel());
    assertFalse(value.label().isBlank());
    assertEquals(value, parse.apply("  " + code + "\t"), "trimmed");
    assertEquals(value, parse.apply(code.toLowerCase(java.util.Locale.ROOT)), "lower case");
    assertEquals(value, parse.apply(chinese), "Chinese label");
    if (Character.isDigit(code.charAt(0))) {
      assertEquals(value, parse.apply("0" + code), "leading zero");
      assertEquals(value, parse.apply(code + ".0"), "decimal");
      assertEquals(value, parse.apply("00" + code + ".000"), "both");
    }
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "99", "0", "1.5", "-1", "X", "AB", "1A", "open pit", "1,3"})
  void anythingElseIsUnknown(String text) {
    for (Function<String, SurveyCode> parse : PARSERS.values()) {
      SurveyCode value = parse.apply(text);
      assertEquals("UNKNOWN", ((Enum<?>) value).name(), () -> value.getClass() + " " + text);
      assertNull(value.code());
      assertEquals("未知", value.chineseLabel());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "11, LEGACY",
    "12, LEGACY",
    "21, ABANDONED_WITH_OWNER",
    "22, ABANDONED_WITH_OWNER",
    "31, OTHER",
    "32, OTHER",
    "33, OTHER",
    "34, OTHER",
    "35, OTHER",
    "36, OTHER",
    "37, OTHER",
  })
  void subclassBelongsToItsClass(String subclass, PatchClass patchClass) {
    assertEquals(patchClass, PatchSubclass.fromCode(subclass).patchClass());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"99"})
  void unknownSubclassHasUnknownClass(String subclass) {
    assertEquals(PatchClass.UNKNOWN, PatchSubclass.fromCode(subclass).patchClass());
  }
}
