package org.mineeco.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.io.Field;
import org.mineeco.io.FieldType;

/**
 * Mine patches, one at a time: 55% in six mining districts (one on the edge of a large reserve, one
 * beside the main stream), 35% within 0-10 km of the main stream or a tributary, 10% anywhere.
 * Areas are log-normal (median 1.2 ha, 0.1-29 ha); shapes are irregular 5-16 vertex polygons, about
 * 0.5% with a hole and 1% multipart; about 1% made invalid on purpose and 0.3% with a repeated
 * vertex. Patches do not overlap each other (their envelopes, grown by 15 m, are disjoint), lie
 * inside the province and outside towns and lakes. TBMJ is the ellipsoidal area of the intended
 * shape perturbed by up to ±3%, or by 12-40% for about 0.5%. Only the placed envelopes are kept, so
 * a million patches can be streamed. Each patch carries a mine id {@code KSBH} ({@link Mines}).
 */
final class Patches {
  static final List<Field> FIELDS = fields();

  private static final int DISTRICTS = 6;
  private static final double GAP = 15;

  private final SplittableRandom r;
  private final Mines mines;
  private final World world;
  private final List<District> districts = new ArrayList<>();
  private final Occupancy occupancy = new Occupancy(1_000);
  private final Map<String, Integer> serials = new HashMap<>();
  private final double spread;

  private record District(Coordinate centre, double sigma, Profile profile) {}

  Patches(SplittableRandom r, Mines mines, World world, int total) {
    this.r = r;
    this.mines = mines;
    this.world = world;
    this.spread = Math.min(3, Math.pow(Math.max(1, total / 5_000.0), 0.25));
    Profile[] profiles = {
      Profile.LIMESTONE,
      Profile.LIMESTONE,
      Profile.COAL,
      Profile.METAL,
      Profile.GOLD,
      Profile.PHOSPHATE
    };
    Geometry province = world.counties.provincePlane();
    while (districts.size() < DISTRICTS) {
      Coordinate c;
      if (districts.isEmpty()) {
        c = world.reserves.get(0).plane().getBoundary().getCoordinate();
      } else if (districts.size() == 1) {
        c = Landscape.offsetFrom(r, world.rivers.all().get(0).line(), 4_000);
      } else {
        c = Landscape.randomPointIn(r, province);
      }
      if (province.contains(LocalFrame.METRIC.createPoint(c))) {
        districts.add(new District(c, 5_000 + 7_000 * r.nextDouble(), profiles[districts.size()]));
      }
    }
  }

  private static List<Field> fields() {
    List<Field> f = new ArrayList<>();
    for (String s :
        List.of(
            "TBBH", "KSBH", "XZQDM", "SHENG", "SHI", "XIAN", "TBDL", "TBXL", "KZ", "KCFS", "TBSX",
            "STWT", "NXFFS", "HFZLQK", "NXFSJD", "KSGM", "DZZH")) {
      f.add(new Field(s, FieldType.STRING));
    }
    f.add(new Field("TBMJ", FieldType.REAL));
    f.add(new Field("ZLND", FieldType.INTEGER));
    f.add(new Field("XH", FieldType.INTEGER));
    return List.copyOf(f);
  }

  /**
   * The next patch, surveyed in {@code year}. Patches of the first survey may carry deliberate
   * defects and are 30% restored; later ones are newly damaged, valid and not restored.
   */
  Patch next(int year, boolean firstSurvey) {
    for (int attempt = 0; attempt < 1_000; attempt++) {
      Placement p = place(attempt >= 20);
      Geometry plane = shape(p.centre);
      var env = plane.getEnvelopeInternal().copy();
      env.expandBy(GAP);
      if (occupancy.intersects(env) || world.inTownOrLake(plane)) {
        continue;
      }
      Geometry lonLat = LocalFrame.toLonLat(plane);
      County county = world.counties.at(lonLat.getCentroid());
      if (county == null || !world.counties.containsLonLat(lonLat)) {
        continue;
      }
      occupancy.add(env);
      return build(year, firstSurvey, p.profile, lonLat, county, mines.assign(p.centre, county));
    }
    throw new IllegalStateException("cannot place another patch: the province is full");
  }

