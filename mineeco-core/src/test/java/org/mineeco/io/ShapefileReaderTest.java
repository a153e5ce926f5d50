package org.mineeco.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.linuxense.javadbf.DBFDataType;
import com.linuxense.javadbf.DBFField;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.mineeco.crs.Crs;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.crs.Reprojection;

/** {@link ShapefileReader} on shapefiles written by GDAL (see the fixtures' README.md). */
class ShapefileReaderTest {
  private static final List<String> FIELDS = List.of("名称", "编号", "面积", "日期", "治理");

  @TempDir Path tmp;

  @Test
  void readsGbkShapefileInGaussKrugerZone() {
    List<Feature> features = readAll(resource("shapefile-gbk/patches.shp"), ReadOptions.DEFAULTS);
    assertEquals(4, features.size());
    assertEquals(Arrays.asList("本溪市", 1L, 1234.5, "2021-06-30", 1L), values(features.get(0)));
    assertEquals(Arrays.asList("抚顺市露天矿", 2L, null, null, 0L), values(features.get(1)));
    assertEquals(Arrays.asList("丹东市振安区", 3L, 0.25, "2022-01-05", null), values(features.get(2)));
    assertEquals(Arrays.asList("空图斑", 4L, null, null, null), values(features.get(3)));
    assertNull(features.get(3).geometry());
    assertNull(features.get(3).geometryIssue());
    for (int i = 0; i < 4; i++) {
      assertEquals(i, features.get(i).index());
    }
  }

  @Test
  void gaussKrugerGeometriesMatchTheSourceReprojected() {
    Path shp = resource("shapefile-gbk/patches.shp");
    Crs zone41 = Crs.epsg(4529);
    try (FeatureReader reader = Layers.open(shp, ReadOptions.DEFAULTS)) {
      assertEquals(zone41, reader.crs());
      assertEquals(FIELDS, reader.fieldNames());
      Reprojection toZone = Reprojection.between(Crs.CGCS2000, zone41);
      List<Geometry> sources = sourceGeometries();
      for (int i = 0; i < 3; i++) {
        Geometry read = reader.next().geometry();
        Geometry expected = toZone.apply(sources.get(i));
        assertTrue(
            read.norm().equalsExact(expected.norm(), 1e-6), i + ": " + read + " vs " + expected);
        double area = EllipsoidalArea.of(read, zone41).squareMetres();
        double sourceArea = EllipsoidalArea.ofLonLat(sources.get(i)).squareMetres();
        assertEquals(sourceArea, area, 1e-9 * sourceArea, "area of feature " + i);
      }
    }
  }

  @Test
  void readsHolesAndPartsAsWrittenInLonLat() {
    List<Feature> features = readAll(resource("shapefile-nocpg/patches.shp"), ReadOptions.DEFAULTS);
    List<Geometry> sources = sourceGeometries();
    Polygon first = assertInstanceOf(Polygon.class, features.get(0).geometry());
    assertEquals(1, first.getNumInteriorRing());
    MultiPolygon second = assertInstanceOf(MultiPolygon.class, features.get(1).geometry());
    assertEquals(2, second.getNumGeometries());
    assertEquals(1, ((Polygon) second.getGeometryN(1)).getNumInteriorRing());
    for (int i = 0; i < 3; i++) {
      Geometry read = features.get(i).geometry();
      assertTrue(read.norm().equalsExact(sources.get(i).norm(), 1e-12), i + ": " + read);
      assertNull(features.get(i).geometryIssue());
    }
  }

  @Test
  void fallsBackToGbkWithoutCpgAndHonoursTheCharsetOption() {
    Path shp = resource("shapefile-nocpg/patches.shp");
    try (FeatureReader reader = Layers.open(shp, ReadOptions.DEFAULTS)) {
      assertEquals(Crs.CGCS2000, reader.crs());
      assertEquals(FIELDS, reader.fieldNames());
      assertEquals("本溪市", reader.next().get("名称"));
    }
    ReadOptions latin1 = new ReadOptions(null, null, StandardCharsets.ISO_8859_1);
    try (FeatureReader reader = Layers.open(shp, latin1)) {
      String gbkBytesAsLatin1 = new String("名称".getBytes(GBK()), StandardCharsets.ISO_8859_1);
      assertEquals(gbkBytesAsLatin1, reader.fieldNames().get(0));
    }
  }

