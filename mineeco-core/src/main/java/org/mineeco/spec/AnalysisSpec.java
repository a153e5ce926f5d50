package org.mineeco.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mineeco.crs.Crs;
import org.mineeco.priority.PriorityRules;

/**
 * An analysis: the patch layer, the zone layers it is overlaid with, and the regions, as read from
 * a YAML spec (see docs/spec.md). Paths are resolved against the spec file's folder.
 *
 * @param file the spec file, for messages
 * @param crs the CRS of inputs that name none, or {@code null} to make that an error
 * @param patches the mine patch layer
 * @param idField the patch id field, e.g. {@code TBBH}
 * @param mineIdField the field naming the mine a patch belongs to (spec key {@code
 *     patches.mine_id}, default {@value #DEFAULT_MINE_ID}); a patch without a value is its own mine
 * @param yearField the field holding the restoration year (spec key {@code patches.year}, default
 *     {@value #DEFAULT_YEAR}; the survey schema has no such field)
 * @param scaleField the field holding the mine scale 矿山规模 (spec key {@code patches.scale}, default
 *     {@value #DEFAULT_SCALE}; codes in {@link org.mineeco.model.MineScale})
 * @param hazardField the field holding the geological hazard 地质灾害隐患 (spec key {@code
 *     patches.hazard}, default {@value #DEFAULT_HAZARD}; codes in {@link
 *     org.mineeco.model.GeologicalHazard})
 * @param zones the zone layers, names unique
 * @param regions the administrative regions, or {@code null}
 * @param priority which zones rank patches first; {@code null} for the defaults of {@link
 *     PriorityRules#defaults}
 * @param groups zone groups measured as the union of their zones (spec key {@code zone_groups});
 *     empty for none
 */
public record AnalysisSpec(
    Path file,
    Crs crs,
    LayerRef patches,
    String idField,
    String mineIdField,
    String yearField,
    String scaleField,
    String hazardField,
    List<ZoneSpec> zones,
    RegionSpec regions,
    PriorityRules priority,
    List<ZoneGroupSpec> groups) {
  /** The per-patch output columns besides the id field and the zone columns. */
  public static final List<String> PATCH_COLUMNS =
      List.of("area_m2", "region", "region_name", "priority", "repaired", "status");

  /** The mine id field when the spec names none: {@code KSBH} (矿山编号). */
  public static final String DEFAULT_MINE_ID = "KSBH";

  /** The restoration year field when the spec names none: {@code ZLND} (治理年度). */
  public static final String DEFAULT_YEAR = "ZLND";

  /** The mine scale field when the spec names none: {@code KSGM} (矿山规模). */
  public static final String DEFAULT_SCALE = "KSGM";

  /** The geological hazard field when the spec names none: {@code DZZH} (地质灾害隐患). */
  public static final String DEFAULT_HAZARD = "DZZH";

  public AnalysisSpec {
    Objects.requireNonNull(file, "spec file");
    Objects.requireNonNull(patches, "patches");
    if (idField == null || idField.isBlank()) {
      throw new IllegalArgumentException("patches need an id field, was '" + idField + "'");
    }
    if (mineIdField == null || mineIdField.isBlank() || yearField == null || yearField.isBlank()) {
      throw new IllegalArgumentException(
          "patches need a mine id field and a year field, was '"
              + mineIdField
              + "' and '"
              + yearField
              + "'");
    }
    if (scaleField == null
        || scaleField.isBlank()
        || hazardField == null
        || hazardField.isBlank()) {
      throw new IllegalArgumentException(
          "patches need a scale field and a hazard field, was '"
              + scaleField
              + "' and '"
              + hazardField
              + "'");
    }
    zones = List.copyOf(zones);
    Set<String> names = new HashSet<>();
    for (ZoneSpec zone : zones) {
      if (!names.add(zone.name())) {
        throw new IllegalArgumentException(
            "zone names must be unique, '" + zone.name() + "' twice");
      }
    }
    groups = groups == null ? List.of() : List.copyOf(groups);
    requireUnionable(zones, groups);
    requireDistinctColumns(idField, zones, groups);
    if (priority != null && !names.containsAll(priority.allZones())) {
      throw new IllegalArgumentException(
          "priority names zones " + priority.allZones() + ", expected some of " + names);
    }
  }

  /**
   * Each group holds polygons and buffer zones of the spec, whose overlaps the overlay measures.
   */
  private static void requireUnionable(List<ZoneSpec> zones, List<ZoneGroupSpec> groups) {
    Map<String, ZoneType> types = new HashMap<>();
    zones.forEach(z -> types.put(z.name(), z.type()));
    for (ZoneGroupSpec group : groups) {
      for (String zone : group.zones()) {
        ZoneType type = types.get(zone);
        if (type == null || type == ZoneType.CORRIDOR) {
          throw new IllegalArgumentException(
              "zone group "
                  + group.name()
                  + " names '"
                  + zone
                  + "': expected a polygons or buffer zone of the spec, was "
                  + (type == null ? "no zone" : "a corridor"));
        }
      }
    }
  }

  /** Output columns are compared case-insensitively: GeoPackage (SQLite) columns are. */
  private static void requireDistinctColumns(
      String idField, List<ZoneSpec> zones, List<ZoneGroupSpec> groups) {
    Map<String, String> owners = new HashMap<>();
    owners.put(idField.toLowerCase(Locale.ROOT), "the patch id field");
    PATCH_COLUMNS.forEach(c -> owners.put(c, "a column every patch row has"));
    for (ZoneSpec zone : zones) {
      for (String column : zone.columnNames()) {
        String owner = owners.putIfAbsent(column.toLowerCase(Locale.ROOT), "zone " + zone.name());
        if (owner != null) {
          throw new IllegalArgumentException(
              "zone '"
                  + zone.name()
                  + "' makes output column "
                  + column
                  + ", which is already "
                  + owner
                  + ": rename the zone");
        }
      }
    }
    for (ZoneGroupSpec group : groups) {
      String owner =
          owners.putIfAbsent((group.name() + "_m2").toLowerCase(Locale.ROOT), group.name());
      if (owner != null) {
        throw new IllegalArgumentException(
            "zone group '"
                + group.name()
                + "' makes output column "
                + group.name()
                + "_m2, which is already "
                + owner
                + ": rename the group");
      }
    }
  }

  /** Every file the spec reads: the spec itself, the patch, zone and region layers. */
  public List<Path> inputs() {
    List<Path> inputs = new ArrayList<>();
    inputs.add(file);
    inputs.add(patches.path());
    zones.forEach(z -> inputs.add(z.source().path()));
    if (regions != null) {
      inputs.add(regions.source().path());
    }
    return List.copyOf(inputs);
  }

  /**
   * Reads a YAML spec.
   *
   * @throws SpecException naming the file and the key when the spec is missing, malformed or names
   *     values out of range
   */
  public static AnalysisSpec load(Path file) {
    return new SpecReader(file).read();
  }
}
