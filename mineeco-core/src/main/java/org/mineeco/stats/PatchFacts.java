package org.mineeco.stats;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.mineeco.units.Area;

/**
 * What the statistics need to know about one mine patch. Areas are ellipsoidal areas on the
 * CGCS2000 (GRS80) ellipsoid, computed from geometry (never the declared {@code TBMJ}).
 *
 * <p>The analysis job builds it from a {@code MinePatch} and its overlay result:
 *
 * <ul>
 *   <li>{@code id} ← {@code TBBH};
 *   <li>{@code mineId} ← the spec's mine id field ({@code KSBH} by default), or the patch id when
 *       the patch has none (it is then its own mine);
 *   <li>{@code area} ← the overlay's ellipsoidal patch area ({@code area_m2});
 *   <li>{@code dimensions}: {@value #CLASS} ← patch class ({@code LEGACY} for TBDL 10, i.e.
 *       subclasses 11 and 12; {@code ABANDONED_WITH_OWNER}, {@code OTHER}, {@code
 *       SUBSIDENCE_UNDAMAGED}, {@code UNKNOWN}; TBXL's class when TBDL is missing); {@value
 *       #STATUS} ← derived mine status ({@code PRODUCING}, {@code CLOSED}, {@code POLICY_CLOSED},
 *       {@code ABANDONED}, {@code LEGACY}, {@code UNKNOWN}); {@value #DAMAGE} ← damage type from
 *       {@code TBSX} ({@code OPEN_PIT}, ...); {@value #MODE} ← {@code NXFFS} ({@code
 *       NATURAL_RECOVERY}, {@code ASSISTED_REGENERATION}, {@code ECOLOGICAL_RECONSTRUCTION}, {@code
 *       TRANSFORMATION}); {@value #STATE} ← {@code HFZLQK} ({@code RESTORED} for B, {@code
 *       NOT_RESTORED} for A); {@value #PERIOD} ← {@code NXFSJD}; {@value #MINERAL} ← {@code KZ};
 *       {@value #METHOD} ← {@code KCFS}; {@value #SCALE} ← the spec's scale field ({@code KSGM}:
 *       {@code LARGE}, {@code MEDIUM}, {@code SMALL}); {@value #HAZARD} ← the spec's hazard field
 *       ({@code DZZH}: {@code COLLAPSE}, {@code LANDSLIDE}, ..., {@code NONE}). Enum constant names
 *       as values; a missing dimension reads as {@value #UNKNOWN};
 *   <li>{@code restorationYear} ← the year the patch was (or is planned to be) restored, or null;
 *   <li>{@code regionAreas} ← region id (6-digit county code) → area of the patch inside that
 *       region, from the overlay with the regions layer; a part outside every region is reported in
 *       its own "outside" row;
 *   <li>{@code zoneAreas} ← overlay column without the {@code _m2} suffix → area inside, e.g.
 *       {@code red_line}, {@code yangtze_0_10000}, {@code tributaries_0_10000}; absent means 0;
 *   <li>{@code regionZoneAreas} ← for a patch split between regions, region id → zone column → area
 *       of patch ∩ zone ∩ region, measured; empty for a patch in one region.
 * </ul>
 *
 * @param id the patch id, not blank
 * @param mineId the id of the mine the patch belongs to, not blank
 * @param area the patch area
 * @param dimensions attribute name → value, e.g. {@code status → POLICY_CLOSED}
 * @param restorationYear restoration year, or null when unknown
 * @param regionAreas region id → area inside; their sum must not exceed {@code area}
 * @param zoneAreas zone or band column → area inside; each at most {@code area}
 * @param regionZoneAreas region id → zone or band column → area inside both (measured, not
 *     prorated); empty when not measured (then a zone's area in a region is prorated)
 * @param overlaps how the patch's polygons and buffer zones overlap, for the area of their union
 *     ({@link Overlaps#NONE} when it has area in at most one of them)
 */
