package org.mineeco.overlay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.mineeco.crs.Crs;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.crs.Reprojection;
import org.mineeco.io.IoErrors;
import org.mineeco.model.MinePatch;
import org.mineeco.units.Area;
import org.mineeco.zone.Corridor;
import org.mineeco.zone.PolygonZone;
import org.mineeco.zone.RegionLayer;
import org.mineeco.zone.Zone;

/**
 * Overlays mine patches with zone layers and admin regions. Patch geometries are in {@link
 * OverlayOptions#patchCrs()} and converted to CGCS2000 lon/lat; areas are ellipsoidal on GRS80
 * (GeographicLib), distances metres on the ground. Corridor and buffer bands come from exact
 * distance bounds; only a patch that straddles a band edge is cut, in a plane centred on it (see
 * the README's "What it computes").
 *
 * <p>Patches stream through in batches of {@link OverlayOptions#batchSize()}, each analysed on
 * {@link OverlayOptions#threads()} threads; results come out in input order, and are the same
 * whatever the number of threads. Memory holds the zone layers, the zone pieces projected so far
 * (per cell of {@value BandAnalyzer#CELL_WIDTH}° by {@value BandAnalyzer#CELL_HEIGHT}°, those
 * within reach) and one batch. Thread-safe.
 *
 * <p>Typical use with a reader: {@code engine.analyze(reader.stream().map(f -> MinePatch.of(...))
 * .iterator(), sink)}.
 */
public final class OverlayEngine {
  private final List<Zone> zones;
  private final List<ZoneAnalyzer> analyzers;
  private final RegionAnalyzer regions;
  private final OverlayOptions options;
  private final Reprojection toLonLat;
  private final boolean[] unionable;

  private OverlayEngine(List<Zone> zones, RegionLayer regions, OverlayOptions options) {
    this.zones = List.copyOf(zones);
    this.options = options;
    Map<Zone, BandAnalyzer> bands = BandAnalyzer.of(this.zones);
    this.analyzers =
        this.zones.parallelStream()
            .map(z -> bands.containsKey(z) ? bands.get(z) : polygons(z))
            .toList();
    this.regions = new RegionAnalyzer(regions);
    this.toLonLat = Reprojection.between(options.patchCrs(), Crs.CGCS2000);
    this.unionable = new boolean[this.zones.size()];
    for (int z = 0; z < unionable.length; z++) {
      unionable[z] = !(this.zones.get(z) instanceof Corridor);
    }
  }

  /**
   * An engine for these zones (names unique) and regions ({@link RegionLayer#NONE} for none).
   * Builds the spatial indexes; bands are built as patches need them.
   */
  public static OverlayEngine create(
      List<Zone> zones, RegionLayer regions, OverlayOptions options) {
    Objects.requireNonNull(regions, "region layer (use RegionLayer.NONE for none)");
    Objects.requireNonNull(options, "overlay options");
    Set<String> names = new HashSet<>();
    for (Zone z : zones) {
      if (!names.add(z.name())) {
        throw new IllegalArgumentException("zone names must be unique, '" + z.name() + "' repeats");
      }
    }
    return new OverlayEngine(zones, regions, options);
  }

  public List<Zone> zones() {
    return zones;
  }

  public OverlayOptions options() {
    return options;
  }

  /**
   * The overlay of one patch.
   *
   * @throws IllegalArgumentException naming the patch when its geometry is not polygonal
   */
  public PatchOverlay analyze(MinePatch patch) {
    return analyze(patch, null);
  }

