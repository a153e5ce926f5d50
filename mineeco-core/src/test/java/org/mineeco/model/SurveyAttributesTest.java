package org.mineeco.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mineeco.io.Feature;
import org.mineeco.units.Area;

class SurveyAttributesTest {
  private static SurveyAttributes read(Map<String, Object> properties) {
    return SurveyAttributes.from(new Feature(0, null, properties), SurveyFields.DEFAULTS);
  }

  @Test
  void readsEveryFieldOfACompleteRecord() {
    Map<String, Object> p = new HashMap<>();
    p.put("TBBH", "C2106822009087120030651001");
    p.put("XZQDM", "210624");
    p.put("SHENG", "辽宁省");
    p.put("SHI", "丹东市");
    p.put("XIAN", "宽甸满族自治县");
    p.put("TBDL", "10");
    p.put("TBXL", "11");
    p.put("KZ", "煤");
    p.put("KCFS", "A");
    p.put("TBSX", "3");
    p.put("STWT", "1、3");
    p.put("NXFFS", "2");
    p.put("HFZLQK", "A");
    p.put("NXFSJD", "B");
    p.put("TBMJ", 1234.5);
    p.put("ZLND", 2024L);
    SurveyAttributes s = read(p);
    assertEquals("210624", s.countyCode());
    assertEquals("辽宁省", s.province());
    assertEquals("丹东市", s.city());
    assertEquals("宽甸满族自治县", s.county());
    assertEquals(PatchClass.LEGACY, s.patchClass());
    assertEquals(PatchSubclass.OWNERLESS_ABANDONED, s.subclass());
    assertEquals("煤", s.mineral());
    assertEquals(MiningMethod.OPEN_PIT, s.miningMethod());
    assertEquals(PatchUse.SOLID_WASTE_DUMP, s.use());
    assertEquals(Set.of(Problem.LAND_DAMAGE, Problem.VEGETATION_DAMAGE), s.problems());
    assertEquals(RestorationMode.ASSISTED_REGENERATION, s.mode());
    assertEquals(RestorationState.NOT_RESTORED, s.state());
    assertEquals(PlannedPeriod.LATER, s.period());
    assertEquals(Area.squareMetres(1234.5), s.declaredArea());
    assertEquals(2024, s.restorationYear());
    assertEquals(MineStatus.LEGACY, s.mineStatus());
    assertEquals(DamageType.COAL_GANGUE, s.damageType());
  }

  @Test
  void namesAreCaseInsensitiveAndNumbersMayBeNumeric() {
    Map<String, Object> p = new HashMap<>();
    p.put("tbdl", 20.0);
    p.put("Tbxl", 22L);
    p.put("kcfs", "b");
    p.put("nxffs", 4.0);
    p.put("tbmj", "250");
    p.put("zlnd", "2023.0");
    SurveyAttributes s = read(p);
    assertEquals(PatchClass.ABANDONED_WITH_OWNER, s.patchClass());
    assertEquals(PatchSubclass.ABANDONED_WITH_OWNER, s.subclass());
    assertEquals(MiningMethod.UNDERGROUND, s.miningMethod());
    assertEquals(RestorationMode.TRANSFORMATION_USE, s.mode());
    assertEquals(Area.squareMetres(250), s.declaredArea());
    assertEquals(2023, s.restorationYear());
    assertEquals(MineStatus.ABANDONED, s.mineStatus());
  }

  @Test
  void thePatchClassGroupsSubclassesAsTheSurveyDoes() {
    // DESIGN §3: class 10 holds subclasses 11 and 12; a policy-closed (government) patch is a
    // legacy patch whose Dandong status is policy-closed.
    SurveyAttributes policyClosed = read(Map.of("TBDL", "10", "TBXL", "12"));
    assertEquals(PatchClass.LEGACY, policyClosed.category());
    assertEquals(MineStatus.POLICY_CLOSED, policyClosed.mineStatus());
    assertEquals(PatchClass.LEGACY, read(Map.of("TBXL", "12")).category(), "class from TBXL");
    assertEquals(PatchClass.ABANDONED_WITH_OWNER, read(Map.of("TBXL", "21")).category());
    assertEquals(PatchClass.OTHER, read(Map.of("TBXL", "36")).category());
    assertEquals(PatchClass.SUBSIDENCE_UNDAMAGED, read(Map.of("TBDL", "40")).category());
    assertEquals(PatchClass.UNKNOWN, read(Map.of("TBDL", "99")).category());
  }

