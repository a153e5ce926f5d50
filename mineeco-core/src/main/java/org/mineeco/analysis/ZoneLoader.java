package org.mineeco.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;
import org.mineeco.io.LoadedLayer;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.LayerRef;
import org.mineeco.spec.RegionSpec;
import org.mineeco.spec.SpecCheck;
import org.mineeco.spec.ZoneSpec;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.zone.BufferZone;
import org.mineeco.zone.Corridor;
import org.mineeco.zone.FeatureAccount;
import org.mineeco.zone.PolygonZone;
import org.mineeco.zone.RegionLayer;
import org.mineeco.zone.RegionPolygon;
import org.mineeco.zone.Zone;
import org.mineeco.zone.ZoneInputs;

/**
 * Checks the spec against its layers ({@link SpecCheck}), then reads the zone and region layers it
 * names. Every feature is accounted for ({@link FeatureAccount}: used, repaired, filtered or
 * rejected); repaired and rejected ones are also listed in the notes.
 */
final class ZoneLoader {
  private final AnalysisSpec spec;
  private final Function<LayerRef, LoadedLayer> layers;
  private final List<Bilingual> notes = new ArrayList<>();
  private final List<FeatureAccount> accounts = new ArrayList<>();

  private ZoneLoader(AnalysisSpec spec, Function<LayerRef, LoadedLayer> layers) {
    this.spec = spec;
    this.layers = layers;
  }

  /**
   * Reads each zone and region file once, in parallel, into memory; checks the spec against them;
   * then builds the zones and regions in parallel (one loader each, notes kept in spec order).
   */
  static ZoneStack load(AnalysisSpec spec) {
    List<LayerRef> sources = new ArrayList<>();
    spec.zones().forEach(zone -> sources.add(zone.source()));
    if (spec.regions() != null) {
      sources.add(spec.regions().source());
    }
    Map<LayerRef, LoadedLayer> loaded =
        sources.stream().map(ZoneLoader::unfiltered).distinct().toList().parallelStream()
            .collect(
                Collectors.toConcurrentMap(
                    file -> file, file -> LoadedLayer.of(file.open(spec.crs()))));
    Function<LayerRef, LoadedLayer> layers = source -> loaded.get(unfiltered(source));
    SpecCheck.againstData(spec, source -> layers.apply(source).reader());
    int count = spec.zones().size();
    List<ZoneLoader> loaders =
        IntStream.rangeClosed(0, count).mapToObj(i -> new ZoneLoader(spec, layers)).toList();
    List<Object> built =
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
    List<Zone> zones = built.subList(0, count).stream().map(Zone.class::cast).toList();
    List<Bilingual> notes = loaders.stream().flatMap(l -> l.notes.stream()).toList();
    List<FeatureAccount> accounts = loaders.stream().flatMap(l -> l.accounts.stream()).toList();
    return new ZoneStack(zones, (RegionLayer) built.get(count), notes, accounts);
  }

  /** Checks, converts and repairs the layer's features in parallel, then takes them in order. */
  private Zone zone(ZoneSpec zone) {
    LoadedLayer layer = layers.apply(zone.source());
    List<ZoneInputs.Prepared> prepared =
        layer.features().parallelStream().map(f -> prepare(zone, f, layer.crs())).toList();
    List<Geometry> geometries = new ArrayList<>();
    for (ZoneInputs.Prepared p : prepared) {
      account(p.account());
      if (p.lonLat() != null) {
        geometries.add(p.lonLat());
      }
    }
    // Converted, checked and repaired by ZoneInputs, repairs accounted: the zones take them as
    // they are, where their of(...) methods would check every geometry again.
    return switch (zone.type()) {
      case CORRIDOR -> new Corridor(zone.name(), geometries, zone.bandEdges(), List.of());
      case POLYGONS -> new PolygonZone(zone.name(), geometries, List.of());
      case BUFFER -> new BufferZone(zone.name(), geometries, zone.distance(), List.of());
    };
  }

  private static ZoneInputs.Prepared prepare(ZoneSpec zone, Feature feature, Crs crs) {
    if (!zone.source().accepts(feature)) {
      return new ZoneInputs.Prepared(
          null, ZoneInputs.filtered(zone.name(), feature, "where " + zone.source().where()));
    }
    return switch (zone.type()) {
      case CORRIDOR -> ZoneInputs.lines(zone.name(), feature, crs);
      case POLYGONS -> ZoneInputs.polygons(zone.name(), null, feature, crs);
      case BUFFER -> ZoneInputs.any(zone.name(), feature, crs);
    };
  }

  private RegionLayer regions(RegionSpec regionSpec) {
    List<RegionPolygon> regions = new ArrayList<>();
    try (FeatureReader reader = layers.apply(regionSpec.source()).reader()) {
      while (reader.hasNext()) {
        Feature feature = reader.next();
        if (!regionSpec.source().accepts(feature)) {
          account(ZoneInputs.filtered("regions", feature, "where " + regionSpec.source().where()));
          continue;
        }
        String id = feature.getString(regionSpec.idField());
        if (id == null) {
          account(
              ZoneInputs.rejected(
                  "regions", null, feature, "no " + regionSpec.idField() + " value"));
          continue;
        }
        ZoneInputs.Prepared prepared = ZoneInputs.polygons("regions", id, feature, reader.crs());
        account(prepared.account());
        if (prepared.lonLat() != null) {
          String name = feature.getString(regionSpec.nameField());
          regions.add(new RegionPolygon(id, name == null ? id : name, prepared.lonLat()));
        }
      }
    }
    return RegionLayer.of(regions, Crs.CGCS2000);
  }

  private void account(FeatureAccount account) {
    accounts.add(account);
    switch (account.status()) {
      case REPAIRED ->
          notes.add(
              Bilingual.format(
                  "%s: feature %s repaired (%s), area change %s",
                  "%s：要素 %s 已修复（%s），面积变化 %s",
                  account.layer(),
                  account.feature(),
                  account.reason(),
                  account.change()));
      case REJECTED ->
          notes.add(
              Bilingual.format(
                  "%s: feature %s left out: %s",
                  "%s：要素 %s 未纳入：%s", account.layer(), account.feature(), account.reason()));
      case OK, FILTERED -> {}
    }
  }

  /** The layer without its filter: zones filtering one file or table differently share it. */
  private static LayerRef unfiltered(LayerRef source) {
    return new LayerRef(source.path(), source.layer(), Map.of(), source.table());
  }

  /**
   * The zones and regions of a spec, what was left out or repaired while reading them, and what
   * became of every zone and region feature.
   */
  record ZoneStack(
      List<Zone> zones,
      RegionLayer regions,
      List<Bilingual> notes,
      List<FeatureAccount> accounts) {}
}
