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
  public static final IngestOptions DEFAULTS =
      new IngestOptions(
          ReadOptions.DEFAULTS,
          SurveyFields.TBBH,
          SurveyFields.DEFAULTS,
          0.05,
          20,
          PatchSelection.ALL);

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

  /** These options with another id field. */
  public IngestOptions withIdField(String field) {
    return new IngestOptions(read, field, fields, areaTolerance, maxAreaExamples, selection);
  }

  /** These options with other survey fields. */
  public IngestOptions withFields(SurveyFields surveyFields) {
    return new IngestOptions(
        read, idField, surveyFields, areaTolerance, maxAreaExamples, selection);
  }

  /** These options with another selection. */
  public IngestOptions withSelection(PatchSelection patchSelection) {
    return new IngestOptions(read, idField, fields, areaTolerance, maxAreaExamples, patchSelection);
  }

  /** These options with other read options. */
  public IngestOptions withRead(ReadOptions readOptions) {
    return new IngestOptions(
        readOptions, idField, fields, areaTolerance, maxAreaExamples, selection);
  }
}
