package org.mineeco.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mineeco.io.GeoJsonWriterTest.props;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FieldValuesTest {
  @Test
  void decimalsAreShortestPlainAndExact() {
    assertEquals("0.00001", FieldValues.decimal(1e-5));
    assertEquals("12345678.0", FieldValues.decimal(12345678));
    assertEquals("39500000.25", FieldValues.decimal(39500000.25));
    assertEquals("0.1", FieldValues.decimal(0.1));
    assertEquals("-0.0", FieldValues.decimal(-0.0));
    assertEquals("1.0E-7", FieldValues.decimal(1e-7));
    assertEquals("1.0E21", FieldValues.decimal(1e21));
    assertEquals("NaN", FieldValues.decimal(Double.NaN));
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      double d =
          random.nextDouble() * Math.pow(10, random.nextInt(40) - 12) * (i % 2 == 0 ? 1 : -1);
      String text = FieldValues.decimal(d);
      assertEquals(Double.doubleToLongBits(d), Double.doubleToLongBits(Double.parseDouble(text)));
      assertTrue(text.contains("."), text);
      double magnitude = Math.abs(d);
      assertEquals(magnitude >= 1e-6 && magnitude < 1e21, !text.contains("E"), text);
      assertFalse(text.matches(".*\\.\\d*[1-9]0+(E.*)?$"), "no trailing zero: " + text);
    }
  }

  @Test
  void coercesValuesThatFitTheFieldType() {
    Feature f =
        new Feature(
            4,
            null,
            props("i", 3.0, "s", "12 ", "b", "TRUE", "d", 5L, "blank", " ", "x", 2.5, "t", true));
    assertEquals(3L, FieldValues.coerce(f, new Field("i", FieldType.INTEGER)));
    assertEquals(12L, FieldValues.coerce(f, new Field("S", FieldType.INTEGER)));
    assertEquals(12.0, FieldValues.coerce(f, new Field("s", FieldType.REAL)));
    assertEquals(Boolean.TRUE, FieldValues.coerce(f, new Field("b", FieldType.BOOLEAN)));
    assertEquals(5.0, FieldValues.coerce(f, new Field("d", FieldType.REAL)));
    assertEquals("2.5", FieldValues.coerce(f, new Field("x", FieldType.STRING)));
    assertEquals("true", FieldValues.coerce(f, new Field("t", FieldType.STRING)));
    assertNull(FieldValues.coerce(f, new Field("blank", FieldType.INTEGER)));
    assertNull(FieldValues.coerce(f, new Field("missing", FieldType.REAL)));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FieldValues.coerce(f, new Field("x", FieldType.INTEGER)));
    assertEquals("feature 4, field x: expected INTEGER, found Double '2.5'", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> FieldValues.coerce(f, new Field("t", FieldType.REAL)));
  }
}
