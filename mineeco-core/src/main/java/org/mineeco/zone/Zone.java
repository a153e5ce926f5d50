package org.mineeco.zone;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A named zone layer whose geometries are in CGCS2000 lon/lat (EPSG:4490), valid, and immutable.
 * Implementations are immutable records; safe to share between threads.
 */
public sealed interface Zone permits Corridor, PolygonZone, BufferZone {
  /** The name, {@code [a-z][a-z0-9_]*}, used as the prefix of this zone's CSV columns. */
  String name();

  /** The geometries in CGCS2000 lon/lat, valid. */
  List<Geometry> geometries();

  /** Repairs made while building the zone, in geometry order. */
  List<Repair> repairs();

  /**
   * The CSV column names of this zone's results, in the order of {@code ZoneOverlay.areas()}
   * followed, for a corridor, by the distance column.
   */
  List<String> columnNames();
}
