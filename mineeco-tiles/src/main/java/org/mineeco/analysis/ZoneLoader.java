package org.mineeco.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;
import org.mineeco.io.Layers;
import org.mineeco.io.ReadOptions;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.LayerRef;
import org.mineeco.spec.RegionSpec;
import org.mineeco.spec.ZoneSpec;
import org.mineeco.zone.BufferZone;
import org.mineeco.zone.Corridor;
import org.mineeco.zone.PolygonZone;
import org.mineeco.zone.Region;
import org.mineeco.zone.RegionLayer;
import org.mineeco.zone.Zone;

/**
 * Reads the zone and region layers a spec names. Features without geometry are left out and listed
 * in the notes; invalid polygons are repaired by the zone factories and listed too.
 */
final class ZoneLoader {
  private final AnalysisSpec spec;
  private final List<String> notes = new ArrayList<>();

  private ZoneLoader(AnalysisSpec spec) {
    this.spec = spec;
  }

  /** Reads the layers in parallel (one loader each, notes kept in spec order). */
  static ZoneStack load(AnalysisSpec spec) {
    int count = spec.zones().size();
    List<ZoneLoader> loaders =
        IntStream.rangeClosed(0, count).mapToObj(i -> new ZoneLoader(spec)).toList();
    List<Object> layers =
        IntStream.rangeClosed(0, count)
            .parallel()
            .mapToObj(
                i ->
                    i < count
                        ? loaders.get(i).zone(spec.zones().get(i))
                        : spec.regions() == null
                            ? RegionLayer.NONE
                            : loaders.get(i).regions(spec.regions()))
            .toList();
    List<Zone> zones = layers.subList(0, count).stream().map(Zone.class::cast).toList();
    List<String> notes = loaders.stream().flatMap(l -> l.notes.stream()).toList();
    return new ZoneStack(zones, (RegionLayer) layers.get(count), notes);
  }

  private Zone zone(ZoneSpec zone) {
    Layer layer = read(zone.name(), zone.source());
    Zone built =
        switch (zone.type()) {
          case CORRIDOR -> Corridor.of(zone.name(), layer.geometries, layer.crs, zone.bandEdges());
          case POLYGONS -> PolygonZone.of(zone.name(), layer.geometries, layer.crs);
          case BUFFER -> BufferZone.of(zone.name(), layer.geometries, layer.crs, zone.distance());
        };
    built
        .repairs()
        .forEach(
            r ->
                notes.add(
                    zone.name()
                        + ": geometry "
                        + r.index()
                        + " repaired, area change "
                        + r.change()));
    return built;
  }

  private RegionLayer regions(RegionSpec regionSpec) {
    List<Region> regions = new ArrayList<>();
    Crs crs;
    try (FeatureReader reader = open(regionSpec.source())) {
      crs = reader.crs();
      while (reader.hasNext()) {
        Feature feature = reader.next();
        if (!regionSpec.source().accepts(feature)) {
          continue;
        }
        String id = feature.getString(regionSpec.idField());
        if (feature.geometry() == null || id == null) {
          notes.add(
              "regions: feature "
                  + feature.index()
                  + " left out: "
                  + (id == null ? "no " + regionSpec.idField() : "no geometry"));
          continue;
        }
        String name = feature.getString(regionSpec.nameField());
        regions.add(new Region(id, name == null ? id : name, feature.geometry()));
      }
    }
    RegionLayer layer = RegionLayer.of(regions, crs);
    layer.repairs().forEach(r -> notes.add("regions: geometry " + r.index() + " repaired"));
    return layer;
  }

  private Layer read(String zone, LayerRef source) {
    List<Geometry> geometries = new ArrayList<>();
    try (FeatureReader reader = open(source)) {
      while (reader.hasNext()) {
        Feature feature = reader.next();
        if (!source.accepts(feature)) {
          continue;
        }
        if (feature.geometry() == null) {
          notes.add(
              zone
                  + ": "
                  + source.path().getFileName()
                  + " feature "
                  + feature.index()
                  + " left out: "
                  + (feature.geometryIssue() == null ? "no geometry" : feature.geometryIssue()));
        } else {
          geometries.add(feature.geometry());
        }
      }
      return new Layer(geometries, reader.crs());
    }
  }

  private FeatureReader open(LayerRef source) {
    return Layers.open(source.path(), new ReadOptions(spec.crs(), source.layer(), null));
  }

  private record Layer(List<Geometry> geometries, Crs crs) {}

  /** The zones and regions of a spec, and what was left out or repaired while reading them. */
  record ZoneStack(List<Zone> zones, RegionLayer regions, List<String> notes) {}
}