  private Patch build(
      int year, boolean firstSurvey, Profile profile, Geometry lonLat, County county, String mine) {
    double trueArea = EllipsoidalArea.ofLonLat(lonLat).squareMetres();
    boolean off = r.nextDouble() < 0.005;
    double factor =
        off
            ? 1 + (r.nextBoolean() ? 1 : -1) * (0.12 + 0.28 * r.nextDouble())
            : 1 + 0.03 * (2 * r.nextDouble() - 1);
    String tbbh = newId(county, year);
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("TBBH", tbbh);
    all.put("KSBH", mine);
    all.put("XZQDM", county.code());
    all.put("SHENG", Counties.PROVINCE);
    all.put("SHI", county.cityName());
    all.put("XIAN", county.name());
    all.putAll(SurveyCodes.draw(r, profile, year, firstSurvey ? 0.3 : 0));
    all.put("KSGM", SurveyCodes.scale(mine));
    all.put("DZZH", SurveyCodes.hazard(tbbh, (String) all.get("TBSX")));
    all.put("TBMJ", Math.round(trueArea * factor * 100) / 100.0);
    all.put("XH", 0L);
    Patch.Defect defect = Patch.Defect.NONE;
    Geometry written = lonLat;
    if (firstSurvey && lonLat instanceof Polygon polygon && polygon.getNumInteriorRing() == 0) {
      Defects.Result d = Defects.apply(r, polygon);
      defect = d.defect();
      written = d.geometry();
    }
    return new Patch(tbbh, county, written, reorder(all), defect, off);
  }

  private static Map<String, Object> reorder(Map<String, Object> props) {
    Map<String, Object> ordered = new LinkedHashMap<>();
    for (Field f : FIELDS) {
      ordered.put(f.name(), props.get(f.name()));
    }
    return ordered;
  }

  /** A fresh id: C + county code + a survey date in {@code year} + a 6-digit serial per county. */
  String newId(County county, int year) {
    int serial = serials.merge(county.code(), 1, Integer::sum);
    return String.format(
        "C%s%d%02d%02d%06d", county.code(), year, 3 + r.nextInt(8), 1 + r.nextInt(28), serial);
  }

  private record Placement(Coordinate centre, Profile profile) {}

  private Placement place(boolean scatter) {
    double u = scatter ? 1 : r.nextDouble();
    if (u < 0.55) {
      District d = districts.get(r.nextInt(districts.size()));
      return new Placement(
          new Coordinate(
              d.centre.x + r.nextGaussian() * d.sigma * spread,
              d.centre.y + r.nextGaussian() * d.sigma * spread),
          d.profile);
    }
    if (u < 0.9) {
      List<River> named = world.rivers.named();
      River river = r.nextBoolean() ? named.get(0) : named.get(1 + r.nextInt(named.size() - 1));
      double distance = Math.min(10_000, -3_000 * spread * Math.log(1 - r.nextDouble()));
      Profile profile = r.nextDouble() < 0.6 ? Profile.RIVER_SAND : Profile.LIMESTONE;
      return new Placement(Landscape.offsetFrom(r, river.line(), distance), profile);
    }
    Profile[] all = Profile.values();
    return new Placement(
        Landscape.randomPointIn(r, world.counties.provincePlane()), all[r.nextInt(all.length)]);
  }

  private Geometry shape(Coordinate centre) {
    double hectares;
    do {
      hectares = Math.exp(Math.log(1.2) + r.nextGaussian());
    } while (hectares < 0.105 || hectares > 29);
    double area = hectares * 10_000;
    int vertices = Math.min(16, 5 + (int) (r.nextDouble() * 6 + 2 * Math.log1p(hectares)));
    double u = r.nextDouble();
    if (u < 0.01) {
      Geometry multi = multipart(centre, area);
      if (multi != null) {
        return multi;
      }
    }
    Polygon shell = Shapes.star(r, centre, area, vertices);
    if (u > 0.995 && hectares > 1) {
      Polygon hole = Shapes.blob(r, centre, 0.2 * Math.sqrt(area / Math.PI), 8, 0.2);
      if (shell.contains(hole)) {
        return Shapes.withHole(shell, hole);
      }
    }
    return shell;
  }

  private Geometry multipart(Coordinate centre, double area) {
    int parts = 2 + r.nextInt(2);
    List<Polygon> polys = new ArrayList<>();
    double step = 3 * Math.sqrt(area / parts / Math.PI);
    for (int k = 0; k < parts; k++) {
      double a = r.nextDouble() * 2 * Math.PI;
      Coordinate c =
          new Coordinate(centre.x + k * step * Math.cos(a), centre.y + k * step * Math.sin(a));
      Polygon p = Shapes.star(r, c, area / parts, 5 + r.nextInt(6));
      if (polys.stream().anyMatch(q -> q.distance(p) < 10)) {
        return null;
      }
      polys.add(p);
    }
    return LocalFrame.METRIC.createMultiPolygon(polys.toArray(new Polygon[0]));
  }
}
