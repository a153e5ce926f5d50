package org.mineeco.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mineeco.overlay.PatchOverlay;
import org.mineeco.overlay.ZoneOverlay;
import org.mineeco.spec.ZoneType;
import org.mineeco.units.Length;
import org.mineeco.zone.BufferZone;
import org.mineeco.zone.Corridor;
import org.mineeco.zone.Zone;

/**
 * The per-patch result columns of an analysis, zone by zone in spec order: for a corridor one area
 * column per band, then its distance column; for a polygons or buffer zone one area column. The one
 * definition of this layout: {@code patches.csv}, {@code patches.gpkg}, the statistics and the
 * map's tiles all read patch results through it. Immutable and thread-safe.
 */
public final class ResultColumns {
  private final List<ResultColumn> all;
  private final List<ZoneColumns> zones;

  private ResultColumns(List<ResultColumn> all, List<ZoneColumns> zones) {
    this.all = List.copyOf(all);
    this.zones = List.copyOf(zones);
  }

  /** The columns of {@code zones}, named as {@link Zone#columnNames()} names them. */
  public static ResultColumns of(List<Zone> zones) {
    List<ResultColumn> all = new ArrayList<>();
    List<ZoneColumns> byZone = new ArrayList<>();
    for (Zone zone : zones) {
      List<String> names = zone.columnNames();
      List<ResultColumn> areas = new ArrayList<>();
      Optional<ResultColumn> distance = Optional.empty();
      ZoneType type;
      if (zone instanceof Corridor corridor) {
        type = ZoneType.CORRIDOR;
        List<Length> edges = corridor.bandEdges();
        for (int band = 0; band < corridor.bandCount(); band++) {
          areas.add(
              add(
                  all,
                  names.get(band),
                  zone,
                  ResultColumn.Kind.AREA,
                  Optional.of(new ResultColumn.Band(edges.get(band), edges.get(band + 1)))));
        }
        distance =
            Optional.of(
                add(
                    all,
                    names.get(corridor.bandCount()),
                    zone,
                    ResultColumn.Kind.DISTANCE,
                    Optional.empty()));
      } else {
        type = zone instanceof BufferZone ? ZoneType.BUFFER : ZoneType.POLYGONS;
        areas.add(add(all, names.get(0), zone, ResultColumn.Kind.AREA, Optional.empty()));
      }
      byZone.add(new ZoneColumns(zone.name(), type, areas, distance));
    }
    return new ResultColumns(all, byZone);
  }

  private static ResultColumn add(
      List<ResultColumn> all,
      String name,
      Zone zone,
      ResultColumn.Kind kind,
      Optional<ResultColumn.Band> band) {
    ResultColumn column = new ResultColumn(all.size(), name, zone.name(), kind, band);
    all.add(column);
    return column;
  }

  /** Every column in output order. */
  public List<ResultColumn> all() {
    return all;
  }

  /** The column names in output order. */
  public List<String> names() {
    return all.stream().map(ResultColumn::name).toList();
  }

  /** The columns of each zone, in spec order. */
  public List<ZoneColumns> zones() {
    return zones;
  }

  /**
   * The columns of the zone named {@code zone}.
   *
   * @throws IllegalArgumentException naming the zones there are when there is no such zone
   */
  public ZoneColumns zone(String zone) {
    for (ZoneColumns z : zones) {
      if (z.zone().equals(zone)) {
        return z;
      }
    }
    throw new IllegalArgumentException(
        "no zone named '"
            + zone
            + "'; the analysis has "
            + zones.stream().map(ZoneColumns::zone).toList());
  }

  /**
   * The column named {@code name}, as {@code patches.csv} heads it.
   *
   * @throws IllegalArgumentException naming the columns there are when there is no such column
   */
  public ResultColumn column(String name) {
    for (ResultColumn column : all) {
      if (column.name().equals(name)) {
        return column;
      }
    }
    throw new IllegalArgumentException("no result column '" + name + "'; there are " + names());
  }

  /** Whether {@code column} is one of these columns. */
  boolean contains(ResultColumn column) {
    return column.index() < all.size() && all.get(column.index()).equals(column);
  }

  /** The values of {@code overlay} in column order: m² for areas, metres (or NaN) for distances. */
  double[] values(PatchOverlay overlay) {
    double[] values = new double[all.size()];
    for (int z = 0; z < zones.size(); z++) {
      ZoneColumns columns = zones.get(z);
      ZoneOverlay zone = overlay.zones().get(z);
      for (int band = 0; band < columns.areas().size(); band++) {
        values[columns.areas().get(band).index()] = zone.areas().get(band).squareMetres();
      }
      columns
          .distance()
          .ifPresent(
              d -> values[d.index()] = zone.distance().map(Length::metres).orElse(Double.NaN));
    }
    return values;
  }
}
