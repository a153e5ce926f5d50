package org.mineeco.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.LayerRef;
import org.mineeco.spec.RegionSpec;
import org.mineeco.spec.SpecCheck;
import org.mineeco.spec.ZoneSpec;
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
  private final List<String> notes = new ArrayList<>();
  private final List<FeatureAccount> accounts = new ArrayList<>();

  private ZoneLoader(AnalysisSpec spec) {
    this.spec = spec;
  }

  /** Reads the layers in parallel (one loader each, notes kept in spec order). */
  static ZoneStack load(AnalysisSpec spec) {
    SpecCheck.againstData(spec);
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
    List<FeatureAccount> accounts = loaders.stream().flatMap(l -> l.accounts.stream()).toList();
    return new ZoneStack(zones, (RegionLayer) layers.get(count), notes, accounts);
  }

  private Zone zone(ZoneSpec zone) {
    List<Geometry> geometries = new ArrayList<>();
    try (FeatureReader reader = open(zone.source())) {
      while (reader.hasNext()) {
        Feature feature = reader.next();
        if (!zone.source().accepts(feature)) {
          account(ZoneInputs.filtered(zone.name(), feature, "where " + zone.source().where()));
          continue;
        }
        ZoneInputs.Prepared prepared =
            switch (zone.type()) {
              case CORRIDOR -> ZoneInputs.lines(zone.name(), feature, reader.crs());
              case POLYGONS -> ZoneInputs.polygons(zone.name(), null, feature, reader.crs());
              case BUFFER -> ZoneInputs.any(zone.name(), feature, reader.crs());
            };
        account(prepared.account());
        if (prepared.lonLat() != null) {
          geometries.add(prepared.lonLat());
        }
      }
    }
    return switch (zone.type()) {
      case CORRIDOR -> Corridor.of(zone.name(), geometries, Crs.CGCS2000, zone.bandEdges());
      case POLYGONS -> PolygonZone.of(zone.name(), geometries, Crs.CGCS2000);
      case BUFFER -> BufferZone.of(zone.name(), geometries, Crs.CGCS2000, zone.distance());
    };
  }

  private RegionLayer regions(RegionSpec regionSpec) {
    List<RegionPolygon> regions = new ArrayList<>();
    try (FeatureReader reader = open(regionSpec.source())) {
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
              account.layer()
                  + ": feature "
                  + account.feature()
                  + " repaired ("
                  + account.reason()
                  + "), area change "
                  + account.change());
      case REJECTED ->
          notes.add(
              account.layer()
                  + ": feature "
                  + account.feature()
                  + " left out: "
                  + account.reason());
      case OK, FILTERED -> {}
    }
  }

  private FeatureReader open(LayerRef source) {
    return source.open(spec.crs());
  }

  /**
   * The zones and regions of a spec, what was left out or repaired while reading them, and what
   * became of every zone and region feature.
   */
  record ZoneStack(
      List<Zone> zones, RegionLayer regions, List<String> notes, List<FeatureAccount> accounts) {}
}
