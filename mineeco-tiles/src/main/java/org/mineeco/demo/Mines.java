package org.mineeco.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;

/**
 * Mine ids ({@code KSBH}) for the patches: a mine is 1-5 neighbouring patches, the patches placed
 * one after another in the same 1.5 km cell of the plane until the mine's drawn size is reached.
 * Ids are {@code KS} + the county code of the mine's first patch + a 4-digit serial per county,
 * e.g. {@code KS4904230001}. Drawn from a random stream of its own, so the mine ids leave every
 * other field and geometry of the demo as it was without them. Not thread-safe.
 */
final class Mines {
  private static final double CELL = 1_500;
  private static final int MAX_PATCHES = 5;

  private final SplittableRandom r;
  private final Map<Long, Open> open = new HashMap<>();
  private final Map<String, Integer> serials = new HashMap<>();

  /** A mine still taking patches: its id and how many more it takes. */
  private static final class Open {
    final String id;
    int left;

    Open(String id, int left) {
      this.id = id;
      this.left = left;
    }
  }

  /** Mines drawn from {@code r}. */
  Mines(SplittableRandom r) {
    this.r = r;
  }

  /** The mine of a patch centred at {@code centre} (plane metres) in {@code county}. */
  String assign(Coordinate centre, County county) {
    long key =
        (((long) Math.floor(centre.x / CELL)) << 32)
            ^ (((long) Math.floor(centre.y / CELL)) & 0xffffffffL);
    Open mine = open.get(key);
    if (mine == null || mine.left == 0) {
      int serial = serials.merge(county.code(), 1, Integer::sum);
      mine = new Open(String.format("KS%s%04d", county.code(), serial), 1 + r.nextInt(MAX_PATCHES));
      open.put(key, mine);
    }
    mine.left--;
    return mine.id;
  }
}
