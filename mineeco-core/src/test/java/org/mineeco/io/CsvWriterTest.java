package org.mineeco.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mineeco.io.GeoJsonReaderTest.wkt;
import static org.mineeco.io.GeoJsonWriterTest.props;
import static org.mineeco.io.GeoJsonWriterTest.writeAll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.crs.Crs;

class CsvWriterTest {
  private static final List<Field> FIELDS =
      List.of(
          new Field("TBBH", FieldType.STRING),
          new Field("名称", FieldType.STRING),
          new Field("TBDL", FieldType.INTEGER),
          new Field("TBMJ", FieldType.REAL),
          new Field("已治理", FieldType.BOOLEAN));

  @TempDir Path dir;

  /** The records of CSV text through the project dialect; the text must end with CRLF. */
  static List<List<String>> parse(String text) {
    assertTrue(text.endsWith("\r\n"), "the last record ends with CRLF");
    return CsvDialect.read(new java.io.StringReader(text));
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.toList();
    }
  }

  @Test
  void writesQuotedUtf8CellsAndFullPrecisionWkt() throws IOException {
    Geometry polygon =
        wkt(
            "POLYGON ((124.35123456789012 40.112, 124.352 40.112, 124.352 40.113, 124.351"
                + " 0.0000123456789012345, 124.35123456789012 40.112))");
    Geometry projected = wkt("POINT (39512345.123456789 4412345.000001)");
    Path file = dir.resolve("patches.csv");
    writeAll(
        file,
        new WriteOptions(Crs.CGCS2000, "p", FIELDS),
        List.of(
            new Feature(
                0,
                polygon,
                props(
                    "TBBH",
                    "C1",
                    "名称",
                    "丹东\"青山沟\"铁矿, 北坡\r\n第二行",
                    "TBDL",
                    10L,
                    "TBMJ",
                    12345678.0,
                    "已治理",
                    true)),
            new Feature(1, null, props("TBBH", "C2", "TBMJ", 0.1, "TBDL", 20.0, "已治理", false)),
            new Feature(2, projected, props("TBMJ", 1.0e-5))));

    byte[] bytes = Files.readAllBytes(file);
    assertEquals(
        List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 'T'),
        List.of(bytes[0], bytes[1], bytes[2], bytes[3]),
        "a UTF-8 byte-order mark by default");
    List<List<String>> rows = parse(new String(bytes, StandardCharsets.UTF_8));
    assertEquals(4, rows.size());
    assertEquals(List.of("TBBH", "名称", "TBDL", "TBMJ", "已治理", "geometry"), rows.get(0));
    List<String> first = rows.get(1);
    assertEquals(
        List.of("C1", "丹东\"青山沟\"铁矿, 北坡\r\n第二行", "10", "12345678.0", "true"), first.subList(0, 5));
    assertTrue(polygon.equalsExact(wkt(first.get(5))), first.get(5));
    assertEquals(List.of("C2", "", "20", "0.1", "false", ""), rows.get(2));
    List<String> third = rows.get(3);
    assertEquals(List.of("", "", "", "0.00001", ""), third.subList(0, 5));
    assertTrue(projected.equalsExact(wkt(third.get(5))), "written as given: " + third.get(5));
    assertEquals(List.of(file), files(), "no temporary file left");
  }

  @Test
  void writesAttributesOnlyWhenGeometriesAreLeftOut() throws IOException {
    Path file = dir.resolve("attributes.csv");
    WriteOptions options =
        new WriteOptions(Crs.CGCS2000, "p", FIELDS).withoutGeometry().withBom(false);
    try (FeatureWriter writer = Layers.create(file, options)) {
      writer.write(new Feature(0, wkt("POINT (1 2)"), props("TBBH", "A,B", "TBMJ", 2.5)));
      writer.commit();
    }
    assertEquals('T', Files.readAllBytes(file)[0], "no byte-order mark when asked");
    List<List<String>> rows = parse(Files.readString(file));
    assertEquals(List.of("TBBH", "名称", "TBDL", "TBMJ", "已治理"), rows.get(0));
    assertEquals(List.of("A,B", "", "", "2.5", ""), rows.get(1));
    Path geoJson = dir.resolve("attributes.geojson");
    assertThrows(IllegalArgumentException.class, () -> Layers.create(geoJson, options));
  }

  @Test
  void abortLeavesNoFile() throws IOException {
    FeatureWriter writer =
        Layers.create(dir.resolve("x.csv"), new WriteOptions(Crs.CGCS2000, "p", FIELDS));
    writer.write(new Feature(0, wkt("POINT (1 2)"), props("TBBH", "A")));
    writer.abort();
    assertEquals(List.of(), files());
  }

  @Test
  void rejectsAFieldNamedLikeTheGeometryColumn() throws IOException {
    WriteOptions options =
        new WriteOptions(Crs.CGCS2000, "p", List.of(new Field("Geometry", FieldType.STRING)));
    Path file = dir.resolve("g.csv");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Layers.create(file, options));
    assertTrue(e.getMessage().contains("'Geometry'"), e.getMessage());
    assertEquals(List.of(), files());
  }
}
