package org.mineeco.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

class TableRowsTest {
  @Test
  void valuesAsFeaturesHoldThem() throws Exception {
    assertNull(TableRows.value(null, v -> "other"));
    assertEquals("text", TableRows.value("text", v -> "other"));
    assertEquals(Boolean.TRUE, TableRows.value(true, v -> "other"));
    assertEquals(7L, TableRows.value(7, v -> "other"));
    assertEquals(7L, TableRows.value((short) 7, v -> "other"));
    assertEquals(7L, TableRows.value((byte) 7, v -> "other"));
    assertEquals(7L, TableRows.value(7L, v -> "other"));
    assertEquals(0.5, TableRows.value(0.5f, v -> "other"));
    assertEquals(2.25, TableRows.value(new BigDecimal("2.25"), v -> "other"));
    LocalDate day = LocalDate.of(2024, 6, 1);
    assertEquals("2024-06-01 as other", TableRows.value(day, v -> v + " as other"));
  }

  @Test
  void geometryFromWkbOrAReason() throws Exception {
    Map<String, Object> properties = Map.of("KSBH", "K1");
    WKBReader reader = new WKBReader();
    Geometry square = new WKTReader().read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))");
    Feature read = TableRows.feature(3, properties, new WKBWriter().write(square), reader);
    assertEquals(square, read.geometry());
    assertEquals(3, read.index());
    assertEquals("K1", read.get("KSBH"));
    assertNull(TableRows.feature(4, properties, null, reader).geometry());
    Feature bad = TableRows.feature(5, properties, new byte[] {1, 3, 0}, reader);
    assertNull(bad.geometry());
    assertEquals(true, bad.geometryIssue().startsWith("geometry WKB cannot be read: "));
  }
}
