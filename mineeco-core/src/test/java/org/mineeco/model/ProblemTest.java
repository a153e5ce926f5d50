package org.mineeco.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mineeco.model.Problem.GEOLOGICAL_HAZARD;
import static org.mineeco.model.Problem.LAND_DAMAGE;
import static org.mineeco.model.Problem.UNKNOWN;
import static org.mineeco.model.Problem.VEGETATION_DAMAGE;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemTest {
  @ParameterizedTest
  @ValueSource(
      strings = {"1,3", "1、3", "1，3", "1;3", "1；3", "1/3", "1 3", " 3 , 1 ", "1.0,3.0", "01、03"})
  void separatedCodesGiveSeveralProblems(String text) {
    assertEquals(Set.of(LAND_DAMAGE, VEGETATION_DAMAGE), Problem.parseAll(text));
  }

  @Test
  void allThreeAndRepeats() {
    assertEquals(
        Set.of(LAND_DAMAGE, GEOLOGICAL_HAZARD, VEGETATION_DAMAGE), Problem.parseAll("3,2,1,2"));
    assertEquals(Set.of(GEOLOGICAL_HAZARD), Problem.parseAll("2"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", ",", "、、", "13", "9", "x"})
  void missingOrUnrecognisedIsUnknown(String text) {
    assertEquals(Set.of(UNKNOWN), Problem.parseAll(text));
  }

  @Test
  void anUnrecognisedCodeAmongKnownOnesAddsUnknown() {
    assertEquals(Set.of(LAND_DAMAGE, UNKNOWN), Problem.parseAll("1,9"));
  }

  @Test
  void theSetIsUnmodifiable() {
    Set<Problem> problems = Problem.parseAll("1");
    assertThrows(UnsupportedOperationException.class, () -> problems.add(GEOLOGICAL_HAZARD));
  }
}
