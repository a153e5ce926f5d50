package org.mineeco.analysis.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;
import org.mineeco.io.Layers;
import org.mineeco.io.LoadedLayer;
import org.mineeco.io.PartialReader;
import org.mineeco.io.ReadOptions;
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
 * names. Every feature is accounted for ({@link FeatureAccount}: used, repaired, filtered, rejected
 * or, in a large layer read through its spatial index, not read because it lies beyond the reach of
 * every zone of its layer from every patch); repaired and rejected ones are also listed in the
 * notes.
 */
public final class ZoneLoader {
  /**
   * A layer file with a spatial index (a GeoPackage table's R-tree) and at least this many features
   * is read only near the patches ({@link PatchFootprint}): within the farthest band or buffer of
   * the zones taking it (0 for polygons and regions; a corridor, whose distances are measured
   * however far, reads its layer whole). Smaller layers are read whole, so that every feature's
   * repairs and area are reported.
   */
  static final long PARTIAL_FEATURES = 1_000_000;

  private final AnalysisSpec spec;
  private final Function<LayerRef, Loaded> layers;
  private final List<Bilingual> notes = new ArrayList<>();
  private final List<FeatureAccount> accounts = new ArrayList<>();

  private ZoneLoader(AnalysisSpec spec, Function<LayerRef, Loaded> layers) {
    this.spec = spec;
    this.layers = layers;
  }

  /**
   * A layer file read into memory: whole, or the features near the patches and the rest skipped.
   */
  private record Loaded(LoadedLayer layer, List<long[]> skipped, double reach) {}

  /**
   * Reads each zone and region file once, in parallel, into memory; checks the spec against them;
   * then builds the zones and regions in parallel (one loader each, notes kept in spec order).
   */
  public static ZoneStack load(AnalysisSpec spec) {
    return load(spec, PARTIAL_FEATURES);
  }

  /** As {@link #load(AnalysisSpec)}, reading layers of {@code partialFeatures} or more in part. */
  static ZoneStack load(AnalysisSpec spec, long partialFeatures) {
    List<LayerRef> sources = new ArrayList<>();
    spec.zones().forEach(zone -> sources.add(zone.source()));
    if (spec.regions() != null) {
      sources.add(spec.regions().source());
    }
    Map<LayerRef, Double> reach = new HashMap<>();
    for (ZoneSpec zone : spec.zones()) {
      reach.merge(unfiltered(zone.source()), reach(zone), Math::max);
    }
    if (spec.regions() != null) {
      reach.merge(unfiltered(spec.regions().source()), 0.0, Math::max);
    }
    Supplier<PatchFootprint> footprint = memo(() -> PatchFootprint.of(spec.patches(), spec.crs()));
    Map<LayerRef, Loaded> loaded =
        sources.stream().map(ZoneLoader::unfiltered).distinct().toList().parallelStream()
            .collect(
                Collectors.toConcurrentMap(
                    file -> file,
                    file -> read(spec, file, reach.get(file), partialFeatures, footprint)));
    Function<LayerRef, Loaded> layers = source -> loaded.get(unfiltered(source));
    SpecCheck.againstData(spec, source -> layers.apply(source).layer().reader());
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

  /** The file whole, or its part near the patches when it is large and indexed. */
  private static Loaded read(
      AnalysisSpec spec,
      LayerRef file,
      double reach,
      long partialFeatures,
      Supplier<PatchFootprint> footprint) {
    if (file.isFile() && Double.isFinite(reach)) {
      Optional<PartialReader> partial =
          Layers.openPartial(
              file.path(),
              new ReadOptions(spec.crs(), file.layer(), null),
              partialFeatures,
              () -> footprint.get().within(reach));
      if (partial.isPresent()) {
        LoadedLayer layer = LoadedLayer.of(partial.get());
        return new Loaded(layer, partial.get().skipped(), reach);
      }
    }
    return new Loaded(LoadedLayer.of(file.open(spec.crs())), List.of(), reach);
  }

  /** How far from a patch a zone's features matter, metres: ∞ for a corridor's distances. */
  private static double reach(ZoneSpec zone) {
    return switch (zone.type()) {
      case CORRIDOR -> Double.POSITIVE_INFINITY;
      case POLYGONS -> 0;
      case BUFFER -> zone.distance().metres();
    };
  }

  /** {@code make}'s value, made once, by the first thread asking. */
  private static <T> Supplier<T> memo(Supplier<T> make) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = make.get();
        }
        return value;
      }
    };
  }

  /** Checks, converts and repairs the layer's features in parallel, then takes them in order. */
  private Zone zone(ZoneSpec zone) {
    Loaded loaded = layers.apply(zone.source());
    LoadedLayer layer = loaded.layer();
    List<ZoneInputs.Prepared> prepared =
        layer.features().parallelStream().map(f -> prepare(zone, f, layer.crs())).toList();
    List<Geometry> geometries = new ArrayList<>();
    Skipped skipped = new Skipped(zone.name(), loaded);
    for (ZoneInputs.Prepared p : prepared) {
      skipped.accountBefore(p.account().feature());
      account(p.account());
      if (p.lonLat() != null) {
        geometries.add(p.lonLat());
      }
    }
    skipped.accountBefore(Long.MAX_VALUE);
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
    Loaded loaded = layers.apply(regionSpec.source());
    Skipped skipped = new Skipped("regions", loaded);
    try (FeatureReader reader = loaded.layer().reader()) {
      while (reader.hasNext()) {
        Feature feature = reader.next();
        skipped.accountBefore(feature.index());
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
    skipped.accountBefore(Long.MAX_VALUE);
    return RegionLayer.of(regions, Crs.CGCS2000);
  }

  /** The runs of a layer's features not read, accounted for in their place among the others. */
  private final class Skipped {
    private final String layer;
    private final double reach;
    private final Iterator<long[]> runs;
    private long[] run;

    Skipped(String layer, Loaded loaded) {
      this.layer = layer;
      this.reach = loaded.reach();
      this.runs = loaded.skipped().iterator();
      this.run = runs.hasNext() ? runs.next() : null;
    }

    /** Accounts for the runs that start before feature {@code index}. */
    void accountBefore(long index) {
      while (run != null && run[0] < index) {
        account(ZoneInputs.far(layer, run[0], run[1], reach));
        run = runs.hasNext() ? runs.next() : null;
      }
    }
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
      case OK, FILTERED, FAR -> {}
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
  public record ZoneStack(
      List<Zone> zones,
      RegionLayer regions,
      List<Bilingual> notes,
      List<FeatureAccount> accounts) {}
}
