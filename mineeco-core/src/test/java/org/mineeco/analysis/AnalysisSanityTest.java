package org.mineeco.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.io.BadInputException;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.SpecException;

/**
 * Runs that would complete but cannot be right fail loudly (issue 22): lon/lat patches or zones
 * declared as Web Mercator, every area below 1 m², regions holding none of the patches.
 */
class AnalysisSanityTest {
  @TempDir Path dir;

  /** A square of {@code side} degrees at lon, lat as a GeoJSON feature with id {@code id}. */
  private static String square(String id, double lon, double lat, double side) {
    return String.format(
        Locale.ROOT,
        "{\"type\":\"Feature\",\"properties\":{\"TBBH\":\"%s\",\"XZQDM\":\"%s\",\"NAME\":\"n\"},"
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],"
            + "[%s,%s],[%s,%s]]]}}",
        id,
        id,
        lon,
        lat,
        lon + side,
        lat,
        lon + side,
        lat + side,
        lon,
        lat + side,
        lon,
        lat);
  }

  private Path layer(String name, String crs, String... features) throws IOException {
    return Files.writeString(
        dir.resolve(name),
        "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\""
            + crs
            + "\"}},\"features\":["
            + String.join(",", features)
            + "]}");
  }

  private Path spec(String text) throws IOException {
    return Files.writeString(dir.resolve("spec.yaml"), text);
  }

  private static Analysis run(Path spec) {
    return AnalysisJob.run(AnalysisSpec.load(spec), AnalysisOptions.builder().threads(1).build());
  }

  @Test
  void lonLatPatchesDeclaredWebMercatorAreRefused() throws IOException {
    layer("patches.geojson", "EPSG:3857", square("P1", 114.3, 30.6, 0.01));
    layer("red.geojson", "EPSG:4490", square("R", 114.3, 30.6, 0.1));
    Path spec =
        spec(
            """
            patches: {path: patches.geojson, id: TBBH}
            zones: [{name: red, label: 生态保护红线, type: polygons, path: red.geojson}]
            """);
    SpecException e = assertThrows(SpecException.class, () -> run(spec));
    assertTrue(
        e.getMessage().contains("patches.path: patches.geojson read as EPSG:3857"), e.getMessage());
    assertTrue(e.getMessage().contains("these look like degrees, not metres"), e.getMessage());
  }

  @Test
  void lonLatZonesAndRegionsDeclaredWebMercatorAreRefused() throws IOException {
    layer("patches.geojson", "EPSG:4490", square("P1", 114.3, 30.6, 0.01));
    layer("red.geojson", "EPSG:3857", square("R", 114.3, 30.6, 0.1));
    layer("regions.geojson", "EPSG:4490", square("420101", 114.0, 30.0, 1));
    Path spec =
        spec(
            """
            patches: {path: patches.geojson, id: TBBH}
            zones: [{name: red, label: 生态保护红线, type: polygons, path: red.geojson}]
            regions: {path: regions.geojson, id: XZQDM, name: NAME}
            """);
    SpecException e = assertThrows(SpecException.class, () -> run(spec));
    assertTrue(
        e.getMessage().contains("zones[0].path: red.geojson read as EPSG:3857"), e.getMessage());
    layer("red.geojson", "EPSG:4490", square("R", 114.3, 30.6, 0.1));
    layer("regions.geojson", "EPSG:3857", square("420101", 114.0, 30.0, 1));
    e = assertThrows(SpecException.class, () -> run(spec));
    assertTrue(
        e.getMessage().contains("regions.path: regions.geojson read as EPSG:3857"), e.getMessage());
  }

  /** Patches of a few square millimetres each: no survey maps those; their CRS is wrong. */
  @Test
  void everyAreaBelowASquareMetreFails() throws IOException {
    layer(
        "patches.geojson",
        "EPSG:4490",
        square("P1", 114.3, 30.6, 1e-7),
        square("P2", 114.4, 30.6, 1e-7));
    layer("red.geojson", "EPSG:4490", square("R", 114.3, 30.6, 0.1));
    Path spec =
        spec(
            """
            patches: {path: patches.geojson, id: TBBH}
            zones: [{name: red, label: 生态保护红线, type: polygons, path: red.geojson}]
            """);
    BadInputException e = assertThrows(BadInputException.class, () -> run(spec));
    assertTrue(
        e.getMessage().contains("every one of the 2 analysed patches has an area below 1 m²"),
        e.getMessage());
  }

  /**
   * A patch file overwritten in place while it is read (rows from both versions) fails the run
   * naming it, and leaves nothing in the cache (issue 22: the bytes analysed are the bytes hashed).
   */
  @Test
  void aFileChangedDuringTheRunFailsItAndIsNotCached() throws IOException {
    Path patches =
        layer(
            "patches.geojson",
            "EPSG:4490",
            square("P1", 114.3, 30.6, 0.01),
            square("P2", 114.4, 30.6, 0.01));
    layer("red.geojson", "EPSG:4490", square("R", 114.3, 30.6, 0.1));
    Path spec =
        spec(
            """
            patches: {path: patches.geojson, id: TBBH}
            zones: [{name: red, label: 生态保护红线, type: polygons, path: red.geojson}]
            """);
    Path cache = dir.resolve("cache");
    AnalysisOptions options =
        AnalysisOptions.builder()
            .threads(1)
            .cache(cache)
            .onPatch(
                (patch, overlay) -> {
                  try {
                    Files.writeString(
                        patches, Files.readString(patches).replace("\"P2\"", "\"P3\""));
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                })
            .build();
    BadInputException e =
        assertThrows(
            BadInputException.class, () -> AnalysisJob.run(AnalysisSpec.load(spec), options));
    assertTrue(
        e.getMessage().startsWith(patches + ": changed while it was analysed"), e.getMessage());
    try (var entries = Files.list(cache)) {
      assertEquals(List.of(), entries.toList(), "nothing cached");
    }
    // Unchanged since, the file analyses and is cached.
    assertEquals(2, run(spec).ingest().read());
  }

  @Test
  void regionsHoldingNoPatchFail() throws IOException {
    layer("patches.geojson", "EPSG:4490", square("P1", 114.3, 30.6, 0.01));
    layer("red.geojson", "EPSG:4490", square("R", 114.3, 30.6, 0.1));
    layer("regions.geojson", "EPSG:4490", square("420101", 100.0, 30.0, 1));
    Path spec =
        spec(
            """
            patches: {path: patches.geojson, id: TBBH}
            zones: [{name: red, label: 生态保护红线, type: polygons, path: red.geojson}]
            regions: {path: regions.geojson, id: XZQDM, name: NAME}
            """);
    BadInputException e = assertThrows(BadInputException.class, () -> run(spec));
    assertTrue(
        e.getMessage()
            .startsWith(
                dir.resolve("regions.geojson")
                    + ": none of the 1 analysed patches of patches.geojson lies in any of these"
                    + " regions"),
        e.getMessage());
  }
}
