package org.mineeco.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.tile.ExportOptions;
import org.mineeco.tile.Mvt;
import org.mineeco.tile.PmTilesArchive;
import org.mineeco.tile.PmTilesExport;
import org.mineeco.tile.TileId;
import org.mineeco.tile.TileLayer;
import org.mineeco.tile.TileSource;

class PmTilesServerTest {
  @TempDir Path dir;

  @Test
  void servesTilesFromAnArchive() throws Exception {
    TileSource source =
        TileSource.of(
            List.of(
                new TileLayer(
                    "regions", List.of(Mvt.square(0, 110, 35, 1, Map.of("name", "R"))), 0, 10),
                new TileLayer(
                    "patches",
                    List.of(Mvt.square(0, 110.2, 35.1, 0.01, Map.of("id", "P"))),
                    4,
                    10)));
    Path file = dir.resolve("map.pmtiles");
    PmTilesExport.write(source, file, new ExportOptions(0, 10));
    int z = 9;
    TileId id = new TileId(z, (int) Mvt.tileX(110.2, z), (int) Mvt.tileY(35.1, z));
    try (PmTilesArchive archive = PmTilesArchive.open(file);
        TileServer server = TileServer.create(archive, ServerOptions.DEFAULT.withPort(0)).start()) {
      HttpClient client = HttpClient.newHttpClient();
      for (String layer : List.of("all", "patches", "regions")) {
        HttpResponse<byte[]> r =
            client.send(
                HttpRequest.newBuilder(URI.create(server.url() + layer + "/" + id + ".mvt"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), layer);
        assertArrayEquals(source.tile(layer, id), r.body(), layer);
      }
      HttpResponse<String> outside =
          client.send(
              HttpRequest.newBuilder(URI.create(server.url() + "patches/3/0/0.mvt")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(404, outside.statusCode());
    }
  }
}
