package org.mineeco.ingest;

import java.util.Objects;
import org.mineeco.io.ReadOptions;
import org.mineeco.model.SurveyFields;

/**
 * How to ingest a patch layer.
 *
 * @param read how to open the file (CRS to assume, layer, charset); unused when ingesting an open
 *     {@link org.mineeco.io.FeatureReader}
 * @param idField the field holding the patch id, looked up case-insensitively
 * @param fields the survey fields to read, including the restoration-year field
 * @param areaTolerance the relative difference between the declared area {@code TBMJ} and the
 *     computed ellipsoidal area above which a patch is counted as differing, e.g. 0.05 for 5%
 * @param maxAreaExamples how many differing patches the report lists, the first ones met
 * @param selection which features are analysed; the others are read, counted as filtered and listed
 */
public record IngestOptions(
    ReadOptions read,
    String idField,
    SurveyFields fields,
    double areaTolerance,
    int maxAreaExamples,
    PatchSelection selection) {
  /**
   * CRS from the file, id {@code TBBH}, restoration year {@code ZLND} (planned period {@code
   * NXFSJD} as fallback), 5% tolerance, 20 examples, every feature selected.
   */
  public static final IngestOptions DEFAULTS = builder().build();

  public IngestOptions {
    Objects.requireNonNull(read, "read options");
    Objects.requireNonNull(fields, "survey fields");
    Objects.requireNonNull(selection, "selection (use PatchSelection.ALL)");
    if (idField == null || idField.isBlank()) {
      throw new IllegalArgumentException("id field must be a field name, was '" + idField + "'");
    }
    if (!(areaTolerance >= 0) || Double.isInfinite(areaTolerance)) {
      throw new IllegalArgumentException(
          "area tolerance must be a finite fraction >= 0 (0.05 = 5%), was " + areaTolerance);
    }
    if (maxAreaExamples < 0) {
      throw new IllegalArgumentException("max area examples must be >= 0, was " + maxAreaExamples);
    }
  }

  /** A builder starting from the {@link #DEFAULTS}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the options; {@link #build} checks them. Not thread-safe. */
  public static final class Builder {
    private ReadOptions read = ReadOptions.DEFAULTS;
    private String idField = SurveyFields.TBBH;
    private SurveyFields fields = SurveyFields.DEFAULTS;
    private double areaTolerance = 0.05;
    private int maxAreaExamples = 20;
    private PatchSelection selection = PatchSelection.ALL;

    private Builder() {}

    /** How to open the file. */
    public Builder read(ReadOptions readOptions) {
      this.read = readOptions;
      return this;
    }

    /** The field holding the patch id. */
    public Builder idField(String field) {
      this.idField = field;
      return this;
    }

    /** The survey fields to read. */
    public Builder fields(SurveyFields surveyFields) {
      this.fields = surveyFields;
      return this;
    }

    /** The relative difference of a declared area counted as differing, e.g. 0.05 for 5%. */
    public Builder areaTolerance(double fraction) {
      this.areaTolerance = fraction;
      return this;
    }

    /** How many differing patches the report lists. */
    public Builder maxAreaExamples(int count) {
      this.maxAreaExamples = count;
      return this;
    }

    /** Which features are analysed. */
    public Builder selection(PatchSelection patchSelection) {
      this.selection = patchSelection;
      return this;
    }

    /**
     * The options.
     *
     * @throws IllegalArgumentException naming the option that is out of range
     */
    public IngestOptions build() {
      return new IngestOptions(read, idField, fields, areaTolerance, maxAreaExamples, selection);
    }
  }
}
