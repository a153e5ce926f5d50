package org.mineeco.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Glyph PBFs decoded by a minimal protocol-buffer reader. */
class GlyphsTest {
  private static final Glyphs GLYPHS = Glyphs.installed();

  /** Field number to values (Long for varints, byte[] for length-delimited), in order. */
  private static Map<Integer, List<Object>> fields(byte[] message) {
    Map<Integer, List<Object>> out = new HashMap<>();
    int[] at = {0};
    while (at[0] < message.length) {
      long key = varint(message, at);
      int field = (int) (key >>> 3);
      Object value;
      if ((key & 7) == 0) {
        value = varint(message, at);
      } else if ((key & 7) == 2) {
        int length = (int) varint(message, at);
        byte[] bytes = new byte[length];
        System.arraycopy(message, at[0], bytes, 0, length);
        at[0] += length;
        value = bytes;
      } else {
        throw new AssertionError("unexpected wire type " + (key & 7));
      }
      out.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
    }
    return out;
  }

  private static long varint(byte[] b, int[] at) {
    long value = 0;
    for (int shift = 0; ; shift += 7) {
      int next = b[at[0]++] & 0xFF;
      value |= (long) (next & 0x7F) << shift;
      if (next < 0x80) {
        return value;
      }
    }
  }

  @Test
  void latinRangeHoldsDistanceFieldsOfItsLetters() {
    Map<Integer, List<Object>> stack =
        fields((byte[]) fields(GLYPHS.range("Noto Sans Regular", 0)).get(1).get(0));
    assertEquals(
        "Noto Sans Regular", new String((byte[]) stack.get(1).get(0), StandardCharsets.UTF_8));
    assertEquals("0-255", new String((byte[]) stack.get(2).get(0), StandardCharsets.UTF_8));
    Map<Integer, List<Object>> letter = null;
    for (Object g : stack.get(3)) {
      Map<Integer, List<Object>> glyph = fields((byte[]) g);
      if ((Long) glyph.get(1).get(0) == 'H') {
        letter = glyph;
      }
    }
    assertTrue(letter != null, "glyph of H");
    int width = ((Long) letter.get(3).get(0)).intValue();
    int height = ((Long) letter.get(4).get(0)).intValue();
    byte[] bitmap = (byte[]) letter.get(2).get(0);
    assertTrue(width > 5 && height > 10 && height <= 24, width + "x" + height);
    assertEquals((width + 6) * (height + 6), bitmap.length, "bitmap with a 3 px border");
    assertTrue((Long) letter.get(7).get(0) >= width, "advance");
    int corner = bitmap[0] & 0xFF;
    int stem = bitmap[(3 + height / 2) * (width + 6) + 3 + 1] & 0xFF;
    assertTrue(corner < 100, "outside the letter the field is low: " + corner);
    assertTrue(stem > 191, "on the stem of H the field is above the edge value 191: " + stem);
  }

  @Test
  void rangesMustBeWholeBlocks() {
    assertThrows(IllegalArgumentException.class, () -> GLYPHS.range("x", 100));
    assertThrows(IllegalArgumentException.class, () -> GLYPHS.range("x", 65536));
  }
}
