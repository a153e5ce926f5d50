// Writes cases.xml: band cuts with areas from GeographicLib (GRS80) and one closed form.
// Run from this folder: jshell --class-path GeographicLib-Java-2.1.jar make-cases.jsh
import net.sf.geographiclib.*;
import java.util.*;
import java.nio.file.*;

Geodesic G = new Geodesic(6378137, 1 / 298.257222101);
double[] direct(double lon, double lat, double az, double m) {
  GeodesicData d = G.Direct(lat, lon, az, m);
  return new double[] {d.lon2, d.lat2};
}
double area(double[]... ring) {
  PolygonArea p = new PolygonArea(G, false);
  for (double[] c : ring) p.AddPoint(c[1], c[0]);
  return Math.abs(p.Compute(false, true).area);
}
String wkt(double[]... ring) {
  StringBuilder s = new StringBuilder("POLYGON ((");
  for (int i = 0; i <= ring.length; i++) {
    double[] c = ring[i % ring.length];
    s.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.10f %.10f", c[0], c[1]));
  }
  return s.append("))").toString();
}
String river(double lon, double lat0, double lat1) {
  return String.format(Locale.ROOT, "MULTILINESTRING ((%s %s, %s %s))", lon, lat0, lon, lat1);
}
StringBuilder out = new StringBuilder();
void add(String name, String desc, String rivers, String patch, double tol, double[] edges, double[] areas) {
  out.append(String.format(Locale.ROOT, "  <case name=\"%s\" tolerance_m2=\"%.3f\">%n", name, tol));
  out.append("    <desc>").append(desc).append("</desc>\n");
  out.append("    <rivers>").append(rivers).append("</rivers>\n");
  out.append("    <patch>").append(patch).append("</patch>\n");
  for (int i = 0; i < areas.length; i++) {
    out.append(String.format(Locale.ROOT, "    <band from=\"%.0f\" to=\"%.0f\" area_m2=\"%.3f\"/>%n", edges[i], edges[i + 1], areas[i]));
  }
  out.append("  </case>\n");
}
double LON = 110, H = 0.001;
// A quadrilateral east (az 90) or west (270) of the meridian river, across the band edge.
for (double[] c : new double[][] {{26, 10000, 0.1, 90}, {46, 10000, 0.1, 90}, {26, 50000, 0.6, 90}, {46, 50000, 0.6, 90}, {30, 5000, 0.1, 270}}) {
  double lat = c[0], edge = c[1], az = c[3];
  double[] a = direct(LON, lat, az, edge - 100), e = direct(LON, lat, az, edge), b = direct(LON, lat, az, edge + 100);
  double[] d = direct(LON, lat + H, az, edge - 100), f = direct(LON, lat + H, az, edge), cc = direct(LON, lat + H, az, edge + 100);
  add(String.format(Locale.ROOT, "%s-%.0fkm-%.0fN", az == 90 ? "east" : "west", edge / 1000, lat),
      String.format(Locale.ROOT, "a 200 m x 111 m quadrilateral %s of a meridian river, across the %.0f m band edge; each side's area is GeographicLib's of the patch cut at the geodesic distance of the edge (tolerance: the edge within %.1f m)", az == 90 ? "east" : "west", edge, c[2]),
      river(LON, lat - 1, lat + 1), wkt(a, b, cc, d), c[2] * 111.2,
      new double[] {0, edge, 2 * edge}, new double[] {area(a, e, f, d), area(e, b, cc, f)});
}
// Both banks: from 300 m west to 300 m east; band [0, 200) is the middle strip.
{
  double lat = 30;
  double[] w3 = direct(LON, lat, 270, 300), w2 = direct(LON, lat, 270, 200), e2 = direct(LON, lat, 90, 200), e3 = direct(LON, lat, 90, 300);
  double[] nw3 = direct(LON, lat + H, 270, 300), nw2 = direct(LON, lat + H, 270, 200), ne2 = direct(LON, lat + H, 90, 200), ne3 = direct(LON, lat + H, 90, 300);
  double middle = area(w2, new double[] {LON, lat}, e2, ne2, new double[] {LON, lat + H}, nw2);
  double sides = area(w3, w2, nw2, nw3) + area(e2, e3, ne3, ne2);
  add("both-banks-30N", "a patch from 300 m west to 300 m east of the river: the middle 400 m in the first band, both outer 100 m strips in the second (GeographicLib)",
      river(LON, lat - 1, lat + 1), wkt(w3, e3, ne3, nw3), 0.1 * 111.2 * 2, new double[] {0, 200, 1000}, new double[] {middle, sides});
}
// Wholly inside the first band, and beyond every band: exact.
{
  double lat = 35;
  double[] a = direct(LON, lat, 90, 1000), b = direct(LON, lat, 90, 2000), c = direct(LON, lat + H, 90, 2000), d = direct(LON, lat + H, 90, 1000);
  double whole = area(a, b, c, d);
  add("inside-one-band", "a patch 1 to 2 km from the river, wholly in the band [0, 5 km): its whole area (GeographicLib), to 1e-6",
      river(LON, lat - 1, lat + 1), wkt(a, b, c, d), 1e-6 * whole, new double[] {0, 5000, 10000}, new double[] {whole, 0});
  double[] p = direct(LON, lat, 90, 30000), q = direct(LON, lat, 90, 30200), r = direct(LON, lat + H, 90, 30200), s = direct(LON, lat + H, 90, 30000);
  add("beyond-the-bands", "a patch 30 km from the river, beyond both bands: nothing in either",
      river(LON, lat - 1, lat + 1), wkt(p, q, r, s), 0, new double[] {0, 10000, 20000}, new double[] {0, 0});
}
// A circle of radius R = 3 km around the south end of a river running north: the band [0, r),
// r = 1 km, is the half disc south of the end and the strip north of it, by hand:
// pi r^2 / 2 + R^2 asin(r / R) + r sqrt(R^2 - r^2); the rest of the 720-gon in [r, 3.5 km).
{
  double lat = 30, r = 1000, R = 3000;
  double[][] ring = new double[720][];
  for (int i = 0; i < 720; i++) ring[i] = direct(LON, lat, 360.0 * i / 720, R);
  double inner = Math.PI * r * r / 2 + R * R * Math.asin(r / R) + r * Math.sqrt(R * R - r * r);
  double total = area(ring);
  add("circle-around-river-end", "a 720-gon on the 3 km geodesic circle around the south end of a river running north, bands [0, 1 km) and [1 km, 3.5 km): the first by hand, pi r^2/2 + R^2 asin(r/R) + r sqrt(R^2 - r^2), the second the rest of the polygon's GeographicLib area (tolerance 1e-4 of the circle: the polygon and the chords of the band's arcs fall short of the circles by under 3e-5)",
      river(LON, lat, lat + 0.5), wkt(ring), 1e-4 * Math.PI * R * R, new double[] {0, r, 3500}, new double[] {inner, total - inner});
}
Files.writeString(Path.of("cases.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- Made by make-cases.jsh; read by BandCutCasesTest. Lon/lat CGCS2000; areas m2. -->\n<cases>\n" + out + "</cases>\n");
/exit
