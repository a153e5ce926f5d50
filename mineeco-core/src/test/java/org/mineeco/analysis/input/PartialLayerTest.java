package org.mineeco.analysis.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineeco.analysis.AnalysisJob;
import org.mineeco.analysis.input.ZoneLoader.ZoneStack;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;
import org.mineeco.io.FieldType;
import org.mineeco.io.Layers;
import org.mineeco.io.WriteOptions;
import org.mineeco.model.MinePatch;
import org.mineeco.overlay.OverlayEngine;
import org.mineeco.overlay.OverlayOptions;
import org.mineeco.overlay.PatchOverlay;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.SmallSpec;
import org.mineeco.zone.FeatureAccount;
import org.mineeco.zone.FeatureAccount.Status;

/**
 * A large GeoPackage zone layer is read through its R-tree only near the patches (whose footprint
 * comes from their own Gauss-Kruger GeoPackage's R-tree): the overlay is the same as with the whole
 * layer, and every feature is accounted for, the unread ones in runs with their count.
 */
class PartialLayerTest {
  @TempDir Path dir;

  private static final GeometryFactory GF = new GeometryFactory();

  /**
   * Parcels of 0.002° on a grid: a block round the small spec's patches (every one under a patch or
   * near it), then blocks far away, then a parcel without a geometry.
   */
  private void writeFarmland(Path file) {
    List<Field> fields = List.of(new Field("DKBH", FieldType.STRING));
    try (FeatureWriter w =
        Layers.create(file, new WriteOptions(Crs.CGCS2000, "farmland", fields))) {
      long i = 0;
      double[][] blocks = {{116.0, 28.0}, {117.24, 29.98}, {119.0, 31.0}, {117.33, 30.05}};
      for (double[] b : blocks) {
        for (int k = 0; k < 400; k++) {
          double x = b[0] + (k % 20) * 0.002;
          double y = b[1] + (k / 20) * 0.002;
          Coordinate[] ring = {
            new Coordinate(x, y),
            new Coordinate(x + 0.0019, y),
            new Coordinate(x + 0.0019, y + 0.0019),
            new Coordinate(x, y + 0.0019),
            new Coordinate(x, y)
          };
          w.write(new Feature(i++, GF.createPolygon(ring), Map.of("DKBH", "F" + i)));
        }
      }
      w.write(new Feature(i, null, Map.of("DKBH", "no geometry")));
      w.commit();
    }
  }

  @Test
  void largeIndexedLayersAreReadNearThePatchesOnly() throws IOException {
    Path spec = SmallSpec.write(dir);
    writeFarmland(dir.resolve("farmland.gpkg"));
    Files.writeString(
        spec,
        Files.readString(spec)
            .replace(
                "regions:", "  - {name: farmland, type: polygons, path: farmland.gpkg}\nregions:"));
    AnalysisSpec analysis = AnalysisSpec.load(spec);
    ZoneStack whole = ZoneLoader.load(analysis, Long.MAX_VALUE);
    ZoneStack part = ZoneLoader.load(analysis, 1000);

    List<FeatureAccount> read = farmland(whole);
    assertEquals(1601, read.size());
    List<FeatureAccount> accounts = farmland(part);
    long counted = 0;
    long ok = 0;
    long next = 0;
    Pattern run = Pattern.compile("features? (\\d+)(?:-(\\d+))? \\((\\d+)\\): no patch within 0 m");
    for (FeatureAccount a : accounts) {
      assertEquals(next, a.feature(), "accounts in the order of the features");
      if (a.status() == Status.FAR) {
        Matcher m = run.matcher(a.reason());
        assertTrue(m.lookingAt(), a.reason());
        long n = Long.parseLong(m.group(3));
        counted += n;
        next += n;
      } else {
        assertEquals(read.get((int) a.feature()), a, "as when the whole layer is read");
        counted++;
        ok += a.status() == Status.OK ? 1 : 0;
        next++;
      }
    }
    assertEquals(1601, counted, "every feature accounted for");
    assertTrue(ok > 0 && ok <= 800, ok + " parcels read near the patches");
    assertTrue(counted - ok - 1 >= 800, "the far blocks are not read");
    assertEquals(Status.REJECTED, accounts.get(accounts.size() - 1).status(), "no geometry");

    List<MinePatch> patches = new ArrayList<>();
    try (var stream =
        org.mineeco.ingest.PatchIngest.open(
            analysis.patches().path(), AnalysisJob.ingestOptions(analysis))) {
      stream.forEachRemaining(
          o -> {
            if (o.patch() != null) {
              patches.add(o.patch());
            }
          });
    }
    assertEquals(3, patches.size());
    Crs crs = Crs.epsg(4527);
    int inFarmland = 0;
    for (MinePatch p : patches) {
      PatchOverlay a = engine(whole, crs).analyze(p);
      PatchOverlay b = engine(part, crs).analyze(p);
      assertEquals(a, b, "patch " + p.id());
      inFarmland +=
          a.zones().stream().anyMatch(z -> z.zone().equals("farmland") && z.inZone()) ? 1 : 0;
    }
    assertEquals(2, inFarmland, "P-RED and P-RIVER lie on parcels");
  }

  private static OverlayEngine engine(ZoneStack stack, Crs crs) {
    return OverlayEngine.create(stack.zones(), stack.regions(), OverlayOptions.of(crs));
  }

  private static List<FeatureAccount> farmland(ZoneStack stack) {
    return stack.accounts().stream().filter(a -> a.layer().equals("farmland")).toList();
  }
}