  @Test
  void readsLinesPointsAndMultipointsWithZ() {
    List<Feature> lines = readAll(resource("shapefile-types/lines.shp"), ReadOptions.DEFAULTS);
    LineString line = assertInstanceOf(LineString.class, lines.get(0).geometry());
    assertEquals(3, line.getNumPoints());
    assertEquals(12.5, line.getCoordinateN(1).getZ());
    assertEquals(123.71, line.getCoordinateN(1).getX());
    assertEquals("河段甲", lines.get(0).get("名称"));
    MultiLineString two = assertInstanceOf(MultiLineString.class, lines.get(1).geometry());
    assertEquals(2, two.getNumGeometries());
    assertEquals(5.0, two.getGeometryN(1).getCoordinates()[2].getZ());
    Point point =
        assertInstanceOf(
            Point.class,
            readAll(resource("shapefile-types/points.shp"), ReadOptions.DEFAULTS)
                .get(0)
                .geometry());
    assertEquals(102.5, point.getCoordinate().getZ());
    assertEquals(41.35, point.getY());
    Feature drill =
        readAll(resource("shapefile-types/multipoints.shp"), ReadOptions.DEFAULTS).get(0);
    MultiPoint points = assertInstanceOf(MultiPoint.class, drill.geometry());
    assertEquals(3, points.getNumGeometries());
    assertEquals("钻孔", drill.get("名称"));
  }

  @Test
  void unclosedRingsAreClosedAndShortRingsReported() throws IOException {
    Path shp = tmp.resolve("broken.shp");
    new ShapefileWriting()
        .polygon(new double[] {0, 0, 0, 1, 1, 1, 1, 0})
        .polygon(new double[] {0, 0, 0, 1, 0, 0})
        .polygon(new double[] {0, 0, 1, 0, 1, 1, 0, 1, 0, 0})
        .write(
            shp, Crs.CGCS2000.toWkt(), ShapefileWriting.nameField(), row("a"), row("b"), row("c"));
    List<Feature> features = readAll(shp, ReadOptions.DEFAULTS);
    assertEquals("ring 0 not closed: closed it", features.get(0).geometryIssue());
    assertEquals(1.0, features.get(0).geometry().getArea());
    assertNull(features.get(1).geometry());
    assertTrue(features.get(1).geometryIssue().contains("ring 0 has 3 points"));
    assertEquals("b", features.get(1).get("name"));
    assertEquals(1.0, features.get(2).geometry().getArea(), "counter-clockwise lone ring");
    assertTrue(features.get(2).geometryIssue().contains("read as an outer ring"));
  }

  @Test
  void degenerateRingsAreDroppedAsRepairsTheOtherRingsKept() throws IOException {
    Path shp = tmp.resolve("islands.shp");
    double[] shell = {0, 0, 0, 1, 1, 1, 1, 0, 0, 0};
    double[] island = {5, 5, 5, 6, 5, 5};
    double[] spike = {7, 7, 7, 8};
    new ShapefileWriting()
        .polygon(shell, island, spike)
        .polygon(new double[] {0, 0, Double.NaN, 1, 1, 1, 0, 0})
        .write(shp, Crs.CGCS2000.toWkt(), ShapefileWriting.nameField(), row("a"), row("b"));
    List<Feature> features = readAll(shp, ReadOptions.DEFAULTS);
    assertEquals(1.0, features.get(0).geometry().getArea(), 1e-12);
    assertEquals(
        "ring 1 has 3 points: dropped it; ring 2 not closed: closed it; ring 2 has 2 points:"
            + " dropped it",
        features.get(0).geometryIssue());
    assertNull(features.get(1).geometry());
    assertTrue(features.get(1).geometryIssue().contains("not a finite number"));
  }

