package org.mineeco.io;

import org.locationtech.jts.geom.Geometry;

/**
 * The geometry of one shapefile record and what the reader changed to build it.
 *
 * @param geometry the geometry, or {@code null} for a Null shape or a record that could not be read
 * @param issue {@code null} when read as written; otherwise the change made or why it could not be
 *     read
 */
record ShpShape(Geometry geometry, String issue) {
  static ShpShape broken(String why) {
    return new ShpShape(null, why);
  }
}