  @Test
  void anEmptyRecordIsAllUnknown() {
    SurveyAttributes s = read(Map.of("NAME", "x"));
    assertEquals(SurveyAttributes.UNKNOWN, s);
    assertEquals(MineStatus.UNKNOWN, s.mineStatus());
    assertEquals(DamageType.UNKNOWN, s.damageType());
    assertEquals(Set.of(Problem.UNKNOWN), s.problems());
  }

  @ParameterizedTest(name = "XZQDM {0}, TBBH {1} -> {2}")
  @CsvSource({
    "210624,    C2112822009087120030651001, 210624",
    "210624001, C2112822009087120030651001, 210624",
    ",          C2112822009087120030651001, 211282",
    "'',        C2112822009087120030651001, 211282",
    "21062,     C2112822009087120030651001, 211282",
    "辽宁,       C2112822009087120030651001, 211282",
    ",          C21128,                     ",
    ",          CX112822009087,             ",
    ",          ,                           ",
    "21062,     ,                           ",
  })
  void countyCodeComesFromXzqdmThenTbbh(String xzqdm, String tbbh, String expected) {
    Map<String, Object> p = new HashMap<>();
    p.put("XZQDM", xzqdm);
    p.put("TBBH", tbbh);
    assertEquals(expected, read(p).countyCode());
  }

  @Test
  void countyCodeFromANumericXzqdm() {
    assertEquals("210624", read(Map.of("XZQDM", 210624.0)).countyCode());
  }

  @ParameterizedTest
  @CsvSource({"abc", "-5", "NaN", "Infinity", "''"})
  void unreadableDeclaredAreaIsNull(String tbmj) {
    assertNull(read(Map.of("TBMJ", tbmj)).declaredArea());
  }

  @ParameterizedTest
  @CsvSource({"2023.5", "二〇二三", "''", "99999"})
  void unreadableYearIsNull(String zlnd) {
    assertNull(read(Map.of("ZLND", zlnd)).restorationYear());
  }

  @Test
  void restorationYearComesFromTheNamedField() {
    Feature f = new Feature(0, null, Map.of("ZLND", 2021L, "WCNF", "2025"));
    assertEquals(2025, SurveyAttributes.from(f, new SurveyFields("wcnf")).restorationYear());
    assertNull(SurveyAttributes.from(f, new SurveyFields(null)).restorationYear());
  }

  @Test
  void surveyFieldsAreRecognisedInAnyCase() {
    SurveyFields fields = new SurveyFields("WCNF");
    for (String name : new String[] {"tbdl", "XZQDM", "Tbmj", "stwt", "wcnf", "KZ"}) {
      assertTrue(fields.isSurveyField(name), name);
    }
    for (String name : new String[] {"TBBH", "ZLND", "NAME", "MJ"}) {
      assertFalse(fields.isSurveyField(name), name);
    }
    assertThrows(IllegalArgumentException.class, () -> new SurveyFields(" "));
  }

  @Test
  void constructorRejectsInconsistentValues() {
    Set<Problem> unknown = Set.of(Problem.UNKNOWN);
    IllegalArgumentException badCode =
        assertThrows(
            IllegalArgumentException.class, () -> attributes("21062", unknown, PatchUse.UNKNOWN));
    assertTrue(badCode.getMessage().contains("6 digits") && badCode.getMessage().contains("21062"));
    assertThrows(
        IllegalArgumentException.class, () -> attributes(null, Set.of(), PatchUse.UNKNOWN));
    assertThrows(IllegalArgumentException.class, () -> attributes(null, null, PatchUse.UNKNOWN));
    assertThrows(NullPointerException.class, () -> attributes(null, unknown, null));
    assertEquals(SurveyAttributes.UNKNOWN, attributes(null, unknown, PatchUse.UNKNOWN));
  }

  private static SurveyAttributes attributes(
      String countyCode, Set<Problem> problems, PatchUse use) {
    SurveyAttributes u = SurveyAttributes.UNKNOWN;
    return new SurveyAttributes(
        countyCode,
        null,
        null,
        null,
        u.patchClass(),
        u.subclass(),
        null,
        u.miningMethod(),
        use,
        problems,
        u.mode(),
        u.state(),
        u.period(),
        null,
        null);
  }
}
