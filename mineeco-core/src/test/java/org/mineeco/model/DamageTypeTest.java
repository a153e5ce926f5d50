package org.mineeco.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of the mapping table in {@link DamageType}. */
class DamageTypeTest {
  @ParameterizedTest(name = "TBSX {0}, TBXL {1}, KZ {2}, TBDL {3} -> {4}")
  @CsvSource({
    // tailings pond whatever the use
    "1,  36, 铁矿,   30, TAILINGS",
    "3,  36, 煤,     30, TAILINGS",
    "'', 36, '',     '', TAILINGS",
    "1,  11, 建筑石料, 10, OPEN_PIT",
    "1,  11, 煤,     10, OPEN_PIT",
    "2,  11, 铁矿,   10, INDUSTRIAL_SITE",
    "4,  22, '',     20, INDUSTRIAL_SITE",
    "6,  22, 金矿,   20, INDUSTRIAL_SITE",
    "3,  11, 煤,     10, COAL_GANGUE",
    "3,  11, 煤炭,   10, COAL_GANGUE",
    "3,  22, 石煤,   20, COAL_GANGUE",
    "3,  11, 铁矿,   10, WASTE_ROCK",
    "3,  11,   ,     10, WASTE_ROCK",
    "5,  11, 煤,     10, SUBSIDENCE",
    "7,  11, '',     10, OTHER",
    "'', '', '',     40, SUBSIDENCE",
    "99, 31, 煤,     40, SUBSIDENCE",
    "'', 11, 煤,     10, UNKNOWN",
    "'', '', '',     '', UNKNOWN",
    "9,  31, '',     30, UNKNOWN",
  })
  void derivesDamageType(String tbsx, String tbxl, String kz, String tbdl, DamageType expected) {
    assertEquals(
        expected,
        DamageType.of(
            PatchUse.fromCode(tbsx), PatchSubclass.fromCode(tbxl), kz, PatchClass.fromCode(tbdl)));
  }
}
