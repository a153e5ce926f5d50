package org.mineeco.server;

import java.util.Set;

/**
 * Which patches a map view, a summary or a download covers. An empty set or a {@code null} name
 * places no condition; conditions combine with AND, values within a set with OR.
 *
 * @param states restoration states: {@code restored}, {@code not_restored}, {@code unknown}
 * @param statuses mine statuses: {@code producing}, {@code closed}, {@code policy_closed}, {@code
 *     abandoned}, {@code legacy}, {@code unknown}
 * @param periods planned periods: {@code within_14th_fyp}, {@code later}, {@code unknown}
 * @param zone a zone name: only patches with area in it, or {@code null}
 * @param band a corridor band column without unit, e.g. {@code yangtze_0_10000}: only patches with
 *     area in it, or {@code null}
 * @param region a region id: only patches whose main region it is, or {@code null}
 * @param priorityMin lowest restoration rank kept, at least 1
 * @param priorityMax highest restoration rank kept, at least {@code priorityMin}
 */
public record PatchFilter(
    Set<String> states,
    Set<String> statuses,
    Set<String> periods,
    String zone,
    String band,
    String region,
    int priorityMin,
    int priorityMax) {
  /** Every patch. */
  public static final PatchFilter ALL =
      new PatchFilter(Set.of(), Set.of(), Set.of(), null, null, null, 1, Integer.MAX_VALUE);

  /** Restoration states a filter may name. */
  public static final Set<String> STATES = Set.of("restored", "not_restored", "unknown");

  /** Mine statuses a filter may name. */
  public static final Set<String> STATUSES =
      Set.of("producing", "closed", "policy_closed", "abandoned", "legacy", "unknown");

  /** Planned periods a filter may name. */
  public static final Set<String> PERIODS = Set.of("within_14th_fyp", "later", "unknown");

  public PatchFilter {
    states = checked("state", states, STATES);
    statuses = checked("status", statuses, STATUSES);
    periods = checked("period", periods, PERIODS);
    if (priorityMin < 1 || priorityMax < priorityMin) {
      throw new IllegalArgumentException(
          "priority range must be 1 <= min <= max, was " + priorityMin + " to " + priorityMax);
    }
  }

  private static Set<String> checked(String name, Set<String> values, Set<String> allowed) {
    Set<String> copy = Set.copyOf(values);
    for (String v : copy) {
      if (!allowed.contains(v)) {
        throw new IllegalArgumentException(
            name + " must be one of " + allowed.stream().sorted().toList() + ", was '" + v + "'");
      }
    }
    return copy;
  }
}
