package org.mineeco.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The colour difference the browser test checks the legend with, against known values. */
class ColoursTest {
  @Test
  void blackAndWhiteDifferByTheWholeLightnessScale() {
    for (Colours.Vision v : Colours.Vision.values()) {
      assertEquals(100, Colours.deltaE(0x000000, 0xFFFFFF, v), 0.05, v.name());
    }
  }

  /** Vermilion and olive green, scarlet and olive green: pairs the red-green blind confuse. */
  @Test
  void redAndGreenMergeForTheRedGreenBlindOnly() {
    int vermilion = 0xD55E00;
    int scarlet = 0xCC0000;
    int olive = 0x6B8E23;
    assertTrue(Colours.deltaE(vermilion, olive, Colours.Vision.NORMAL) > 60);
    assertTrue(Colours.deltaE(vermilion, olive, Colours.Vision.PROTANOPIA) < 10);
    assertTrue(Colours.deltaE(vermilion, olive, Colours.Vision.TRITANOPIA) > 60);
    assertTrue(Colours.deltaE(scarlet, olive, Colours.Vision.NORMAL) > 60);
    assertTrue(Colours.deltaE(scarlet, olive, Colours.Vision.DEUTERANOPIA) < 10);
  }

  @Test
  void pureRedIsInCielabWhereTheStandardPutsIt() {
    // sRGB red in CIELAB (D65) is L 53.24, a 80.09, b 67.20: ΔE to white is their norm with L 100.
    double expected = Math.sqrt(Math.pow(100 - 53.24, 2) + Math.pow(80.09, 2) + Math.pow(67.20, 2));
    assertEquals(expected, Colours.deltaE(0xFF0000, 0xFFFFFF, Colours.Vision.NORMAL), 0.1);
  }
}
