package org.mineeco.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBReader;

/**
 * Fuzzes the WKB geometries of database rows, as the PostGIS reader reads them (plain WKB) and as
 * the GeoPackage reader does (a GeoPackage geometry blob: header, envelope, WKB). Each input is
 * both. A row gets a geometry or none with the reason; anything thrown is a finding.
 */
class WkbReaderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void readsOrExplains(byte[] data) {
    check(TableRows.feature(0, Map.of(), data, new WKBReader()));
    check(TableRows.fromGeoPackageBlob(0, Map.of(), data, new WKBReader()));
  }

  private static void check(Feature feature) {
    Geometry g = feature.geometry();
    if (g != null) {
      g.getEnvelopeInternal();
      g.getArea();
    } else if (feature.geometryIssue() != null && feature.geometryIssue().isBlank()) {
      throw new AssertionError("no geometry and a blank reason");
    }
  }
}
