package org.mineeco.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mineeco.ingest.PatchOutcome.Status.ACCEPTED;
import static org.mineeco.ingest.PatchOutcome.Status.REJECTED;
import static org.mineeco.ingest.PatchOutcome.Status.REPAIRED;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.crs.Crs;
import org.mineeco.io.BadInputException;
import org.mineeco.model.DamageType;
import org.mineeco.model.MineStatus;

/** Ingest of a GeoJSON file through {@link PatchIngest#open(Path, IngestOptions)}. */
class PatchIngestFileTest {
  private static final String SQUARE =
      "[[[116.0,30.0],[116.01,30.0],[116.01,30.01],[116.0,30.01],[116.0,30.0]]]";

  private static String feature(String properties, String geometry) {
    return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
  }

  @Test
  void everyFeatureOfAFileIsAccountedFor(@TempDir Path dir) throws IOException {
    List<String> features =
        List.of(
            feature(
                "{\"TBBH\":\"C2106242009087120030651001\",\"TBDL\":\"10\",\"TBXL\":\"11\","
                    + "\"TBSX\":\"3\",\"KZ\":\"煤\",\"NXFFS\":1,\"ZLND\":2024}",
                "{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}"),
            feature(
                "{\"TBBH\":\"B\"}",
                "{\"type\":\"Polygon\",\"coordinates\":"
                    + "[[[116,30],[116.02,30.02],[116.02,30],[116,30.02],[116,30]]]}"),
            feature(
                "{\"TBBH\":\"C\"}",
                "{\"type\":\"Polygon\",\"coordinates\":"
                    + "[[[116,30],[116.01,30],[116.01,30.01],[116,30.01]]]}"),
            feature("{\"TBBH\":\"D\"}", "{\"type\":\"Point\",\"coordinates\":[116,30]}"),
            feature("{\"TBBH\":\"E\"}", "null"),
            feature(
                "{\"TBBH\":\"F\"}",
                "{\"type\":\"Polygon\",\"coordinates\":"
                    + "[[[196,30],[196.01,30],[196.01,30.01],[196,30]]]}"),
            feature(
                "{\"NAME\":\"no id\"}", "{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}"),
            feature("{\"TBBH\":\"B\"}", "{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}"),
            feature(
                "{\"TBBH\":\"G\"}",
                "{\"type\":\"GeometryCollection\",\"geometries\":["
                    + "{\"type\":\"Polygon\",\"coordinates\":"
                    + SQUARE
                    + "},{\"type\":\"LineString\",\"coordinates\":[[116,30],[117,31]]}]}"));
    Path file = dir.resolve("patches.geojson");
    Files.writeString(
        file,
        "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
            + "{\"name\":\"urn:ogc:def:crs:EPSG::4490\"}},\"features\":["
            + String.join(",\n", features)
            + "]}");

    List<PatchOutcome> outcomes = new ArrayList<>();
    IngestReport report;
    try (PatchStream stream = PatchIngest.open(file, IngestOptions.DEFAULTS)) {
      assertEquals(Crs.CGCS2000, stream.crs());
      stream.forEachRemaining(outcomes::add);
      report = stream.report();
    }

    List<PatchOutcome.Status> expected =
        List.of(
            ACCEPTED, REPAIRED, REPAIRED, REJECTED, REJECTED, REJECTED, REJECTED, REJECTED,
            REPAIRED);
    assertEquals(expected, outcomes.stream().map(PatchOutcome::status).toList());
    for (int i = 0; i < outcomes.size(); i++) {
      assertEquals(i, outcomes.get(i).index());
    }
    assertEquals(file, report.file());
    assertEquals(9, report.read());
    assertEquals(report.read(), report.accepted() + report.repaired() + report.rejected());

    var first = outcomes.get(0).patch().survey();
    assertEquals(MineStatus.LEGACY, first.mineStatus());
    assertEquals(DamageType.COAL_GANGUE, first.damageType());
    assertEquals("210624", first.countyCode());
    assertEquals(2024, first.restorationYear());
    assertTrue(outcomes.get(1).reason().contains("Self-intersection"), outcomes.get(1).reason());
    assertTrue(outcomes.get(2).reason().contains("not closed"), outcomes.get(2).reason());
    assertTrue(outcomes.get(3).reason().contains("Point"), outcomes.get(3).reason());
    assertTrue(outcomes.get(5).reason().contains("196"), outcomes.get(5).reason());
    assertTrue(outcomes.get(6).reason().startsWith("TBBH: "), outcomes.get(6).reason());
    assertTrue(outcomes.get(7).reason().contains("first at feature 1"), outcomes.get(7).reason());
    assertTrue(outcomes.get(8).reason().contains("LineString"), outcomes.get(8).reason());
  }

  @Test
  void aMissingFileIsAnErrorNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("none.geojson");
    BadInputException e =
        assertThrows(
            BadInputException.class, () -> PatchIngest.open(missing, IngestOptions.DEFAULTS));
    assertEquals(missing, e.file());
  }
}
