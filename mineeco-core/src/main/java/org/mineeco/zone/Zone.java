package org.mineeco.zone;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.units.Length;

/**
 * A named zone layer whose geometries are in CGCS2000 lon/lat (EPSG:4490), valid, and immutable.
 * Implementations are immutable records; safe to share between threads.
 */
public sealed interface Zone permits Corridor, PolygonZone, BufferZone {
  /**
   * The largest band edge or buffer distance, 200 km, four times the widest band of the plans (50
   * km). Beyond it the distance bounds that spare most patches any geometry lose their edge: they
   * are measured in planes whose scale error grows with the square of the distance, and every cell
   * of patches holds the zone pieces within that distance, so memory and time grow with its square.
   */
  Length MAX_DISTANCE = Length.metres(200_000);

  /** The name, {@code [a-z][a-z0-9_]*}, used as the prefix of this zone's CSV columns. */
  String name();

  /** The geometries in CGCS2000 lon/lat, valid. */
  List<Geometry> geometries();

  /** Repairs made while building the zone, in geometry order. */
  List<ZoneRepair> repairs();

  /**
   * The CSV column names of this zone's results, in the order of {@code ZoneOverlay.areas()}
   * followed, for a corridor, by the distance column.
   */
  List<String> columnNames();
}
