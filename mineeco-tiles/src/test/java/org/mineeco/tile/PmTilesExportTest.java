package org.mineeco.tile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tileverse.pmtiles.PMTilesHeader;
import io.tileverse.pmtiles.PMTilesReader;
import io.tileverse.tiling.pyramid.TileIndex;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineeco.io.Feature;

class PmTilesExportTest {
  private static final int MAX_ZOOM = 8;

  @TempDir Path dir;

  static TileSource demo() {
    Random random = new Random(11);
    List<Feature> patches = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      patches.add(
          Mvt.square(
              i,
              118 + 6 * random.nextDouble(),
              28 + 4 * random.nextDouble(),
              0.003,
              Map.of("id", "P" + i, "priority", (long) i)));
    }
    Feature region = Mvt.square(0, 121, 30, 3, Map.of("name", "province"));
    Coordinate[] river = new Coordinate[50];
    for (int i = 0; i < river.length; i++) {
      river[i] = new Coordinate(118 + 0.12 * i, 29 + 0.3 * Math.sin(i / 5.0));
    }
    Feature rivers =
        new Feature(0, new GeometryFactory().createLineString(river), Map.of("name", "main"));
    return TileSource.of(
        List.of(
            new TileLayer("regions", List.of(region), 0, 12),
            new TileLayer("rivers", List.of(rivers), 0, 12),
            new TileLayer("patches", patches, 5, 12)));
  }

  @Test
  void tileverseReadsBackEveryTileAndTheLayers() throws Exception {
    TileSource source = demo();
    Path out = dir.resolve("demo.pmtiles");
    ExportResult result = PmTilesExport.write(source, out, new ExportOptions(0, MAX_ZOOM));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(out), files.toList(), "no temporary file left");
    }
    try (PMTilesReader reader = new PMTilesReader(out)) {
      PMTilesHeader h = reader.getHeader();
      assertEquals(0, h.minZoom());
      assertEquals(MAX_ZOOM, h.maxZoom());
      assertEquals(PMTilesHeader.COMPRESSION_GZIP, h.tileCompression());
      assertEquals(PMTilesHeader.COMPRESSION_GZIP, h.internalCompression());
      assertEquals(PMTilesHeader.TILETYPE_MVT, h.tileType());
      assertEquals(118, h.minLon(), 1e-6);
      assertEquals(27, h.minLat(), 1e-6);
      assertEquals(33, h.maxLat(), 1e-6);
      assertEquals(5, h.centerZoom(), "6 degrees of lon/lat fit one tile at zoom 5");
      assertEquals(source.centerZoom(), h.centerZoom());
      long nonEmpty = 0;
      for (int z = 0; z <= MAX_ZOOM; z++) {
        for (int x = 0; x < 1 << z; x++) {
          for (int y = 0; y < 1 << z; y++) {
            TileId id = new TileId(z, x, y);
            byte[] expected = source.tile(VectorTiles.ALL, id);
            Optional<ByteBuffer> got = reader.getTile(TileIndex.zxy(z, x, y));
            assertEquals(
                Hilbert.tileId(id), reader.getTileId(TileIndex.zxy(z, x, y)), "tile id " + id);
            if (expected.length == 0) {
              assertTrue(got.isEmpty(), "tile " + id + " should be absent");
            } else {
              nonEmpty++;
              assertArrayEquals(expected, bytes(got.orElseThrow()), "tile " + id);
            }
          }
        }
      }
      assertEquals(nonEmpty, h.addressedTilesCount());
      assertEquals(nonEmpty, result.addressedTiles());
      assertTrue(
          h.tileContentsCount() < h.addressedTilesCount(),
          "identical region interiors stored once");
      assertTrue(
          h.tileEntriesCount() < h.addressedTilesCount(), "runs of identical tiles share an entry");
      assertEquals(
          List.of("regions", "rivers", "patches"),
          reader.getMetadata().vectorLayers().stream().map(l -> l.id()).toList());
    }
  }

  /**
   * The metadata's own members come first, then the caller's in its order; a layer's zoom range is
   * cut to the export's.
   */
  @Test
  void metadataHasItsMembersThenTheCallersInOrder() throws Exception {
    Path out = dir.resolve("metadata.pmtiles");
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("zeta", List.of(1, 2));
    extra.put("alpha", Map.of("k", "v"));
    PmTilesExport.write(demo(), out, new ExportOptions(0, 6), extra, ExportProgress.NONE);
    try (PmTilesArchive archive = PmTilesArchive.open(out)) {
      Map<String, Object> metadata = archive.metadata();
      assertEquals(
          List.of("name", "format", "type", "vector_layers", "zeta", "alpha"),
          List.copyOf(metadata.keySet()));
      assertEquals(
          List.of("mineeco", "pbf", "overlay"),
          List.of(metadata.get("name"), metadata.get("format"), metadata.get("type")));
      List<?> layers = (List<?>) metadata.get("vector_layers");
      Map<?, ?> patches = (Map<?, ?>) layers.get(2);
      assertEquals(List.of("id", "fields", "minzoom", "maxzoom"), List.copyOf(patches.keySet()));
      assertEquals(
          List.of("patches", 5, 6),
          List.of(patches.get("id"), patches.get("minzoom"), patches.get("maxzoom")));
      assertEquals(Set.of("id", "priority"), ((Map<?, ?>) patches.get("fields")).keySet());
      assertEquals(List.of(1, 2), metadata.get("zeta"));
    }
  }

  /** Zooms below the patches' leave them out of the archive, which still opens. */
  @Test
  void aLayerWithNoTileInTheZoomsIsLeftOut() throws Exception {
    Path out = dir.resolve("low.pmtiles");
    PmTilesExport.write(demo(), out, new ExportOptions(0, 4));
    try (PmTilesArchive archive = PmTilesArchive.open(out)) {
      assertEquals(
          List.of("regions", "rivers"), archive.layers().stream().map(LayerInfo::name).toList());
      assertEquals(4, archive.layer("rivers").orElseThrow().maxZoom());
    }
  }

  @Test
  void leafDirectoriesWhenTheRootWouldBeTooLarge() throws Exception {
    TileSource source = demo();
    Path out = dir.resolve("leaves.pmtiles");
    ExportResult result =
        PmTilesExport.write(
            source, out, new ExportOptions(0, MAX_ZOOM), Map.of(), ExportProgress.NONE, 40, 8);
    assertTrue(result.leafDirectories() > 1, "leaf directories: " + result.leafDirectories());
    try (PMTilesReader reader = new PMTilesReader(out);
        PmTilesArchive archive = PmTilesArchive.open(out)) {
      assertTrue(reader.getHeader().leafDirsBytes() > 0);
      for (int z = 0; z <= MAX_ZOOM; z++) {
        for (int x = 0; x < 1 << z; x++) {
          for (int y = 0; y < 1 << z; y++) {
            byte[] expected = source.tile(VectorTiles.ALL, new TileId(z, x, y));
            Optional<ByteBuffer> got = reader.getTile(TileIndex.zxy(z, x, y));
            assertEquals(expected.length > 0, got.isPresent(), "tile " + z + "/" + x + "/" + y);
            got.ifPresent(b -> assertArrayEquals(expected, bytes(b)));
            assertArrayEquals(expected, archive.tile(VectorTiles.ALL, new TileId(z, x, y)));
          }
        }
      }
    }
  }

  @Test
  void archiveServesLayersLikeTheSource() throws Exception {
    TileSource source = demo();
    Path out = dir.resolve("a.pmtiles");
    PmTilesExport.write(source, out, new ExportOptions(0, MAX_ZOOM));
    try (PmTilesArchive archive = PmTilesArchive.open(out)) {
      assertEquals(
          source.layers().stream().map(LayerInfo::name).toList(),
          archive.layers().stream().map(LayerInfo::name).toList());
      assertEquals(source.layers().get(2).fields(), archive.layers().get(2).fields());
      assertEquals(5, archive.layer("patches").orElseThrow().minZoom());
      assertEquals(MAX_ZOOM, archive.layer("patches").orElseThrow().maxZoom());
      int z = 7;
      TileId id = new TileId(z, (int) Mvt.tileX(121, z), (int) Mvt.tileY(29, z));
      for (String layer : List.of("regions", "rivers", "patches")) {
        assertEquals(
            Mvt.decode(source.tile(layer, id)).toString(),
            Mvt.decode(archive.tile(layer, id)).toString(),
            layer);
      }
      assertEquals(0, archive.tile("patches", new TileId(7, 0, 0)).length);
    }
  }

  @Test
  void notAnArchiveIsRejectedNamingTheFile() throws Exception {
    Path bogus = dir.resolve("bogus.pmtiles");
    Files.write(bogus, new byte[200]);
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> PmTilesArchive.open(bogus));
    assertTrue(e.getMessage().contains("bogus.pmtiles"), e.getMessage());
  }

  private static byte[] bytes(ByteBuffer b) {
    byte[] out = new byte[b.remaining()];
    b.duplicate().get(out);
    return out;
  }
}
