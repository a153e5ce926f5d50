package org.mineeco.cartography;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.mineeco.analysis.Analysis;
import org.mineeco.priority.PriorityRules;
import org.mineeco.stats.Region;
import org.mineeco.units.Length;
import org.mineeco.zone.BufferZone;
import org.mineeco.zone.Corridor;
import org.mineeco.zone.PolygonZone;
import org.mineeco.zone.RegionPolygon;
import org.mineeco.zone.Zone;

/**
 * Everything map sheets of one analysis draw, in CGCS2000 lon/lat and indexed by envelope: the
 * analysed patches with their survey attributes and figures, the region polygons and their county →
 * city → province names, the polygon zones, the rivers with their names, and display geometry of
 * corridor bands and buffer zones (built on first use, 50 m line and 5 m arc tolerance: see {@link
 * DisplayZones}). Build once, print any number of sheets. Thread-safe.
 */
public final class SheetData {
  /** Display tolerances of corridor bands and buffer zones, as on the web map. */
  static final Length LINE_TOLERANCE = Length.metres(50);

  static final Length ARC_TOLERANCE = Length.metres(5);

  private final Analysis analysis;
  private final List<PatchEntry> patches;
  private final STRtree patchIndex = new STRtree();
  private final Map<String, RegionPolygon> regions = new LinkedHashMap<>();
  private final Map<String, Region> names = new LinkedHashMap<>();
  private final PriorityRules rules;
  private final int lastRank;
  private final Map<Geometry, String> riverNames;
  private final List<Geometry> rivers;
  private final Map<String, List<DisplayZones.Band>> bands = new ConcurrentHashMap<>();
  private volatile List<Geometry> buffers;
  private final org.mineeco.vocabulary.Labels labels;

  private SheetData(
      Analysis analysis,
      List<PatchEntry> patches,
      Map<Geometry, String> riverNames,
      List<Region> regionNames) {
    this.analysis = Objects.requireNonNull(analysis, "analysis");
    this.labels = analysis.labels();
    this.patches = List.copyOf(patches);
    for (PatchEntry p : this.patches) {
      patchIndex.insert(p.lonLat().getEnvelopeInternal(), p);
    }
    patchIndex.build();
    for (RegionPolygon r : analysis.regions().regions()) {
      regions.putIfAbsent(r.id(), r);
    }
    regionNames.forEach(r -> names.putIfAbsent(r.id(), r));
    this.rules =
        analysis.spec().priority() == null
            ? PriorityRules.defaults(analysis.zones())
            : analysis.spec().priority();
    this.lastRank = this.patches.stream().mapToInt(p -> p.row().rank()).max().orElse(1);
    this.riverNames = Map.copyOf(riverNames);
    Set<Geometry> lines = new LinkedHashSet<>();
    for (Zone zone : analysis.zones()) {
      if (zone instanceof Corridor corridor) {
        lines.addAll(corridor.geometries());
      }
    }
    this.rivers = List.copyOf(lines);
  }

  /**
   * The sheet data of an analysis.
   *
   * @param patches its analysed patches (see {@link PatchCollector})
   * @param riverNames names of its corridors' lines (see {@link RiverNames})
   * @param regionNames its regions with their cities and provinces (see {@link
   *     org.mineeco.reporting.Reporting#regions})
   */
  public static SheetData of(
      Analysis analysis,
      List<PatchEntry> patches,
      Map<Geometry, String> riverNames,
      List<Region> regionNames) {
    return new SheetData(analysis, patches, riverNames, regionNames);
  }

  /** The analysis. */
  public Analysis analysis() {
    return analysis;
  }

  /** The words of the analysis's zones, bands and region levels. */
  org.mineeco.vocabulary.Labels labels() {
    return labels;
  }

  /** The analysed patches, in input order. */
  public List<PatchEntry> patches() {
    return patches;
  }

  /** The region polygons by id, in layer order. */
  public Map<String, RegionPolygon> regions() {
    return regions;
  }

  /** The name of a region, city or province id or code; the id itself when unknown. */
  public String name(String id) {
    Region r = names.get(id);
    if (r != null) {
      return r.name();
    }
    RegionPolygon polygon = regions.get(id);
    return polygon == null ? id : polygon.name();
  }

  /**
   * Checks that {@code extent} names a place of this data (a region id, or a city or province code
   * covering some regions; any box).
   *
   * @throws IllegalArgumentException saying what was expected
   */
  public void requirePlace(SheetExtent extent) {
    Focus.of(this, extent);
  }

  /**
   * Checks that {@code name} is a corridor of the analysis (null: the first, if any).
   *
   * @throws IllegalArgumentException listing the corridors
   */
  public void requireCorridor(String name) {
    corridor(name);
  }

  PriorityRules rules() {
    return rules;
  }

  int lastRank() {
    return lastRank;
  }

  /** The patches whose envelope meets {@code lonLat}. */
  List<PatchEntry> patchesNear(Envelope lonLat) {
    @SuppressWarnings("unchecked")
    List<PatchEntry> hits = patchIndex.query(lonLat);
    hits.sort((a, b) -> Long.compare(a.row().index(), b.row().index()));
    return hits;
  }

  /** Every river line once (the corridors' lines), with its name when known. */
  List<Geometry> rivers() {
    return rivers;
  }

  String riverName(Geometry line) {
    return riverNames.get(line);
  }

  /** The polygon zones, in spec order. */
  List<PolygonZone> polygonZones() {
    List<PolygonZone> out = new ArrayList<>();
    analysis
        .zones()
        .forEach(
            z -> {
              if (z instanceof PolygonZone p) {
                out.add(p);
              }
            });
    return out;
  }

  /** The corridor named, or the spec's first when {@code name} is null; null when there is none. */
  Corridor corridor(String name) {
    Set<String> known = new HashSet<>();
    for (Zone z : analysis.zones()) {
      if (z instanceof Corridor c) {
        if (name == null || c.name().equals(name)) {
          return c;
        }
        known.add(c.name());
      }
    }
    if (name != null) {
      throw new IllegalArgumentException(
          "the spec has no corridor '" + name + "': expected one of " + known);
    }
    return null;
  }

  /** The display bands of a corridor, built on first use. */
  List<DisplayZones.Band> bands(Corridor corridor) {
    return bands.computeIfAbsent(
        corridor.name(), n -> DisplayZones.bands(corridor, LINE_TOLERANCE, ARC_TOLERANCE));
  }

  /** Every buffer zone's geometries grown by its distance, built on first use. */
  List<Geometry> buffers() {
    List<Geometry> grown = buffers;
    if (grown == null) {
      synchronized (this) {
        grown = buffers;
        if (grown == null) {
          List<Geometry> all = new ArrayList<>();
          for (Zone z : analysis.zones()) {
            if (z instanceof BufferZone b) {
              all.addAll(DisplayZones.grown(b, LINE_TOLERANCE, ARC_TOLERANCE));
            }
          }
          grown = List.copyOf(all);
          buffers = grown;
        }
      }
    }
    return grown;
  }
}
