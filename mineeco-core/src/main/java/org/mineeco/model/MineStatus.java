package org.mineeco.model;

/**
 * The mine status of a patch as the plans tabulate it (Dandong: producing, closed, policy-closed,
 * abandoned), derived from the subclass {@code TBXL} and, when that is unknown, the class {@code
 * TBDL}. The subclass wins when the two disagree.
 *
 * <table>
 * <caption>Mine status by TBXL, then TBDL</caption>
 * <tr><th>TBXL<th>TBDL (when TBXL is unknown)<th>status
 * <tr><td>11 ownerless abandoned<td>10 legacy<td>{@link #LEGACY}
 * <tr><td>12 policy-closed (government), 21 policy-closed (company)<td>—<td>{@link #POLICY_CLOSED}
 * <tr><td>22 abandoned with owner<td>20 abandoned with owner<td>{@link #ABANDONED}
 * <tr><td>31 producing<td>—<td>{@link #PRODUCING}
 * <tr><td>32 licence expired<td>—<td>{@link #CLOSED}
 * <tr><td>33 natural disaster, 34 construction, 35 river sand, 36 tailings pond, 37 false change
 *     <td>30 other, 40 subsidence area not damaged<td>{@link #UNKNOWN}
 * <tr><td>missing or unknown<td>missing or unknown<td>{@link #UNKNOWN}
 * </table>
 *
 * <p>Subclasses 33-37 name a cause or a facility, not the state of a mine, so they give no status;
 * a tailings pond is still recognised as a damage type ({@link DamageType}).
 */
public enum MineStatus implements Labelled {
  PRODUCING,
  CLOSED,
  POLICY_CLOSED,
  ABANDONED,
  LEGACY,
  UNKNOWN;

  /** The status for a patch class and subclass, as in the table above. */
  static MineStatus of(PatchClass patchClass, PatchSubclass subclass) {
    return switch (subclass) {
      case OWNERLESS_ABANDONED -> LEGACY;
      case POLICY_CLOSED_GOVERNMENT, POLICY_CLOSED_COMPANY -> POLICY_CLOSED;
      case ABANDONED_WITH_OWNER -> ABANDONED;
      case PRODUCING -> PRODUCING;
      case LICENCE_EXPIRED -> CLOSED;
      case NATURAL_DISASTER, CONSTRUCTION, RIVER_SAND, TAILINGS_POND, FALSE_CHANGE -> UNKNOWN;
      case UNKNOWN -> ofClass(patchClass);
    };
  }

  private static MineStatus ofClass(PatchClass patchClass) {
    return switch (patchClass) {
      case LEGACY -> LEGACY;
      case ABANDONED_WITH_OWNER -> ABANDONED;
      case OTHER, SUBSIDENCE_UNDAMAGED, UNKNOWN -> UNKNOWN;
    };
  }
}
