package org.mineeco.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineeco.io.Feature;
import org.mineeco.tile.TileLayer;
import org.mineeco.units.Length;
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

  private static final GeometryFactory LON_LAT = new GeometryFactory();

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

  /**
   * One polygon per band {@code [d0, d1)}: the lines grown by {@code d1} less the lines grown by
   * {@code d0}, each edge grown once.
   */
  private static List<Feature> bands(Corridor corridor, MapOptions options) {
    DisplayPlane plane = new DisplayPlane(envelope(corridor.geometries()), options);
    List<Geometry> projected = corridor.geometries().stream().map(plane::project).toList();
    Geometry lines = LON_LAT.buildGeometry(projected);
    List<Feature> bands = new ArrayList<>();
    List<Geometry> grownEdges =
        corridor.bandEdges().parallelStream()
            .map(edge -> edge.metres() > 0 ? plane.grow(lines, edge.metres()) : null)
            .toList();
    Geometry inner = null;
    for (int i = 0; i < corridor.bandEdges().size(); i++) {
      Geometry outer = grownEdges.get(i);
      if (i > 0) {
        Geometry band = inner == null ? outer : outer.difference(inner);
        bands.add(bandFeature(bands.size(), corridor, i - 1, plane.lonLat(band)));
      }
      inner = outer;
    }
    return bands;
  }

  private static Feature bandFeature(long index, Corridor corridor, int band, Geometry geometry) {
    long d0 = (long) corridor.bandEdges().get(band).metres();
    long d1 = (long) corridor.bandEdges().get(band + 1).metres();
    Map<String, Object> tags = new LinkedHashMap<>();
    tags.put("zone", corridor.name());
    tags.put("band", d0 + "-" + d1 + " m");
    tags.put("d0_m", d0);
    tags.put("d1_m", d1);
    return new Feature(index, geometry, tags);
  }

  private static List<Feature> grown(BufferZone zone, MapOptions options) {
    DisplayPlane plane = new DisplayPlane(envelope(zone.geometries()), options);
    Length distance = zone.distance();
    Map<String, Object> tags =
        Map.of("zone", zone.name(), "distance_m", Math.round(distance.metres()));
    List<Feature> features = new ArrayList<>();
    for (Geometry g : zone.geometries()) {
      Geometry grown = plane.lonLat(plane.grow(plane.project(g), distance.metres()));
      features.add(new Feature(features.size(), grown, tags));
    }
    return features;
  }

  private static List<Feature> features(List<Geometry> geometries, Map<String, Object> tags) {
    List<Feature> features = new ArrayList<>(geometries.size());
    for (Geometry g : geometries) {
      features.add(new Feature(features.size(), g, tags));
    }
    return features;
  }

  private static Envelope envelope(List<Geometry> geometries) {
    Envelope e = new Envelope();
    geometries.forEach(g -> e.expandToInclude(g.getEnvelopeInternal()));
    return e;
  }
}
