package org.mineeco.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AreaUnitTest {
  @Test
  void muIsExactlyTwoThousandThirdsOfASquareMetre() {
    assertEquals(1.0, Area.squareMetres(2000).in(AreaUnit.MU) / 3.0, 0);
    assertEquals(15.0, Area.of(1, AreaUnit.HECTARE).in(AreaUnit.MU), 1e-12);
    assertEquals(1500.0, Area.of(1, AreaUnit.SQUARE_KILOMETRE).in(AreaUnit.MU), 1e-9);
    assertEquals(2000.0 / 3.0, AreaUnit.MU.squareMetres(), 0);
  }

  @Test
  void conversionsRoundTrip() {
    for (AreaUnit unit : AreaUnit.values()) {
      assertEquals(123.456, Area.of(123.456, unit).in(unit), 1e-12, unit.name());
    }
  }

  @Test
  void parsesNamesAndRejectsOthers() {
    assertEquals(AreaUnit.MU, AreaUnit.parse(" 亩 "));
    assertEquals(AreaUnit.HECTARE, AreaUnit.parse("HA"));
    assertEquals(AreaUnit.SQUARE_KILOMETRE, AreaUnit.parse("km2"));
    assertEquals(AreaUnit.SQUARE_METRE, AreaUnit.parse("m²"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AreaUnit.parse("acre"));
    assertTrue(e.getMessage().contains("'acre'"), e.getMessage());
  }

  @Test
  void valuesAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> Area.squareMetres(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Length.metres(-1));
    assertEquals(-5.0, Area.squareMetres(5).minus(Area.squareMetres(10)).squareMetres());
    assertEquals(Length.metres(2500), Length.kilometres(2.5));
  }
}
