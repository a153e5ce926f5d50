package org.mineeco.server;

import java.util.List;
import java.util.Map;
import org.mineeco.tile.Mvt;
import org.mineeco.tile.TileLayer;
import org.mineeco.tile.TileSource;

/** A started test server of one layer, {@code patches} (z6-14), holding one small square P1. */
final class OnePatchServer {
  static final double LON = 121.47;
  static final double LAT = 31.23;

  private OnePatchServer() {}

  /** Started on a free port with {@code data}; close it when done. */
  static TileServer start(ReportData data) {
    TileSource tiles =
        TileSource.of(
            List.of(
                new TileLayer(
                    "patches",
                    List.of(Mvt.square(0, LON, LAT, 0.001, Map.of("id", "P1"))),
                    6,
                    14)));
    return TileServer.create(tiles, data, ServerOptions.DEFAULT.withPort(0)).start();
  }

  /** The path of the z12 tile holding P1. */
  static String tilePath() {
    return "/patches/12/" + (int) Mvt.tileX(LON, 12) + "/" + (int) Mvt.tileY(LAT, 12) + ".mvt";
  }
}
