package org.mineeco.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.crs.Crs;
import org.mineeco.model.MinePatch;
import org.mineeco.units.Length;
import org.mineeco.zone.Corridor;
import org.mineeco.zone.RegionLayer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Band cuts as data, after JTS's XML test cases: each case of {@code
 * src/test/resources/band-cut-cases/cases.xml} gives river lines and a patch in WKT (CGCS2000
 * lon/lat), the bands, and the area expected in each band (m²), computed independently by
 * GeographicLib or by hand ({@code make-cases.jsh} beside it wrote them), with its tolerance. The
 * seeded property tests ({@link BandCutTest}, {@link CorridorPropertyTest}) cover random shapes.
 */
class BandCutCasesTest {
  private static final Path CASES = Path.of("src/test/resources/band-cut-cases/cases.xml");

  /** One case: its name, rivers, patch, band edges (m) and expected area per band (m²). */
  record Case(
      String name,
      Geometry rivers,
      Geometry patch,
      List<Length> edges,
      List<Double> expected,
      double tolerance) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() throws Exception {
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(CASES.toFile());
    NodeList nodes = xml.getElementsByTagName("case");
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element c = (Element) nodes.item(i);
      NodeList bands = c.getElementsByTagName("band");
      List<Length> edges = new ArrayList<>();
      List<Double> expected = new ArrayList<>();
      for (int b = 0; b < bands.getLength(); b++) {
        Element band = (Element) bands.item(b);
        if (b == 0) {
          edges.add(Length.metres(Double.parseDouble(band.getAttribute("from"))));
        }
        edges.add(Length.metres(Double.parseDouble(band.getAttribute("to"))));
        expected.add(Double.parseDouble(band.getAttribute("area_m2")));
      }
      cases.add(
          new Case(
              c.getAttribute("name"),
              Geo.wkt(text(c, "rivers")),
              Geo.wkt(text(c, "patch")),
              edges,
              expected,
              Double.parseDouble(c.getAttribute("tolerance_m2"))));
    }
    return cases.stream();
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent().strip();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachBandHoldsTheExpectedArea(Case c) {
    List<Geometry> lines = new ArrayList<>();
    for (int i = 0; i < c.rivers().getNumGeometries(); i++) {
      lines.add(c.rivers().getGeometryN(i));
    }
    OverlayEngine engine =
        OverlayEngine.create(
            List.of(Corridor.of("rivers", lines, Crs.CGCS2000, c.edges())),
            RegionLayer.NONE,
            OverlayOptions.of(Crs.CGCS2000));
    ZoneOverlay z = engine.analyze(MinePatch.of(0, c.name(), c.patch())).zones().get(0);
    assertEquals(c.expected().size(), z.areas().size(), "one area per band");
    for (int b = 0; b < c.expected().size(); b++) {
      assertEquals(
          c.expected().get(b),
          z.areas().get(b).squareMetres(),
          c.tolerance(),
          c.name() + ": band [" + c.edges().get(b) + ", " + c.edges().get(b + 1) + ")");
    }
  }

  @Test
  void theFileHoldsItsNineCases() throws Exception {
    List<String> names = cases().map(Case::name).toList();
    assertEquals(9, names.size(), names.toString());
  }
}
