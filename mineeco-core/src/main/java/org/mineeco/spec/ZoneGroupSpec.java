package org.mineeco.spec;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.mineeco.vocabulary.Bilingual;

/**
 * A named group of polygons and buffer zones measured as their union (spec key {@code
 * zone_groups}), e.g. 三区两线 = the surroundings of reserves, scenic and residential areas and the
 * sides of transport lines, rivers and lakes: a patch's area in the group counts the overlaps of
 * its zones once, and its own column and summary row come beside the zones'.
 *
 * @param name column prefix in the outputs: lower case letters, digits and underscores
 * @param label what readers see (spec {@code label}, {@code label_en}, else the dictionary's)
 * @param zones the names of at least two polygons or buffer zones of the spec, no repeats
 */
public record ZoneGroupSpec(String name, Bilingual label, List<String> zones) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  public ZoneGroupSpec {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "zone group name must match [a-z][a-z0-9_]* (it prefixes output columns), was '"
              + name
              + "'");
    }
    Objects.requireNonNull(label, "label of zone group " + name);
    zones = List.copyOf(zones);
    if (zones.size() < 2 || zones.stream().distinct().count() < zones.size()) {
      throw new IllegalArgumentException(
          "zone group " + name + " needs at least two different zones, was " + zones);
    }
  }
}
