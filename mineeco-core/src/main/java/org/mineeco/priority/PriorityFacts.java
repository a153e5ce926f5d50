package org.mineeco.priority;

import java.util.List;
import java.util.Objects;
import org.mineeco.model.RestorationMode;
import org.mineeco.model.RestorationState;
import org.mineeco.units.Area;

/**
 * What the ranking needs to know of one patch; small, so that a million of them fit in memory.
 *
 * @param index 0-based position of the patch in its source
 * @param id the patch id
 * @param mustClear names of the must-clear zones the patch lies in, sorted
 * @param nearestBand the nearest corridor band the patch has area in, or {@code null}
 * @param threeZonesTwoLines names of the "three zones, two lines" zones the patch lies in, sorted
 * @param state restoration state: restored patches rank last
 * @param mode planned restoration mode: the easier the earlier
 * @param area ellipsoidal area: smaller first among equals
 */
public record PriorityFacts(
    long index,
    String id,
    List<String> mustClear,
    Band nearestBand,
    List<String> threeZonesTwoLines,
    RestorationState state,
    RestorationMode mode,
    Area area) {
  public PriorityFacts {
    Objects.requireNonNull(id, "id");
    mustClear = List.copyOf(mustClear);
    threeZonesTwoLines = List.copyOf(threeZonesTwoLines);
    Objects.requireNonNull(state, "state of " + id);
    Objects.requireNonNull(mode, "mode of " + id);
    Objects.requireNonNull(area, "area of " + id);
  }

  /**
   * A corridor band [from, to) in metres.
   *
   * @param corridor the corridor's name
   * @param fromMetres inner edge, whole metres
   * @param toMetres outer edge, whole metres
   */
  public record Band(String corridor, long fromMetres, long toMetres) {
    @Override
    public String toString() {
      return corridor + " " + kilometres(fromMetres) + "-" + kilometres(toMetres) + " km";
    }

    private static String kilometres(long metres) {
      return metres % 1000 == 0 ? Long.toString(metres / 1000) : Double.toString(metres / 1000.0);
    }
  }
}
