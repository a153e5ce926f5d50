package org.mineeco.cartography;

/** ISO 216 paper sizes, in millimetres (portrait: width the short side). */
public enum Paper {
  A4(210, 297),
  A3(297, 420),
  A2(420, 594),
  A1(594, 841),
  A0(841, 1189);

  private final double shortSide;
  private final double longSide;

  Paper(double shortSide, double longSide) {
    this.shortSide = shortSide;
    this.longSide = longSide;
  }

  /** The short side in mm. */
  public double shortSide() {
    return shortSide;
  }

  /** The long side in mm. */
  public double longSide() {
    return longSide;
  }

  /** Parses {@code A4} ... {@code A0} (any case). */
  public static Paper parse(String text) {
    return Names.parse(values(), Paper::name, text);
  }
}
