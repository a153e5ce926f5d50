package org.mineeco.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the viewer needs to label and filter the map ({@code /api/meta}, and the {@code mineeco}
 * member of an exported archive's metadata): the zones with their labels and bands, the coded
 * values' labels, the filters' names, the regions with their lon/lat bounds (CGCS2000), the patch
 * count and the last priority rank. Immutable.
 *
 * @param zones the analysis's zones, in the spec's order
 * @param codes the labels of the coded values the map filters and colours by
 * @param filters the words of each filter dimension by its query parameter, in the viewer's order
 * @param regions the regions, in the region layer's order
 * @param patchCount how many patches the map has
 * @param priorityMax the last priority rank (0 when there are no patches)
 * @param idField the patch id field of the spec
 */
public record CatalogMeta(
    List<ZoneMeta> zones,
    CodeLabels codes,
    Map<String, BilingualJson> filters,
    List<RegionMeta> regions,
    @JsonProperty("patch_count") int patchCount,
    @JsonProperty("priority_max") long priorityMax,
    @JsonProperty("id_field") String idField) {
  public CatalogMeta {
    zones = List.copyOf(zones);
    Objects.requireNonNull(codes, "codes");
    filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    regions = List.copyOf(regions);
    if (patchCount < 0 || priorityMax < 0) {
      throw new IllegalArgumentException(
          "patch count and last rank must be >= 0, were " + patchCount + " and " + priorityMax);
    }
  }

  /**
   * A zone of the analysis.
   *
   * @param name the zone's name in the spec (and in filters)
   * @param kind {@code polygon}, {@code corridor} or {@code buffer}, lower case
   * @param zh its Chinese label
   * @param en its English label
   * @param mustClear whether the priority rules say it must be cleared to zero
   * @param bands a corridor's bands, nearest first; empty for other zones
   * @param distance the name of the zone's distance column, or null when it has none
   */
  public record ZoneMeta(
      String name,
      String kind,
      String zh,
      String en,
      @JsonProperty("must_clear") boolean mustClear,
      List<BandMeta> bands,
      String distance) {
    public ZoneMeta {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a zone's name must not be blank, was '" + name + "'");
      }
      bands = List.copyOf(bands);
    }
  }

  /**
   * A band of a corridor, {@code [d0, d1)} metres from its lines.
   *
   * @param key the band's column key, e.g. {@code rivers_0_1000}
   * @param fromMetres its inner edge in whole metres
   * @param toMetres its outer edge in whole metres
   * @param zh its Chinese label
   * @param en its English label
   */
  public record BandMeta(
      String key,
      @JsonProperty("d0_m") long fromMetres,
      @JsonProperty("d1_m") long toMetres,
      String zh,
      String en) {
    public BandMeta {
      if (fromMetres < 0 || toMetres <= fromMetres) {
        throw new IllegalArgumentException(
            "a band needs 0 <= d0 < d1 metres, was " + fromMetres + "-" + toMetres);
      }
    }
  }

  /**
   * The labels of the coded values, each list in the order of its code.
   *
   * @param state restoration states
   * @param status mine statuses
   * @param period planned periods
   * @param damage damage types
   * @param mode restoration modes
   */
  public record CodeLabels(
      List<KeyLabel> state,
      List<KeyLabel> status,
      List<KeyLabel> period,
      List<KeyLabel> damage,
      List<KeyLabel> mode) {
    public CodeLabels {
      state = List.copyOf(state);
      status = List.copyOf(status);
      period = List.copyOf(period);
      damage = List.copyOf(damage);
      mode = List.copyOf(mode);
    }
  }

  /**
   * A region a filter may name.
   *
   * @param id the region's code
   * @param name its name
   * @param bounds its lon/lat bounds: west, south, east, north (degrees)
   */
  public record RegionMeta(String id, String name, double[] bounds) {
    public RegionMeta {
      if (bounds.length != 4) {
        throw new IllegalArgumentException(
            "region bounds must be west, south, east, north, were " + bounds.length + " numbers");
      }
      bounds = bounds.clone();
    }

    @Override
    public double[] bounds() {
      return bounds.clone();
    }
  }
}
