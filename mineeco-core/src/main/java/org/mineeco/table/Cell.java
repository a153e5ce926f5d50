package org.mineeco.table;

import org.mineeco.units.Area;
import org.mineeco.vocabulary.Bilingual;

/** One cell of a {@link Table}: text, a count, an unrounded area, a percentage, or blank. */
public sealed interface Cell {
  /** A text cell, in both languages. */
  record Text(Bilingual text) implements Cell {
    public Text {
      if (text == null) {
        throw new IllegalArgumentException("text cell must not be null");
      }
    }
  }

  /** A patch count. */
  record Count(long count) implements Cell {}

  /** An area, kept unrounded; the column says the unit and the rounding. */
  record Measure(Area area) implements Cell {
    public Measure {
      if (area == null) {
        throw new IllegalArgumentException("area cell must not be null");
      }
    }
  }

  /** A percentage, unrounded (50 means 50 %). */
  record Percent(double percent) implements Cell {
    public Percent {
      if (!Double.isFinite(percent)) {
        throw new IllegalArgumentException("percentage must be finite, was " + percent);
      }
    }
  }

  /** No value (e.g. completion of a zero target). */
  record Blank() implements Cell {}

  /** A text cell that reads the same in both languages (ids, codes). */
  static Cell text(String text) {
    return new Text(Bilingual.same(text));
  }

  /** A text cell in two languages. */
  static Cell text(Bilingual text) {
    return new Text(text);
  }

  /** An area cell. */
  static Cell area(Area area) {
    return new Measure(area);
  }
}
