package org.mineeco.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of the mapping table in {@link MineStatus}. */
class MineStatusTest {
  @ParameterizedTest(name = "TBDL {0}, TBXL {1} -> {2}")
  @CsvSource({
    // TBXL decides
    "10, 11, LEGACY",
    "10, 12, POLICY_CLOSED",
    "20, 21, POLICY_CLOSED",
    "20, 22, ABANDONED",
    "30, 31, PRODUCING",
    "30, 32, CLOSED",
    "30, 33, UNKNOWN",
    "30, 34, UNKNOWN",
    "30, 35, UNKNOWN",
    "30, 36, UNKNOWN",
    "30, 37, UNKNOWN",
    // TBXL missing or unknown: TBDL decides
    "10, '', LEGACY",
    "20, '', ABANDONED",
    "30, '', UNKNOWN",
    "40, '', UNKNOWN",
    "10, 99, LEGACY",
    "'', '', UNKNOWN",
    "77, 88, UNKNOWN",
    // TBXL wins over a class it does not belong to
    "10, 31, PRODUCING",
    "30, 11, LEGACY",
    "'', 12, POLICY_CLOSED",
  })
  void derivesStatusFromClassAndSubclass(String tbdl, String tbxl, MineStatus expected) {
    assertEquals(expected, MineStatus.of(PatchClass.fromCode(tbdl), PatchSubclass.fromCode(tbxl)));
  }
}
