package org.mineeco.reporting;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.mineeco.analysis.ResultColumns;
import org.mineeco.analysis.ZoneColumns;
import org.mineeco.io.BadInputException;
import org.mineeco.model.GeologicalHazard;
import org.mineeco.model.MinePatch;
import org.mineeco.model.MineScale;
import org.mineeco.model.SurveyAttributes;
import org.mineeco.overlay.PatchOverlay;
import org.mineeco.overlay.RegionShare;
import org.mineeco.overlay.ZoneOverlap;
import org.mineeco.overlay.ZoneOverlay;
import org.mineeco.stats.Overlaps;
import org.mineeco.stats.PatchFacts;
import org.mineeco.units.Area;

/**
 * Keeps the survey attributes and overlay of every analysed patch and maps them to {@link
 * PatchFacts} once the zones' column names are known. Areas are CGCS2000 ellipsoidal areas. Not
 * thread-safe (the analysis calls it on one thread).
 */
final class FactsCollector implements BiConsumer<MinePatch, PatchOverlay> {
  private final Path file;
  private final String mineField;
  private final String scaleField;
  private final String hazardField;
  private final List<Analysed> analysed = new ArrayList<>();

  /**
   * A collector for the patches of {@code file}, named in errors; {@code mineField} names the mine
   * id field (a patch without a value is its own mine), {@code scaleField} and {@code hazardField}
   * the fields of the mine scale and the geological hazard (missing or unknown codes are {@code
   * UNKNOWN}).
   */
  FactsCollector(Path file, String mineField, String scaleField, String hazardField) {
    this.file = file;
    this.mineField = mineField;
    this.scaleField = scaleField;
    this.hazardField = hazardField;
  }

  @Override
  public void accept(MinePatch patch, PatchOverlay overlay) {
    Map<String, String> extra = new HashMap<>();
    extra.put(PatchFacts.SCALE, MineScale.fromCode(field(patch, scaleField)).name());
    extra.put(PatchFacts.HAZARD, GeologicalHazard.fromCode(field(patch, hazardField)).name());
    analysed.add(
        new Analysed(
            patch.index(), patch.id(), mineId(patch, mineField), patch.survey(), extra, overlay));
  }

  /** The patch's mine id from {@code mineField} (any case), or its own id when it has none. */
  static String mineId(MinePatch patch, String mineField) {
    String mine = field(patch, mineField);
    return mine == null ? patch.id() : mine;
  }

  /** The patch's value of {@code name} (any case), stripped, or null when missing or blank. */
  private static String field(MinePatch patch, String name) {
    Object value = null;
    for (Map.Entry<String, Object> field : patch.otherFields().entrySet()) {
      if (field.getKey().equalsIgnoreCase(name) && field.getValue() != null) {
        value = field.getValue();
      }
    }
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  /**
   * The facts of every patch seen, in input order; zone areas keyed by the {@link
   * ResultColumn#key()} of each zone and band, e.g. {@code yangtze_0_10000}.
   *
   * @throws BadInputException naming the file and feature of a patch whose facts are invalid (e.g.
   *     a restoration year out of range)
   */
  List<PatchFacts> facts(ResultColumns resultColumns) {
    List<PatchFacts> facts = new ArrayList<>(analysed.size());
    for (Analysed a : analysed) {
      try {
        facts.add(a.facts(resultColumns));
      } catch (IllegalArgumentException e) {
        throw new BadInputException(file, a.index, null, e.getMessage(), e);
      }
    }
    return facts;
  }

  /** What one analysed patch contributes. */
  private record Analysed(
      long index,
      String id,
      String mineId,
      SurveyAttributes survey,
      Map<String, String> extra,
      PatchOverlay overlay) {
    PatchFacts facts(ResultColumns columns) {
      Map<String, Area> regions = new TreeMap<>();
      Map<String, Map<String, Area>> regionZones = new TreeMap<>();
      Map<String, Map<Set<String>, Area>> regionOverlaps = new TreeMap<>();
      for (RegionShare share : overlay.regions()) {
        regions.merge(share.id(), share.area(), Area::plus);
        if (!share.zones().isEmpty()) {
          regionZones.put(share.id(), zoneAreas(share.zones(), share.overlaps(), columns));
        }
        if (!share.overlaps().isEmpty()) {
          regionOverlaps.put(share.id(), pieces(share.overlaps()));
        }
      }
      return new PatchFacts(
          id,
          mineId,
          overlay.area(),
          dimensions(),
          survey.restorationYear(),
          regions,
          zoneAreas(overlay.zones(), overlay.overlaps(), columns),
          regionZones,
          overlay.overlaps().isEmpty() && regionOverlaps.isEmpty()
              ? Overlaps.NONE
              : new Overlaps(pieces(overlay.overlaps()), regionOverlaps));
    }

    private static Map<Set<String>, Area> pieces(List<ZoneOverlap> overlaps) {
      Map<Set<String>, Area> pieces = new LinkedHashMap<>();
      overlaps.forEach(o -> pieces.merge(o.zones(), o.area(), Area::plus));
      return pieces;
    }

    /** Zone and band column key → area inside, groups included; zero areas left out. */
    private static Map<String, Area> zoneAreas(
        List<ZoneOverlay> zones, List<ZoneOverlap> overlaps, ResultColumns columns) {
      Map<String, Area> zoneAreas = new TreeMap<>();
      int z = 0;
      for (ZoneColumns zone : columns.zones()) {
        List<Area> areas =
            zone.kind() == ZoneColumns.Kind.GROUP
                ? List.of(columns.groupArea(zone.zone(), zones, overlaps))
                : zones.get(z++).areas();
        for (int band = 0; band < areas.size(); band++) {
          if (areas.get(band).squareMetres() > 0) {
            zoneAreas.put(zone.areas().get(band).key(), areas.get(band));
          }
        }
      }
      return zoneAreas;
    }

    private Map<String, String> dimensions() {
      Map<String, String> d = new HashMap<>(extra);
      d.put(PatchFacts.CLASS, survey.category().name());
      d.put(PatchFacts.STATUS, survey.mineStatus().name());
      d.put(PatchFacts.DAMAGE, survey.damageType().name());
      d.put(PatchFacts.MODE, survey.mode().name());
      d.put(PatchFacts.STATE, survey.state().name());
      d.put(PatchFacts.PERIOD, survey.period().name());
      d.put(PatchFacts.METHOD, survey.miningMethod().name());
      if (survey.mineral() != null) {
        d.put(PatchFacts.MINERAL, survey.mineral());
      }
      return d;
    }
  }
}
