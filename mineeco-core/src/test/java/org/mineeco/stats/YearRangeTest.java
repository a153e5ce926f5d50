package org.mineeco.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class YearRangeTest {
  @Test
  void parsesRangesWithTheDashesPlansUse() {
    assertEquals(new YearRange(2018, 2020), YearRange.parse("2018-2020"));
    assertEquals(new YearRange(2022, 2023), YearRange.parse("2022—2023"));
    assertEquals(new YearRange(2021, 2021), YearRange.parse(" 2021 "));
    assertThrows(IllegalArgumentException.class, () -> YearRange.parse("2020-2018"));
    assertThrows(IllegalArgumentException.class, () -> YearRange.parse("soon"));
  }

  @Test
  void containsIsInclusiveAndFalseForAMissingYear() {
    YearRange range = new YearRange(2018, 2020);
    assertTrue(range.contains(2018));
    assertTrue(range.contains(2020));
    assertFalse(range.contains(2021));
    assertFalse(range.contains(null));
  }
}
