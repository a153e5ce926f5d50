package org.mineeco.units;

/**
 * Units of area used in restoration plans. One mu (亩) is exactly 2000/3 m².
 *
 * <p>Thread-safe (an enum).
 */
public enum AreaUnit {
  SQUARE_METRE("m²", "平方米", 1.0, 1.0),
  MU("mu", "亩", 2000.0, 3.0),
  HECTARE("ha", "公顷", 10_000.0, 1.0),
  SQUARE_KILOMETRE("km²", "平方千米", 1_000_000.0, 1.0);

  private final String symbol;
  private final String chineseName;
  private final double numerator;
  private final double denominator;

  AreaUnit(String symbol, String chineseName, double numerator, double denominator) {
    this.symbol = symbol;
    this.chineseName = chineseName;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** Square metres in one of this unit; for {@link #MU} 666.666... */
  public double squareMetres() {
    return numerator / denominator;
  }

  /** Converts square metres to this unit, dividing by the exact rational factor. */
  public double fromSquareMetres(double squareMetres) {
    return squareMetres * denominator / numerator;
  }

  /** Converts a value in this unit to square metres. */
  public double toSquareMetres(double value) {
    return value * numerator / denominator;
  }

  /** Short symbol, e.g. {@code ha}. */
  public String symbol() {
    return symbol;
  }

  /** Chinese unit name, e.g. {@code 公顷}. */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Parses a unit name as written in targets files and options: {@code m2}, {@code mu}, {@code 亩},
   * {@code ha}, {@code hectare}, {@code 公顷}, {@code km2} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the text and the accepted names
   */
  public static AreaUnit parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    return switch (t) {
      case "m2", "m²", "sqm", "square_metre", "square_meter", "平方米" -> SQUARE_METRE;
      case "mu", "亩" -> MU;
      case "ha", "hectare", "hectares", "公顷" -> HECTARE;
      case "km2", "km²", "square_kilometre", "square_kilometer", "平方千米", "平方公里" -> SQUARE_KILOMETRE;
      default ->
          throw new IllegalArgumentException(
              "unknown area unit '" + text + "': expected one of m2, mu, ha, km2");
    };
  }
}