  @Test
  void holesGoToTheShellThatContainsThem() throws IOException {
    Path shp = tmp.resolve("holes.shp");
    double[] farShell = {10, 10, 10, 14, 14, 14, 14, 10, 10, 10};
    double[] nearShell = {0, 0, 0, 4, 4, 4, 4, 0, 0, 0};
    double[] holeInFar = {11, 11, 12, 11, 12, 12, 11, 12, 11, 11};
    new ShapefileWriting()
        .polygon(nearShell, farShell, holeInFar)
        .write(shp, Crs.CGCS2000.toWkt(), ShapefileWriting.nameField(), row("x"));
    Feature f = readAll(shp, ReadOptions.DEFAULTS).get(0);
    MultiPolygon mp = assertInstanceOf(MultiPolygon.class, f.geometry());
    assertEquals(0, ((Polygon) mp.getGeometryN(0)).getNumInteriorRing());
    assertEquals(1, ((Polygon) mp.getGeometryN(1)).getNumInteriorRing());
    assertEquals(16 + 16 - 1, mp.getArea());
    assertTrue(mp.isValid());
    assertNull(f.geometryIssue());
  }

  @Test
  void convertsDbfTypes() throws IOException {
    Path shp = tmp.resolve("types.shp");
    DBFField[] fields = {
      new DBFField("flag", DBFDataType.LOGICAL),
      new DBFField("count", DBFDataType.NUMERIC, 9, 0),
      new DBFField("ratio", DBFDataType.NUMERIC, 12, 3),
      new DBFField("day", DBFDataType.DATE),
      new DBFField("note", DBFDataType.CHARACTER, 10)
    };
    double[] square = {0, 0, 0, 1, 1, 1, 1, 0, 0, 0};
    new ShapefileWriting()
        .polygon(square)
        .polygon(square)
        .write(
            shp,
            Crs.WGS84.toWkt(),
            fields,
            new Object[] {true, 42, 0.125, new GregorianCalendar(2023, 11, 31).getTime(), "x"},
            new Object[] {null, null, null, null, "  "});
    List<Feature> features = readAll(shp, ReadOptions.DEFAULTS);
    assertEquals(Arrays.asList(true, 42L, 0.125, "2023-12-31", "x"), values(features.get(0)));
    assertEquals(Arrays.asList(null, null, null, null, null), values(features.get(1)));
  }

  @Test
  void missingSidecarFilesAreNamed() throws IOException {
    Path shp = copyOf("shapefile-gbk");
    Files.delete(ShapefileWriting.sibling(shp, "dbf"));
    BadInputException e = assertThrows(BadInputException.class, () -> Layers.open(shp, defaults()));
    assertTrue(e.getMessage().contains("patches.dbf"), e.getMessage());
    Files.delete(ShapefileWriting.sibling(shp, "shx"));
    e = assertThrows(BadInputException.class, () -> Layers.open(shp, defaults()));
    assertTrue(e.getMessage().contains("patches.shx"), e.getMessage());
  }

  @Test
  void truncatedShpIsReported() throws IOException {
    Path shp = copyOf("shapefile-gbk");
    byte[] bytes = Files.readAllBytes(shp);
    Files.write(shp, Arrays.copyOf(bytes, bytes.length - 100));
    BadInputException e = assertThrows(BadInputException.class, () -> Layers.open(shp, defaults()));
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    assertEquals(shp, e.file());
  }

