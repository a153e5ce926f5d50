package org.mineeco.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mineeco.io.GeoJsonReaderTest.wkt;
import static org.mineeco.io.GeoJsonWriterTest.props;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mineeco.crs.Crs;

/** The GeoJSON and CSV parts of {@link Layers}. */
class LayersTest {
  @TempDir Path dir;

  @Test
  void geoJsonWrittenThroughLayersReadsBackThroughLayers() {
    Path file = dir.resolve("patches.json");
    WriteOptions options =
        new WriteOptions(Crs.CGCS2000, "patches", List.of(new Field("KZ", FieldType.STRING)));
    try (FeatureWriter writer = Layers.create(file, options)) {
      assertEquals(file, writer.path());
      writer.write(new Feature(0, wkt("POINT (124.5 40.5)"), props("KZ", "萤石")));
      writer.commit();
    }
    try (FeatureReader reader = Layers.open(file, ReadOptions.DEFAULTS)) {
      assertEquals(file, reader.path());
      assertEquals(Crs.CGCS2000, reader.crs());
      assertEquals(List.of("KZ"), reader.fieldNames());
      List<Feature> features = reader.stream().toList();
      assertEquals(1, features.size());
      assertEquals("萤石", features.get(0).get("kz"));
      assertTrue(wkt("POINT (124.5 40.5)").equalsExact(features.get(0).geometry()));
    }
  }

  @Test
  void csvIsWrittenButNotRead() throws IOException {
    Path file = dir.resolve("out.csv");
    try (FeatureWriter writer =
        Layers.create(file, new WriteOptions(Crs.CGCS2000, "p", List.of()))) {
      writer.write(new Feature(0, wkt("POINT (1 2)"), props()));
      writer.commit();
    }
    assertEquals("\uFEFFgeometry\r\nPOINT (1 2)\r\n", Files.readString(file), "with a BOM");
    BadInputException e =
        assertThrows(BadInputException.class, () -> Layers.open(file, ReadOptions.DEFAULTS));
    assertEquals(file, e.file());
  }

  @ParameterizedTest
  @ValueSource(strings = {"out.csv", "out.geojson", "out.gpkg"})
  void aWriterClosedAfterItsCallerFailedPublishesNothing(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, "previous");
    WriteOptions options = new WriteOptions(Crs.CGCS2000, "p", List.of());
    IllegalStateException failure =
        assertThrows(
            IllegalStateException.class,
            () -> {
              try (FeatureWriter writer = Layers.create(file, options)) {
                writer.write(new Feature(0, wkt("POINT (1 2)"), props()));
                throw new IllegalStateException("the caller failed");
              }
            });
    assertEquals("the caller failed", failure.getMessage());
    assertEquals("previous", Files.readString(file));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList(), "no temporary file left");
    }
  }
}
