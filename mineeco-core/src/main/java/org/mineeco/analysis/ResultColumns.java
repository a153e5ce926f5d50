package org.mineeco.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mineeco.model.SurveyFields;
import org.mineeco.overlay.PatchOverlay;
import org.mineeco.overlay.ZoneOverlap;
import org.mineeco.overlay.ZoneOverlay;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.ZoneGroupSpec;
import org.mineeco.units.Area;
import org.mineeco.units.Length;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Labels;
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
  private final Map<String, List<String>> groups;

  private ResultColumns(
      List<ResultColumn> all, List<ZoneColumns> zones, Map<String, List<String>> groups) {
    this.all = List.copyOf(all);
    this.zones = List.copyOf(zones);
    this.groups = Map.copyOf(groups);
  }

  /** The columns of {@code zones}, named as {@link Zone#columnNames()} names them. */
  static ResultColumns of(List<Zone> zones) {
    return of(zones, List.of());
  }

  /**
   * The columns of {@code zones}, named as {@link Zone#columnNames()} names them, then one column
   * {@code <group>_m2} per zone group: the area inside the union of its zones.
   */
  static ResultColumns of(List<Zone> zones, List<ZoneGroupSpec> groups) {
    List<ResultColumn> all = new ArrayList<>();
    List<ZoneColumns> byZone = new ArrayList<>();
    for (Zone zone : zones) {
      List<String> names = zone.columnNames();
      List<ResultColumn> areas = new ArrayList<>();
      Optional<ResultColumn> distance = Optional.empty();
      ZoneColumns.Kind type;
      if (zone instanceof Corridor corridor) {
        type = ZoneColumns.Kind.CORRIDOR;
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
        type = zone instanceof BufferZone ? ZoneColumns.Kind.BUFFER : ZoneColumns.Kind.POLYGONS;
        areas.add(add(all, names.get(0), zone, ResultColumn.Kind.AREA, Optional.empty()));
      }
      byZone.add(new ZoneColumns(zone.name(), type, areas, distance));
    }
    Map<String, List<String>> members = new LinkedHashMap<>();
    for (ZoneGroupSpec group : groups) {
      ResultColumn column =
          new ResultColumn(
              all.size(),
              group.name() + "_m2",
              group.name(),
              ResultColumn.Kind.AREA,
              Optional.empty());
      all.add(column);
      byZone.add(
          new ZoneColumns(group.name(), ZoneColumns.Kind.GROUP, List.of(column), Optional.empty()));
      members.put(group.name(), group.zones());
    }
    return new ResultColumns(all, byZone, members);
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

  /** The zones of the group {@code group}, or empty when it is not a group of these columns. */
  public List<String> members(String group) {
    return groups.getOrDefault(group, List.of());
  }

  /**
   * The area of a patch (or of its part in one region) inside the union of a group's zones, from
   * its results in every zone ({@code zones}, the overlay's order) and the pieces its zones cut it
   * into ({@code overlaps}, empty when at most one of them holds part of it).
   */
  public Area groupArea(String group, List<ZoneOverlay> zones, List<ZoneOverlap> overlaps) {
    List<String> members = members(group);
    if (!overlaps.isEmpty()) {
      return ZoneOverlap.union(overlaps, members);
    }
    Area sum = Area.ZERO;
    for (ZoneOverlay zone : zones) {
      if (members.contains(zone.zone())) {
        sum = sum.plus(zone.total());
      }
    }
    return sum;
  }

  /**
   * The words readers see of these columns of an analysis of {@code spec}: each zone, band and
   * group column (the spec's {@code label} and {@code label_en}, bands as 长江干流 0～10 公里), each
   * region level, and the patch selection (the spec's {@code where}) in words.
   */
  public Labels labels(AnalysisSpec spec) {
    Map<String, Bilingual> zoneWords = new HashMap<>();
    spec.zones().forEach(z -> zoneWords.put(z.name(), z.label()));
    spec.groups().forEach(g -> zoneWords.put(g.name(), g.label()));
    Map<String, Bilingual> words = new LinkedHashMap<>();
    for (ZoneColumns zone : zones) {
      Bilingual label = zoneWords.get(zone.zone());
      words.put(zone.zone(), label);
      for (ResultColumn column : zone.areas()) {
        words.put(
            column.key(),
            column
                .band()
                .map(b -> Labels.band(label, b.from().metres(), b.to().metres()))
                .orElse(label));
      }
    }
    Map<String, Bilingual> levels = new HashMap<>();
    if (spec.regions() != null) {
      spec.regions()
          .levels()
          .forEach((level, label) -> levels.put(level.name().toLowerCase(Locale.ROOT), label));
    }
    Map<String, List<String>> where = spec.patches().where();
    return new Labels(words, levels, where.isEmpty() ? null : SurveyFields.describe(where));
  }

  /** The values of {@code overlay} in column order: m² for areas, metres (or NaN) for distances. */
  double[] values(PatchOverlay overlay) {
    double[] values = new double[all.size()];
    for (int z = 0; z < zones.size(); z++) {
      ZoneColumns columns = zones.get(z);
      if (columns.kind() == ZoneColumns.Kind.GROUP) {
        values[columns.areas().get(0).index()] =
            groupArea(columns.zone(), overlay.zones(), overlay.overlaps()).squareMetres();
        continue;
      }
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
