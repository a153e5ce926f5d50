package org.mineeco.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * The document of {@code /api/summary}: patch counts and areas per zone and band of the patches a
 * filter keeps, with the words of its title, columns and notes. Areas ellipsoidal (CGCS2000/GRS80),
 * in mu rounded to 0.01 and ha rounded to 0.0001. Immutable.
 *
 * @param title the table's English title
 * @param titleZh its Chinese title
 * @param units the units of the areas ({@code mu, ha})
 * @param columns the columns the viewer's table shows, each with the member of a row it shows
 * @param notes the table's notes
 * @param rows all kept patches first, then per zone its total and, for a corridor, its bands
 * @param total the first row
 * @param chart the member of a row the viewer charts
 * @param patchCount the last priority rank of the map (not of the filter)
 * @param filtered whether a filter is applied
 * @param ingest what the analysis read, accepted, repaired, rejected and filtered
 */
public record SummaryJson(
    String title,
    @JsonProperty("title_zh") String titleZh,
    String units,
    List<KeyLabel> columns,
    List<BilingualJson> notes,
    List<Row> rows,
    Row total,
    String chart,
    @JsonProperty("patch_count") long patchCount,
    boolean filtered,
    Ingest ingest) {
  public SummaryJson {
    columns = List.copyOf(columns);
    notes = List.copyOf(notes);
    rows = List.copyOf(rows);
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(ingest, "ingest");
  }

  /**
   * One row of the summary.
   *
   * @param label the zone, or the zone and band separated by a space
   * @param labelZh its Chinese label
   * @param labelEn its English label
   * @param zone the zone ({@code all patches} for the first row)
   * @param band the band, or empty
   * @param key the zone or band column key
   * @param patches the patches counted
   * @param mu the area inside, in mu
   * @param ha the area inside, in ha
   * @param patchMu the whole area of the patches counted, in mu
   * @param patchHa the same in ha
   */
  public record Row(
      String label,
      @JsonProperty("label_zh") String labelZh,
      @JsonProperty("label_en") String labelEn,
      String zone,
      String band,
      String key,
      long patches,
      double mu,
      double ha,
      @JsonProperty("patch_mu") double patchMu,
      @JsonProperty("patch_ha") double patchHa) {
    public Row {
      if (patches < 0) {
        throw new IllegalArgumentException("patch count must be >= 0, was " + patches);
      }
    }
  }

  /**
   * The analysis's input accounting: every feature read is accepted, repaired, rejected or
   * filtered.
   *
   * @param read features read
   * @param accepted accepted as they are
   * @param repaired accepted after repair
   * @param rejected rejected with a reason
   * @param filtered left out by the spec's filter
   */
  public record Ingest(long read, long accepted, long repaired, long rejected, long filtered) {}
}
