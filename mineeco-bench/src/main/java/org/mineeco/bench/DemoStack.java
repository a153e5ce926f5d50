package org.mineeco.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.analysis.AnalysisJob;
import org.mineeco.crs.Crs;
import org.mineeco.demo.DemoData;
import org.mineeco.demo.DemoOptions;
import org.mineeco.ingest.PatchIngest;
import org.mineeco.ingest.PatchOutcome;
import org.mineeco.ingest.PatchStream;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;
import org.mineeco.io.Layers;
import org.mineeco.io.ReadOptions;
import org.mineeco.model.MinePatch;
import org.mineeco.overlay.OverlayEngine;
import org.mineeco.overlay.OverlayOptions;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.LayerRef;
import org.mineeco.spec.ZoneSpec;
import org.mineeco.zone.BufferZone;
import org.mineeco.zone.Corridor;
import org.mineeco.zone.PolygonZone;
import org.mineeco.zone.RegionLayer;
import org.mineeco.zone.RegionPolygon;
import org.mineeco.zone.Zone;

/**
 * A generated demo province ({@link DemoData}, CGCS2000 lon/lat EPSG:4490) in a temporary folder
 * with the demo spec ({@code data/demo/analysis.yaml}, or the file named by the system property
 * {@code mineeco.demoSpec}) beside it, and its zone stack, regions and accepted patches in memory.
 * Ellipsoidal areas and ground distances as {@link OverlayEngine} computes them. Not thread-safe.
 */
final class DemoStack implements AutoCloseable {
  private static final Path SPEC =
      Path.of(System.getProperty("mineeco.demoSpec", "data/demo/analysis.yaml"));

  final Path folder;
  final AnalysisSpec spec;
  final List<Zone> zones = new ArrayList<>();
  final RegionLayer regions;
  final List<MinePatch> patches = new ArrayList<>();
  final Crs patchCrs;

  private DemoStack(Path folder) {
    this.folder = folder;
    this.spec = AnalysisSpec.load(folder.resolve("analysis.yaml"));
    for (ZoneSpec zone : spec.zones()) {
      zones.add(zone(zone));
    }
    regions = regions();
    try (PatchStream stream =
        PatchIngest.open(spec.patches().path(), AnalysisJob.ingestOptions(spec))) {
      stream.forEachRemaining(this::accept);
      patchCrs = stream.crs();
    }
  }

  /**
   * Generates the demo province with {@code patchCount} patches and loads it; with {@code dense},
   * its rivers and county outlines as detailed as real ones ({@link DenseProvince}).
   */
  static DemoStack generate(int patchCount, boolean dense) {
    try {
      Path folder = Files.createTempDirectory("mineeco-bench-");
      DemoData.generate(DemoOptions.DEMO.withPatches(patchCount), folder);
      if (dense) {
        DenseProvince.rewrite(folder);
      }
      Files.copy(SPEC, folder.resolve("analysis.yaml"));
      return new DemoStack(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new engine over the stack on {@code threads} threads, so its distance cells start empty. */
  OverlayEngine engine(int threads) {
    return OverlayEngine.create(
        zones, regions, OverlayOptions.builder(patchCrs).threads(threads).build());
  }

  /** The features of a layer file that have a geometry. */
  static List<Feature> features(Path file) {
    List<Feature> features = new ArrayList<>();
    try (FeatureReader reader = Layers.open(file, ReadOptions.DEFAULTS)) {
      reader.forEachRemaining(
          f -> {
            if (f.geometry() != null) {
              features.add(f);
            }
          });
    }
    return features;
  }

  private void accept(PatchOutcome outcome) {
    if (outcome.patch() != null) {
      patches.add(outcome.patch());
    }
  }

  private Zone zone(ZoneSpec zone) {
    LayerRef source = zone.source();
    List<Geometry> geometries = new ArrayList<>();
    Crs crs = read(source, f -> geometries.add(f.geometry()));
    return switch (zone.type()) {
      case CORRIDOR -> Corridor.of(zone.name(), geometries, crs, zone.bandEdges());
      case POLYGONS -> PolygonZone.of(zone.name(), geometries, crs);
      case BUFFER -> BufferZone.of(zone.name(), geometries, crs, zone.distance());
    };
  }

  private RegionLayer regions() {
    List<RegionPolygon> list = new ArrayList<>();
    String id = spec.regions().idField();
    String name = spec.regions().nameField();
    Crs crs =
        read(
            spec.regions().source(),
            f -> list.add(new RegionPolygon(f.getString(id), f.getString(name), f.geometry())));
    return RegionLayer.of(list, crs);
  }

  private Crs read(LayerRef source, Consumer<Feature> sink) {
    try (FeatureReader reader =
        Layers.open(source.path(), new ReadOptions(spec.crs(), source.layer(), null))) {
      reader.forEachRemaining(
          f -> {
            if (source.accepts(f) && f.geometry() != null) {
              sink.accept(f);
            }
          });
      return reader.crs();
    }
  }

  @Override
  public void close() {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
