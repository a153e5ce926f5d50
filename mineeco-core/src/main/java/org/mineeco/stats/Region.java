package org.mineeco.stats;

import java.util.regex.Pattern;

/**
 * An administrative region of the hierarchy county → city → province.
 *
 * @param id the region id, usually a 6-digit GB/T 2260 code
 * @param name the display name
 * @param parentId the id of the enclosing region, or null at the top
 * @param level the region's level
 */
public record Region(String id, String name, String parentId, RegionLevel level) {
  private static final Pattern CODE = Pattern.compile("\\d{6}");

  public Region {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("region id must not be blank, was '" + id + "'");
    }
    if (name == null || level == null) {
      throw new IllegalArgumentException("region " + id + ": name and level are required");
    }
    if (id.equals(parentId)) {
      throw new IllegalArgumentException("region " + id + " cannot be its own parent");
    }
  }

  /**
   * A region from a 6-digit code: {@code xx0000} is a province, {@code xxxx00} a city (parent
   * {@code xx0000}), anything else a county (parent {@code xxxx00}).
   */
  public static Region ofCode(String code, String name) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("expected a 6-digit region code, was '" + code + "'");
    }
    if (code.endsWith("0000")) {
      return new Region(code, name, null, RegionLevel.PROVINCE);
    }
    if (code.endsWith("00")) {
      return new Region(code, name, code.substring(0, 2) + "0000", RegionLevel.CITY);
    }
    return new Region(code, name, code.substring(0, 4) + "00", RegionLevel.COUNTY);
  }

  /** Whether {@code id} is a 6-digit code. */
  static boolean isCode(String id) {
    return id != null && CODE.matcher(id).matches();
  }
}
