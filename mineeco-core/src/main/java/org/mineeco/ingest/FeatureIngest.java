package org.mineeco.ingest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.crs.Crs;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.io.Feature;
import org.mineeco.model.MinePatch;
import org.mineeco.model.SurveyAttributes;
import org.mineeco.units.Area;

/**
 * Turns features into outcomes in two steps: {@link #prepare} checks, repairs and measures one
 * feature and may run on any thread; {@link #admit} takes prepared features in input order on one
 * thread, rejects duplicate ids and records each in the report. Remembers every accepted id with
 * the index where it was first seen.
 */
final class FeatureIngest {
  private static final String GEOMETRY = "geometry";

  private final IngestOptions options;
  private final Crs crs;
  private final ReportBuilder report;
  private final Map<String, Long> firstIndexById = new HashMap<>();

  /**
   * A feature checked, repaired and measured, not yet admitted.
   *
   * @param patch the patch, or {@code null} when rejected
   * @param area its ellipsoidal area, or {@code null} when rejected
   * @param repairs what was repaired, or {@code null}
   * @param readArea the ellipsoidal area as read, before a repair, or {@code null}
   * @param reject why the feature is rejected, or {@code null}
   * @param unreadableDeclaredArea whether {@code TBMJ} is present but not a number
   * @param filtered why the selection leaves the feature out, or {@code null}
   * @param attributes the feature's attributes as read
   */
  record Prepared(
      MinePatch patch,
      Area area,
      String repairs,
      Area readArea,
      Reject reject,
      boolean unreadableDeclaredArea,
      Filtered filtered,
      Map<String, Object> attributes) {
    static Prepared rejected(Reject reject, Feature feature) {
      return new Prepared(null, null, null, null, reject, false, null, feature.properties());
    }
  }

  FeatureIngest(IngestOptions options, Crs crs, ReportBuilder report) {
    this.options = options;
    this.crs = crs;
    this.report = report;
  }

  /** Checks, repairs and measures one feature. Thread-safe. */
  Prepared prepare(Feature feature) {
    long index = feature.index();
    String id = feature.getString(options.idField());
    String left = options.selection().reason(feature);
    if (left != null) {
      return new Prepared(
          null, null, null, null, null, false, new Filtered(index, id, left), feature.properties());
    }
    if (id == null) {
      return Prepared.rejected(
          new Reject(index, null, options.idField(), "missing or blank patch id"), feature);
    }
    PatchGeometry.Result checked =
        PatchGeometry.check(feature.geometry(), feature.geometryIssue(), crs.isGeographic());
    if (checked.rejection() != null) {
      return Prepared.rejected(new Reject(index, id, GEOMETRY, checked.rejection()), feature);
    }
    SurveyAttributes survey = SurveyAttributes.from(feature, options.fields());
    MinePatch patch =
        new MinePatch(index, id, checked.geometry(), survey, otherFields(feature.properties()));
    boolean unreadable = survey.declaredArea() == null && feature.getString("TBMJ") != null;
    return new Prepared(
        patch,
        area(patch.geometry()),
        checked.repairs(),
        checked.repairs() == null ? null : area(checked.read()),
        null,
        unreadable,
        null,
        feature.properties());
  }

  /** Admits a prepared feature, in input order, on one thread. */
  PatchOutcome admit(Prepared prepared) {
    report.read();
    if (prepared.filtered() != null) {
      Filtered f = prepared.filtered();
      report.filtered(f);
      return new PatchOutcome(
          f.index(),
          f.id(),
          null,
          null,
          PatchOutcome.Status.FILTERED,
          f.reason(),
          prepared.attributes());
    }
    if (prepared.reject() != null) {
      return reject(prepared.reject(), prepared.attributes());
    }
    MinePatch patch = prepared.patch();
    Long first = firstIndexById.putIfAbsent(patch.id(), patch.index());
    if (first != null) {
      return reject(
          new Reject(
              patch.index(),
              patch.id(),
              options.idField(),
              "duplicate id " + patch.id() + ", first at feature " + first),
          prepared.attributes());
    }
    PatchOutcome.Status status;
    if (prepared.repairs() == null) {
      report.accepted();
      status = PatchOutcome.Status.ACCEPTED;
    } else {
      report.repaired(
          new Repair(
              patch.index(), patch.id(), prepared.repairs(), prepared.readArea(), prepared.area()));
      status = PatchOutcome.Status.REPAIRED;
    }
    if (patch.survey().declaredArea() != null) {
      report.declaredArea(
          patch.index(), patch.id(), patch.survey().declaredArea(), prepared.area());
    } else if (prepared.unreadableDeclaredArea()) {
      report.unreadableDeclaredArea();
    }
    return new PatchOutcome(
        patch.index(),
        patch.id(),
        patch,
        prepared.area(),
        status,
        prepared.repairs(),
        prepared.attributes());
  }

  private PatchOutcome reject(Reject reject, Map<String, Object> attributes) {
    report.rejected(reject);
    return new PatchOutcome(
        reject.index(),
        reject.id(),
        null,
        null,
        PatchOutcome.Status.REJECTED,
        reject.message(),
        attributes);
  }

  private Area area(Geometry geometry) {
    return EllipsoidalArea.of(geometry, crs);
  }

  private Map<String, Object> otherFields(Map<String, Object> properties) {
    Map<String, Object> other = new LinkedHashMap<>();
    properties.forEach(
        (name, value) -> {
          if (!name.equalsIgnoreCase(options.idField()) && !options.fields().isSurveyField(name)) {
            other.put(name, value);
          }
        });
    return other;
  }
}