public record PatchFacts(
    String id,
    String mineId,
    Area area,
    Map<String, String> dimensions,
    Integer restorationYear,
    Map<String, Area> regionAreas,
    Map<String, Area> zoneAreas,
    Map<String, Map<String, Area>> regionZoneAreas,
    Overlaps overlaps) {
  /** Facts without measured zone-by-region areas or overlaps. */
  public PatchFacts(
      String id,
      String mineId,
      Area area,
      Map<String, String> dimensions,
      Integer restorationYear,
      Map<String, Area> regionAreas,
      Map<String, Area> zoneAreas) {
    this(
        id,
        mineId,
        area,
        dimensions,
        restorationYear,
        regionAreas,
        zoneAreas,
        Map.of(),
        Overlaps.NONE);
  }

  /** Patch class dimension (TBDL, or the class of TBXL). */
  public static final String CLASS = "class";

  /** Mine status dimension. */
  public static final String STATUS = "status";

  /** Damage type dimension. */
  public static final String DAMAGE = "damage";

  /** Restoration mode dimension. */
  public static final String MODE = "mode";

  /** Restoration state dimension: {@value #RESTORED} or {@code NOT_RESTORED}. */
  public static final String STATE = "state";

  /** Planned period dimension. */
  public static final String PERIOD = "period";

  /** Mineral dimension. */
  public static final String MINERAL = "mineral";

  /** Mining method dimension. */
  public static final String METHOD = "method";

  /** Mine scale dimension ({@code MineScale}, from the spec's scale field). */
  public static final String SCALE = "scale";

  /** Geological hazard dimension ({@code GeologicalHazard}, from the spec's hazard field). */
  public static final String HAZARD = "hazard";

  /** The {@value #STATE} of a restored patch. */
  public static final String RESTORED = "RESTORED";

  /** The value of a missing dimension. */
  public static final String UNKNOWN = "UNKNOWN";

  private static final double RELATIVE_SLACK = 1e-6;
  private static final double ABSOLUTE_SLACK_M2 = 0.01;

  public PatchFacts {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("patch id must not be blank, was '" + id + "'");
    }
    if (mineId == null || mineId.isBlank()) {
      throw new IllegalArgumentException(
          "patch " + id + ": mine id must not be blank (use the patch id), was '" + mineId + "'");
    }
    if (area == null || area.squareMetres() < 0) {
      throw new IllegalArgumentException("patch " + id + ": area must be >= 0, was " + area);
    }
    if (restorationYear != null && (restorationYear < 1900 || restorationYear > 2200)) {
      throw new IllegalArgumentException(
          "patch " + id + ": restoration year must be in 1900..2200, was " + restorationYear);
    }
    dimensions = copy(id, "dimension", dimensions);
    regionAreas = copyAreas(id, "region", regionAreas);
    zoneAreas = copyAreas(id, "zone", zoneAreas);
    Map<String, Map<String, Area>> byRegion = new TreeMap<>();
    for (Map.Entry<String, Map<String, Area>> e : regionZoneAreas.entrySet()) {
      byRegion.put(e.getKey(), copyAreas(id, "zone of region " + e.getKey(), e.getValue()));
    }
    regionZoneAreas = Collections.unmodifiableMap(byRegion);
    Objects.requireNonNull(overlaps, "overlaps of patch " + id + " (use Overlaps.NONE)");
    double regions = regionAreas.values().stream().mapToDouble(Area::squareMetres).sum();
    if (exceeds(regions, area)) {
      throw new IllegalArgumentException(
          "patch "
              + id
              + ": region areas sum to "
              + regions
              + " m², more than the patch area "
              + area);
    }
    for (Map.Entry<String, Area> zone : zoneAreas.entrySet()) {
      if (exceeds(zone.getValue().squareMetres(), area)) {
        throw new IllegalArgumentException(
            "patch "
                + id
                + ": area in zone "
                + zone.getKey()
                + " is "
                + zone.getValue()
                + ", more than the patch area "
                + area);
      }
    }
  }

  private static boolean exceeds(double part, Area whole) {
    return part > whole.squareMetres() * (1 + RELATIVE_SLACK) + ABSOLUTE_SLACK_M2;
  }

  private static <V> Map<String, V> copy(String id, String what, Map<String, V> map) {
    if (map == null) {
      throw new IllegalArgumentException("patch " + id + ": " + what + " map must not be null");
    }
    for (Map.Entry<String, V> e : map.entrySet()) {
      if (e.getKey() == null || e.getKey().isBlank() || e.getValue() == null) {
        throw new IllegalArgumentException(
            "patch " + id + ": " + what + " entries need a name and a value, was " + e);
      }
    }
    return Collections.unmodifiableMap(new TreeMap<>(map));
  }

  private static Map<String, Area> copyAreas(String id, String what, Map<String, Area> map) {
    Map<String, Area> copy = copy(id, what, map);
    for (Map.Entry<String, Area> e : copy.entrySet()) {
      if (e.getValue().squareMetres() < 0) {
        throw new IllegalArgumentException(
            "patch "
                + id
                + ": area in "
                + what
                + " "
                + e.getKey()
                + " must be >= 0, was "
                + e.getValue());
      }
    }
    return copy;
  }

  /** The value of dimension {@code name}, or {@value #UNKNOWN}. */
  public String dimension(String name) {
    return dimensions.getOrDefault(name, UNKNOWN);
  }

  /** The area inside zone column {@code zone}; zero when absent. */
  public Area zoneArea(String zone) {
    return zoneAreas.getOrDefault(zone, Area.ZERO);
  }

  /**
   * The area inside zone column {@code zone} and inside the regions whose ids pass {@code
   * inRegion}, measured when the patch is split between regions and that was measured, else the
   * zone area times the patch's share in those regions.
   */
  public Area zoneAreaIn(String zone, java.util.function.Predicate<String> inRegion) {
    double inside = 0;
    double all = 0;
    double measured = 0;
    for (Map.Entry<String, Area> e : regionAreas.entrySet()) {
      all += e.getValue().squareMetres();
      if (inRegion.test(e.getKey())) {
        inside += e.getValue().squareMetres();
        Map<String, Area> zones = regionZoneAreas.get(e.getKey());
        measured += zones == null ? 0 : zones.getOrDefault(zone, Area.ZERO).squareMetres();
      }
    }
    if (!regionZoneAreas.isEmpty()) {
      return Area.squareMetres(measured);
    }
    double whole = Math.max(all, area.squareMetres());
    return whole <= 0
        ? Area.ZERO
        : Area.squareMetres(zoneArea(zone).squareMetres() * inside / whole);
  }

  /**
   * The area inside the union of the zone columns {@code zones}, overlaps counted once, measured;
   * empty when two or more of them each hold part of the patch and their overlap was not measured
   * (see {@link Overlaps}).
   */
  public Optional<Area> unionArea(Collection<String> zones) {
    return Overlaps.union(
        zones, area.squareMetres(), z -> zoneArea(z).squareMetres(), overlaps.whole());
  }

  /**
   * The area inside the union of {@code zones} and inside the regions whose ids pass {@code
   * inRegion}: measured per region for a patch split between regions, else the union's area times
   * the patch's share in those regions (as {@link #zoneAreaIn}); empty as for {@link #unionArea}.
   */
  public Optional<Area> unionAreaIn(
      Collection<String> zones, java.util.function.Predicate<String> inRegion) {
    double inside = 0;
    double all = 0;
    double measured = 0;
    for (Map.Entry<String, Area> e : regionAreas.entrySet()) {
      all += e.getValue().squareMetres();
      if (!inRegion.test(e.getKey())) {
        continue;
      }
      inside += e.getValue().squareMetres();
      Map<String, Area> byZone = regionZoneAreas.get(e.getKey());
      if (byZone != null) {
        Optional<Area> part =
            Overlaps.union(
                zones,
                e.getValue().squareMetres(),
                z -> byZone.getOrDefault(z, Area.ZERO).squareMetres(),
                overlaps.byRegion().getOrDefault(e.getKey(), Map.of()));
        if (part.isEmpty()) {
          return part;
        }
        measured += part.get().squareMetres();
      }
    }
    if (!regionZoneAreas.isEmpty()) {
      return Optional.of(Area.squareMetres(measured));
    }
    double whole = Math.max(all, area.squareMetres());
    double share = whole <= 0 ? 0 : inside / whole;
    return unionArea(zones).map(a -> Area.squareMetres(a.squareMetres() * share));
  }

  /** Whether the patch's {@value #STATE} is {@value #RESTORED}. */
  public boolean restored() {
    return RESTORED.equalsIgnoreCase(dimension(STATE));
  }
}
