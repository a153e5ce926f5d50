package org.mineeco.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Everything but the farmland and the patches: the province, counties, rivers and zone layers, in
 * the generator plane (metres). Small; built once per run from its own random stream.
 */
final class World {
  final Counties counties;
  final Rivers rivers;
  final List<PlaneFeature> towns;
  final List<PlaneFeature> lakes;
  final List<PlaneFeature> reserves;
  final List<PlaneFeature> scenic;
  final List<PlaneFeature> redLines;
  final List<PlaneFeature> roads;
  private final PreparedGeometry builtUpOrWater;
  private final STRtree riverSegments = new STRtree();

  private World(SplittableRandom r) {
    Names names = new Names(r.split());
    counties = Counties.build(r.split(), names);
    Geometry province = counties.provincePlane();
    rivers = Rivers.major(r.split());
    towns = Landscape.towns(r.split(), counties, names);
    Geometry townUnion = union(towns);
    lakes = Landscape.lakes(r.split(), rivers, province, townUnion);
    Geometry lakeUnion = union(lakes);
    rivers.addMinorStreams(r.split(), province, lakeUnion);
    roads = Roads.build(r.split(), counties);
    reserves = Landscape.reserves(r.split(), rivers, province, names);
    scenic = Landscape.scenic(r.split(), province, names);
    redLines = Landscape.redLines(r.split(), rivers, reserves, province, names);
    builtUpOrWater = PreparedGeometryFactory.prepare(townUnion.union(lakeUnion));
    for (River river : rivers.all()) {
      Coordinate[] pts = river.line().getCoordinates();
      for (int i = 0; i + 1 < pts.length; i++) {
        LineSegment s = new LineSegment(pts[i], pts[i + 1]);
        riverSegments.insert(new Envelope(pts[i], pts[i + 1]), s);
      }
    }
    riverSegments.build();
  }

  static World build(SplittableRandom r) {
    return new World(r);
  }

  /** True when a plane geometry touches a town or a lake. */
  boolean inTownOrLake(Geometry plane) {
    return builtUpOrWater.intersects(plane);
  }

  /** True when a plane geometry comes within {@code distance} m of any river line. */
  boolean nearRiver(Geometry plane, double distance) {
    Envelope env = plane.getEnvelopeInternal().copy();
    env.expandBy(distance);
    for (Object o : riverSegments.query(env)) {
      LineSegment s = (LineSegment) o;
      if (plane.distance(LocalFrame.METRIC.createLineString(new Coordinate[] {s.p0, s.p1}))
          <= distance) {
        return true;
      }
    }
    return false;
  }

  private static Geometry union(List<PlaneFeature> features) {
    List<Geometry> parts = new ArrayList<>();
    features.forEach(f -> parts.add(f.plane()));
    return LocalFrame.METRIC.buildGeometry(parts).union();
  }
}
