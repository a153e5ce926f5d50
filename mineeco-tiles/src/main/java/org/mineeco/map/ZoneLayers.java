package org.mineeco.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.cartography.DisplayZones;
import org.mineeco.io.Feature;
import org.mineeco.tile.TileLayer;
import org.mineeco.zone.BufferZone;
import org.mineeco.zone.Corridor;
import org.mineeco.zone.PolygonZone;
import org.mineeco.zone.RegionLayer;
import org.mineeco.zone.RegionPolygon;
import org.mineeco.zone.Zone;

/**
 * The base and zone layers of the map, in CGCS2000 lon/lat: {@code regions} (id, name), {@code
 * corridors} (one polygon per corridor band: zone, band, d0_m, d1_m), one layer per polygon zone
 * named after it (zone), {@code three_zones_two_lines} (each buffer zone geometry grown by its
 * distance: zone, distance_m), {@code rivers} (the corridors' lines, each once, with their name
 * when the river layer has one: see {@link RiverNames}) and {@code labels} (a point inside each
 * region: kind, name, where the map writes its name). Corridor bands and buffers are display
 * geometry built in a transverse Mercator plane (see {@link MapOptions} for how far they may be
 * off); per-patch figures never use them.
 */
final class ZoneLayers {
  static final String REGIONS = "regions";
  static final String CORRIDORS = "corridors";
  static final String BUFFERS = "three_zones_two_lines";
  static final String RIVERS = "rivers";
  static final String LABELS = "labels";

  /** Layer names a polygon zone must not take (it is prefixed with {@code zone_} instead). */
  private static final Set<String> TAKEN =
      Set.of(REGIONS, CORRIDORS, BUFFERS, RIVERS, LABELS, PatchLayer.NAME, "all", "api", "catalog");

  private ZoneLayers() {}

  /** The layers below the patches, drawn in this order. */
  static List<TileLayer> build(
      List<Zone> zones, RegionLayer regions, Map<Geometry, String> riverNames, MapOptions options) {
    List<TileLayer> layers = new ArrayList<>();
    if (!regions.regions().isEmpty()) {
      layers.add(new TileLayer(REGIONS, regions(regions), Zooms.BASE, Zooms.MAX));
    }
    List<Feature> corridors = new ArrayList<>();
    List<Feature> buffers = new ArrayList<>();
    Set<Geometry> rivers = new LinkedHashSet<>();
    // Growing lines by kilometres is the slow part: all zones at once, each band edge in parallel.
    List<List<Feature>> grown =
        zones.parallelStream()
            .map(
                zone ->
                    zone instanceof Corridor corridor
                        ? bands(corridor, options)
                        : zone instanceof BufferZone buffer ? grown(buffer, options) : null)
            .toList();
    for (int z = 0; z < zones.size(); z++) {
      Zone zone = zones.get(z);
      if (zone instanceof Corridor corridor && !corridor.geometries().isEmpty()) {
        corridors.addAll(grown.get(z));
        rivers.addAll(corridor.geometries());
      } else if (zone instanceof BufferZone buffer && !buffer.geometries().isEmpty()) {
        buffers.addAll(grown.get(z));
      } else if (zone instanceof PolygonZone polygons && !polygons.geometries().isEmpty()) {
        List<Feature> features = features(polygons.geometries(), Map.of("zone", zone.name()));
        layers.add(
            new TileLayer(layerName(zone), features, Zooms.firstReadable(features), Zooms.MAX));
      }
    }
    if (!corridors.isEmpty()) {
      layers.add(new TileLayer(CORRIDORS, corridors, Zooms.BASE, Zooms.MAX));
    }
    if (!buffers.isEmpty()) {
      layers.add(new TileLayer(BUFFERS, buffers, Zooms.firstReadable(buffers), Zooms.MAX));
    }
    if (!rivers.isEmpty()) {
      layers.add(
          new TileLayer(RIVERS, rivers(List.copyOf(rivers), riverNames), Zooms.BASE, Zooms.MAX));
    }
    if (!regions.regions().isEmpty()) {
      layers.add(new TileLayer(LABELS, regionLabels(regions), Zooms.BASE, Zooms.MAX));
    }
    return layers;
  }

  private static String layerName(Zone zone) {
    return TAKEN.contains(zone.name()) ? "zone_" + zone.name() : zone.name();
  }

  private static List<Feature> regions(RegionLayer regions) {
    List<Feature> features = new ArrayList<>();
    for (RegionPolygon r : regions.regions()) {
      features.add(
          new Feature(features.size(), r.geometry(), Map.of("id", r.id(), "name", r.name())));
    }
    return features;
  }

  private static List<Feature> rivers(List<Geometry> lines, Map<Geometry, String> names) {
    List<Feature> features = new ArrayList<>(lines.size());
    for (Geometry line : lines) {
      String name = names.get(line);
      features.add(
          new Feature(features.size(), line, name == null ? Map.of() : Map.of("name", name)));
    }
    return features;
  }

  /** One point per region inside it, with its name, where the map writes the name. */
  private static List<Feature> regionLabels(RegionLayer regions) {
    List<Feature> features = new ArrayList<>();
    for (RegionPolygon r : regions.regions()) {
      features.add(
          new Feature(
              features.size(),
              r.geometry().getInteriorPoint(),
              Map.of("kind", "region", "name", r.name())));
    }
    return features;
  }

  /** One polygon per band {@code [d0, d1)} (see {@link DisplayZones#bands}). */
  private static List<Feature> bands(Corridor corridor, MapOptions options) {
    List<Feature> bands = new ArrayList<>();
    for (DisplayZones.Band band :
        DisplayZones.bands(corridor, options.lineTolerance(), options.arcTolerance())) {
      long d0 = (long) band.from().metres();
      long d1 = (long) band.to().metres();
      Map<String, Object> tags = new LinkedHashMap<>();
      tags.put("zone", corridor.name());
      tags.put("band", d0 + "-" + d1 + " m");
      tags.put("d0_m", d0);
      tags.put("d1_m", d1);
      bands.add(new Feature(bands.size(), band.lonLat(), tags));
    }
    return bands;
  }

  private static List<Feature> grown(BufferZone zone, MapOptions options) {
    Map<String, Object> tags =
        Map.of("zone", zone.name(), "distance_m", Math.round(zone.distance().metres()));
    return features(
        DisplayZones.grown(zone, options.lineTolerance(), options.arcTolerance()), tags);
  }

  private static List<Feature> features(List<Geometry> geometries, Map<String, Object> tags) {
    List<Feature> features = new ArrayList<>(geometries.size());
    for (Geometry g : geometries) {
      features.add(new Feature(features.size(), g, tags));
    }
    return features;
  }
}