  /**
   * The overlay of one patch whose ellipsoidal area is already known (as {@link
   * org.mineeco.ingest.PatchOutcome#area()} is), so that it is not measured twice.
   *
   * @param area the patch's ellipsoidal area, or {@code null} to measure it
   * @throws IllegalArgumentException naming the patch when its geometry is not polygonal
   */
  public PatchOverlay analyze(MinePatch patch, Area area) {
    LonLatPatch p = lonLat(patch, area);
    List<ZoneOverlay> results = new ArrayList<>(analyzers.size());
    try {
      for (ZoneAnalyzer a : analyzers) {
        results.add(a.analyze(p));
      }
      List<ZoneOverlap> overlaps = ZoneOverlaps.of(p, results, analyzers, unionable);
      return new PatchOverlay(
          patch.index(),
          patch.id(),
          p.area(),
          results,
          regions.analyze(
              p,
              results,
              (piece, zone) -> analyzers.get(zone).analyze(piece),
              (piece, pieceResults) -> ZoneOverlaps.of(piece, pieceResults, analyzers, unionable),
              !overlaps.isEmpty()),
          overlaps);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "overlay of patch "
              + patch.index()
              + " (id "
              + patch.id()
              + ") failed: "
              + IoErrors.reason(e),
          e);
    }
  }

  /** The overlays of {@code patches}, lazily, in input order, one batch at a time. */
  public Iterator<PatchOverlay> analyze(Iterator<MinePatch> patches) {
    return new BatchIterator(patches);
  }

  /** Passes the overlay of every patch to {@code sink}, in input order. */
  public void analyze(Iterator<MinePatch> patches, Consumer<PatchOverlay> sink) {
    analyze(patches).forEachRemaining(sink);
  }

  /**
   * The overlays of {@code patches}, in order, on {@link OverlayOptions#threads()} threads: each
   * thread takes the next patch not yet taken, so that no thread idles while another finishes a
   * long run of patches that straddle band edges.
   *
   * @param areas the patches' ellipsoidal areas when already known (as {@link
   *     org.mineeco.ingest.PatchOutcome#area()} is), in the same order; null to measure them
   * @throws IllegalArgumentException naming the first patch found that is not polygonal
   */
  public List<PatchOverlay> analyze(List<MinePatch> patches, List<Area> areas) {
    if (areas != null && areas.size() != patches.size()) {
      throw new IllegalArgumentException(
          "expected an area for each of the "
              + patches.size()
              + " patches, was "
              + areas.size()
              + " areas");
    }
    PatchOverlay[] out = new PatchOverlay[patches.size()];
    AtomicInteger next = new AtomicInteger();
    Runnable work =
        () -> {
          try {
            for (int i = next.getAndIncrement(); i < out.length; i = next.getAndIncrement()) {
              out[i] = analyze(patches.get(i), areas == null ? null : areas.get(i));
            }
          } catch (RuntimeException e) {
            next.set(out.length);
            throw e;
          }
        };
    int helpers = Math.min(options.threads(), out.length) - 1;
    List<CompletableFuture<Void>> tasks = new ArrayList<>(Math.max(0, helpers));
    for (int t = 0; t < helpers; t++) {
      tasks.add(CompletableFuture.runAsync(work, options.executor()));
    }
    try {
      work.run();
      tasks.forEach(CompletableFuture::join);
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    return Arrays.asList(out);
  }

  private LonLatPatch lonLat(MinePatch patch, Area area) {
    Geometry g = toLonLat.apply(patch.geometry());
    if (!(g instanceof Polygonal) || g.isEmpty()) {
      throw new IllegalArgumentException(
          "patch "
              + patch.index()
              + " (id "
              + patch.id()
              + "): geometry must be a non-empty Polygon or MultiPolygon, was "
              + g.getGeometryType());
    }
    return new LonLatPatch(g, area != null ? area : EllipsoidalArea.ofLonLat(g));
  }

  private static ZoneAnalyzer polygons(Zone zone) {
    return new PolygonZoneAnalyzer((PolygonZone) zone);
  }

  private final class BatchIterator implements Iterator<PatchOverlay> {
    private final Iterator<MinePatch> source;
    private Iterator<PatchOverlay> current = List.<PatchOverlay>of().iterator();

    BatchIterator(Iterator<MinePatch> source) {
      this.source = source;
    }

    @Override
    public boolean hasNext() {
      if (!current.hasNext() && source.hasNext()) {
        List<MinePatch> batch = new ArrayList<>(options.batchSize());
        while (batch.size() < options.batchSize() && source.hasNext()) {
          batch.add(source.next());
        }
        current = analyze(batch, null).iterator();
      }
      return current.hasNext();
    }

    @Override
    public PatchOverlay next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more patches");
      }
      return current.next();
    }
  }
}
