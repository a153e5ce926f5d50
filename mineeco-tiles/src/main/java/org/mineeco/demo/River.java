package org.mineeco.demo;

import org.locationtech.jts.geom.LineString;

/**
 * One river of the synthetic province, as one line in the plane (metres), from source to mouth.
 *
 * @param name the river name, or {@code null} for an unnamed minor stream
 * @param riverClass {@code main}, {@code tributary} or {@code minor}
 * @param line the centre line in the generator plane
 */
record River(String name, String riverClass, LineString line) {
  static final String MAIN = "main";
  static final String TRIBUTARY = "tributary";
  static final String MINOR = "minor";
}
