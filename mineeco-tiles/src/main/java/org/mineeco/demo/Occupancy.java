package org.mineeco.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/** Envelopes already taken, hashed by square cells of the plane, for non-overlap checks. */
final class Occupancy {
  private final double cell;
  private final Map<Long, List<Envelope>> cells = new HashMap<>();

  Occupancy(double cell) {
    this.cell = cell;
  }

  boolean intersects(Envelope env) {
    for (long key : keys(env)) {
      for (Envelope e : cells.getOrDefault(key, List.of())) {
        if (e.intersects(env)) {
          return true;
        }
      }
    }
    return false;
  }

  void add(Envelope env) {
    for (long key : keys(env)) {
      cells.computeIfAbsent(key, k -> new ArrayList<>(4)).add(env);
    }
  }

  private List<Long> keys(Envelope env) {
    List<Long> keys = new ArrayList<>(4);
    long x0 = (long) Math.floor(env.getMinX() / cell);
    long x1 = (long) Math.floor(env.getMaxX() / cell);
    long y0 = (long) Math.floor(env.getMinY() / cell);
    long y1 = (long) Math.floor(env.getMaxY() / cell);
    for (long x = x0; x <= x1; x++) {
      for (long y = y0; y <= y1; y++) {
        keys.add((x << 32) ^ (y & 0xffffffffL));
      }
    }
    return keys;
  }
}
