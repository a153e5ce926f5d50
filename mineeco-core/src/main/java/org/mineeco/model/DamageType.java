package org.mineeco.model;

/**
 * The damage type of a patch, the land-damage categories of the plans (Dandong: open pit,
 * industrial site, waste rock, tailings, coal gangue, subsidence, other), derived from the patch
 * use {@code TBSX}, with the subclass {@code TBXL}, the mineral {@code KZ} and the class {@code
 * TBDL} where the use alone does not tell. Rows are tried in order; the first that matches wins.
 *
 * <table>
 * <caption>Damage type by TBXL, TBSX, KZ, TBDL</caption>
 * <tr><th>condition<th>damage type
 * <tr><td>TBXL 36 tailings pond (any TBSX)<td>{@link #TAILINGS}
 * <tr><td>TBSX 1 pit<td>{@link #OPEN_PIT}
 * <tr><td>TBSX 2 transfer yard, 4 mine buildings, 6 shaft or adit<td>{@link #INDUSTRIAL_SITE}
 * <tr><td>TBSX 3 solid-waste dump and KZ contains 煤 (coal)<td>{@link #COAL_GANGUE}
 * <tr><td>TBSX 3 solid-waste dump otherwise<td>{@link #WASTE_ROCK}
 * <tr><td>TBSX 5 subsidence pit<td>{@link #SUBSIDENCE}
 * <tr><td>TBSX 7 other<td>{@link #OTHER}
 * <tr><td>TBSX unknown and TBDL 40 subsidence area<td>{@link #SUBSIDENCE}
 * <tr><td>TBSX missing or unknown otherwise<td>{@link #UNKNOWN}
 * </table>
 *
 * <p>A transfer yard, the mine buildings and shaft or adit openings make up what the plans call the
 * industrial site (工业场地, 工业广场).
 */
public enum DamageType implements Labelled {
  OPEN_PIT,
  INDUSTRIAL_SITE,
  WASTE_ROCK,
  TAILINGS,
  COAL_GANGUE,
  SUBSIDENCE,
  OTHER,
  UNKNOWN;

  /**
   * The damage type, as in the table above.
   *
   * @param mineral the {@code KZ} text, or {@code null}
   */
  static DamageType of(
      PatchUse use, PatchSubclass subclass, String mineral, PatchClass patchClass) {
    if (subclass == PatchSubclass.TAILINGS_POND) {
      return TAILINGS;
    }
    return switch (use) {
      case PIT -> OPEN_PIT;
      case TRANSFER_YARD, MINE_BUILDINGS, SHAFT_ADIT -> INDUSTRIAL_SITE;
      case SOLID_WASTE_DUMP -> mineral != null && mineral.contains("煤") ? COAL_GANGUE : WASTE_ROCK;
      case SUBSIDENCE_PIT -> SUBSIDENCE;
      case OTHER -> OTHER;
      case UNKNOWN -> patchClass == PatchClass.SUBSIDENCE_UNDAMAGED ? SUBSIDENCE : UNKNOWN;
    };
  }
}