  @Test
  void recordCountMismatchIsReported() throws IOException {
    Path shp = copyOf("shapefile-gbk");
    Files.copy(
        resource("shapefile-types/points.dbf"),
        ShapefileWriting.sibling(shp, "dbf"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(ShapefileWriting.sibling(shp, "cpg"), "UTF-8");
    BadInputException e = assertThrows(BadInputException.class, () -> Layers.open(shp, defaults()));
    assertTrue(e.getMessage().contains("lists 4 records but patches.dbf has 1"), e.getMessage());
  }

  @Test
  void crsComesFromPrjOrOptionsOrIsAnError() throws IOException {
    Path shp = copyOf("shapefile-gbk");
    Files.delete(ShapefileWriting.sibling(shp, "prj"));
    BadInputException e = assertThrows(BadInputException.class, () -> Layers.open(shp, defaults()));
    assertTrue(e.getMessage().contains("no .prj and no CRS given"), e.getMessage());
    try (FeatureReader r = Layers.open(shp, ReadOptions.withCrs(Crs.epsg(4529)))) {
      assertEquals(Crs.epsg(4529), r.crs());
    }
    Files.copy(resource("crs-wkt/xian1980-2383.esri.prj"), ShapefileWriting.sibling(shp, "prj"));
    e = assertThrows(BadInputException.class, () -> Layers.open(shp, defaults()));
    assertTrue(e.getMessage().contains("patches.prj"), e.getMessage());
    assertTrue(e.getMessage().contains("Xian_1980"), e.getMessage());
  }

  @Test
  void unknownCodePageIsReported() throws IOException {
    Path shp = copyOf("shapefile-gbk");
    Files.writeString(ShapefileWriting.sibling(shp, "cpg"), "KLINGON-7");
    BadInputException e = assertThrows(BadInputException.class, () -> Layers.open(shp, defaults()));
    assertTrue(e.getMessage().contains("patches.cpg"), e.getMessage());
    assertEquals(StandardCharsets.UTF_8, DbfAttributes.charsetOf("UTF-8"));
    for (String gbk : List.of("GBK", "936", "CP936", "GB2312", "ANSI 936", " cp936\n")) {
      assertEquals(GBK(), DbfAttributes.charsetOf(gbk), gbk);
    }
  }

  /**
   * Without a {@code .cpg}, the {@code .dbf} header's language byte names the charset (0x57:
   * ISO-8859-1, as GDAL reads it): {@code México} stays {@code México}, not GBK's {@code M閤ico}.
   */
  @Test
  void theLanguageByteNamesTheCharsetWithoutACpg() throws IOException {
    Path shp = tmp.resolve("latin1.shp");
    new ShapefileWriting()
        .polygon(new double[] {120, 30, 121, 30, 121, 31, 120, 30})
        .write(shp, PRJ_4490, ShapefileWriting.nameField(), row("x"));
    ShapefileWriting.rewriteDbf(
        shp, StandardCharsets.ISO_8859_1, 0x57, ShapefileWriting.nameField(), row("México"));
    assertEquals("México", readAll(shp, defaults()).get(0).get("name"));
    // Latin-1 bytes with a language byte that says nothing are read as GBK, the default; where
    // they are not GBK text, that is an error naming the file, feature and field.
    ShapefileWriting.rewriteDbf(
        shp, StandardCharsets.ISO_8859_1, 0, ShapefileWriting.nameField(), row("café"));
    BadInputException e = assertThrows(BadInputException.class, () -> readAll(shp, defaults()));
    assertTrue(
        e.getMessage()
            .startsWith(
                ShapefileWriting.sibling(shp, "dbf")
                    + ", feature 0, field name: the text is not valid GBK"),
        e.getMessage());
    // UTF-8 text in a file naming no charset is read as UTF-8; GBK text as GBK.
    ShapefileWriting.rewriteDbf(
        shp, StandardCharsets.UTF_8, 0, ShapefileWriting.nameField(), row("本溪市 México"));
    assertEquals("本溪市 México", readAll(shp, defaults()).get(0).get("name"));
    ShapefileWriting.rewriteDbf(shp, GBK(), 0, ShapefileWriting.nameField(), row("本溪市"));
    assertEquals("本溪市", readAll(shp, defaults()).get(0).get("name"));
  }

  /** A {@code .cpg} that does not decode the file is an error naming it, not garbled text. */
  @Test
  void aCpgThatDoesNotDecodeTheFileIsAnError() throws IOException {
    Path shp = tmp.resolve("cpg.shp");
    new ShapefileWriting()
        .polygon(new double[] {120, 30, 121, 30, 121, 31, 120, 30})
        .write(shp, PRJ_4490, ShapefileWriting.nameField(), row("本溪市"));
    assertEquals("本溪市", readAll(shp, defaults()).get(0).get("name"));
    Files.writeString(ShapefileWriting.sibling(shp, "cpg"), "GBK");
    BadInputException e = assertThrows(BadInputException.class, () -> readAll(shp, defaults()));
    assertTrue(
        e.getMessage().contains("'本溪市' is UTF-8, but cpg.cpg (GBK) says otherwise"),
        e.getMessage());
    ShapefileWriting.rewriteDbf(shp, GBK(), 0, ShapefileWriting.nameField(), row("本溪市"));
    Files.writeString(ShapefileWriting.sibling(shp, "cpg"), "UTF-8");
    e = assertThrows(BadInputException.class, () -> readAll(shp, defaults()));
    assertTrue(
        e.getMessage().contains("field name: the text is not valid UTF-8 (cpg.cpg (UTF-8))"),
        e.getMessage());
    // The charset option is the user's word: decoded in it, never second-guessed.
    ReadOptions gbk = new ReadOptions(null, null, GBK());
    assertEquals("本溪市", readAll(shp, gbk).get(0).get("name"));
  }

  /**
   * ArcGIS gives every new shapefile an {@code Id} field; it failed the GeoPackage output, whose
   * key column was {@code id} (issue 22). Kept as it is through an analysis.
   */
  @Test
  void anArcGisIdFieldIsKeptThroughAnAnalysis() throws IOException {
    Path shp = tmp.resolve("patches.shp");
    DBFField[] fields = {
      new DBFField("Id", DBFDataType.NUMERIC, 6, 0), new DBFField("TBBH", DBFDataType.CHARACTER, 10)
    };
    new ShapefileWriting()
        .polygon(new double[] {114.3, 30.6, 114.3, 30.61, 114.31, 30.61, 114.31, 30.6, 114.3, 30.6})
        .write(shp, PRJ_4490, fields, new Object[] {0, "P1"});
    Files.writeString(
        tmp.resolve("red.geojson"),
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[114.2,30.5],[114.5,30.5],"
            + "[114.5,30.7],[114.2,30.7],[114.2,30.5]]]}}]}");
    Path spec =
        Files.writeString(
            tmp.resolve("spec.yaml"),
            "patches: {path: patches.shp, id: TBBH}\n"
                + "zones: [{name: red, label: 生态保护红线, type: polygons, path: red.geojson}]\n");
    org.mineeco.analysis.Analysis analysis =
        org.mineeco.analysis.AnalysisJob.run(
            org.mineeco.spec.AnalysisSpec.load(spec),
            org.mineeco.analysis.AnalysisOptions.defaults());
    assertEquals(List.of(), org.mineeco.analysis.write.AnalysisWriter.renamedFields(analysis));
    org.mineeco.analysis.write.AnalysisWriter.write(analysis, tmp.resolve("out"));
    Feature row = readAll(tmp.resolve("out/patches.gpkg"), defaults()).get(0);
    assertEquals(0L, row.get("Id"));
    assertEquals("P1", row.get("TBBH"));
  }

  private static final String PRJ_4490 =
      "GEOGCS[\"China Geodetic Coordinate System 2000\",DATUM[\"China_2000\","
          + "SPHEROID[\"CGCS2000\",6378137,298.257222101]],PRIMEM[\"Greenwich\",0],"
          + "UNIT[\"degree\",0.0174532925199433],AUTHORITY[\"EPSG\",\"4490\"]]";

  private static java.nio.charset.Charset GBK() {
    return java.nio.charset.Charset.forName("GBK");
  }

  private static ReadOptions defaults() {
    return ReadOptions.DEFAULTS;
  }

  private static Object[] row(String name) {
    return new Object[] {name};
  }

  private static List<Object> values(Feature f) {
    assertFalse(f.properties().isEmpty());
    return new ArrayList<>(f.properties().values());
  }

  private Path copyOf(String fixture) throws IOException {
    for (String ext : List.of("shp", "shx", "dbf", "prj", "cpg")) {
      Path from = resource(fixture + "/patches." + ext);
      Files.copy(from, tmp.resolve("patches." + ext));
    }
    return tmp.resolve("patches.shp");
  }

  static List<Feature> readAll(Path path, ReadOptions options) {
    try (FeatureReader reader = Layers.open(path, options)) {
      List<Feature> all = new ArrayList<>();
      reader.forEachRemaining(all::add);
      return all;
    }
  }

  /** The geometries of the GDAL source file, read with JTS's GeoJSON reader. */
  static List<Geometry> sourceGeometries() {
    try {
      String json = Files.readString(resource("shapefile-gbk/patches.geojson"));
      String withoutCrs =
          json.replaceFirst("\"crs\":\\{[^}]*\\}\\},", "")
              .replace("\"geometry\":null", "\"geometry\":{\"type\":\"Point\",\"coordinates\":[]}");
      Geometry collection = new GeoJsonReader().read(withoutCrs);
      List<Geometry> out = new ArrayList<>();
      for (int i = 0; i < collection.getNumGeometries(); i++) {
        out.add(collection.getGeometryN(i));
      }
      return out;
    } catch (IOException | org.locationtech.jts.io.ParseException e) {
      throw new AssertionError(e);
    }
  }

  static Path resource(String name) {
    try {
      return Path.of(ShapefileReaderTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new AssertionError("test resource " + name, e);
    }
  }
}
