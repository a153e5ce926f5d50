package org.mineeco.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Vocabulary;

/**
 * Region lookup by id. Ids missing from the list that are 6-digit codes become regions named by
 * their code ({@link Region#ofCode}); other unknown ids are an error.
 */
final class RegionTree {
  /** The row of patch parts outside every region. */
  static final String OUTSIDE = "(outside)";

  private static final Bilingual OUTSIDE_NAME = Vocabulary.term("word.outside_regions");

  private final Map<String, Region> regions = new HashMap<>();

  RegionTree(List<Region> regions) {
    for (Region region : regions) {
      if (this.regions.put(region.id(), region) != null) {
        throw new IllegalArgumentException("region id " + region.id() + " is listed twice");
      }
    }
  }

  Region get(String id) {
    Region region = regions.get(id);
    if (region != null) {
      return region;
    }
    if (Region.isCode(id)) {
      return Region.ofCode(id, id);
    }
    throw new IllegalArgumentException(
        "region '" + id + "' is not in the region list and is not a 6-digit code");
  }

  /** The id of the region at {@code level} that contains region {@code id}. */
  String ancestor(String id, RegionLevel level) {
    if (id.equals(OUTSIDE)) {
      return OUTSIDE;
    }
    Region region = get(id);
    while (region.level() != level) {
      if (region.level().compareTo(level) > 0 || region.parentId() == null) {
        throw new IllegalArgumentException(
            "region " + id + " (" + get(id).level() + ") has no enclosing " + level + " region");
      }
      region = get(region.parentId());
    }
    return region.id();
  }

  /** Whether region {@code id} is {@code ancestorId} or lies inside it. */
  boolean within(String id, String ancestorId) {
    if (id.equals(OUTSIDE)) {
      return false;
    }
    Region region = get(id);
    while (true) {
      if (region.id().equals(ancestorId)) {
        return true;
      }
      if (region.parentId() == null) {
        return false;
      }
      region = get(region.parentId());
    }
  }

  Bilingual name(String id) {
    return id.equals(OUTSIDE) ? OUTSIDE_NAME : Bilingual.same(get(id).name());
  }

  /** The ids of listed regions at {@code level}. */
  List<String> idsAt(RegionLevel level) {
    return regions.values().stream()
        .filter(r -> r.level() == level)
        .map(Region::id)
        .sorted()
        .toList();
  }
}
