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
 * Turns features into outcomes one at a time and records each in the report. Remembers every
 * accepted id with the index where it was first seen, to reject duplicates.
 */
final class FeatureIngest {
  private static final String GEOMETRY = "geometry";

  private final IngestOptions options;
  private final Crs crs;
  private final ReportBuilder report;
  private final Map<String, Long> firstIndexById = new HashMap<>();

  FeatureIngest(IngestOptions options, Crs crs, ReportBuilder report) {
    this.options = options;
    this.crs = crs;
    this.report = report;
  }

  PatchOutcome ingest(Feature feature) {
    report.read();
    long index = feature.index();
    String id = feature.getString(options.idField());
    if (id == null) {
      return reject(new Reject(index, null, options.idField(), "missing or blank patch id"));
    }
    PatchGeometry.Result checked =
        PatchGeometry.check(feature.geometry(), feature.geometryIssue(), crs.isGeographic());
    if (checked.rejection() != null) {
      return reject(new Reject(index, id, GEOMETRY, checked.rejection()));
    }
    Long first = firstIndexById.putIfAbsent(id, index);
    if (first != null) {
      return reject(
          new Reject(
              index, id, options.idField(), "duplicate id " + id + ", first at feature " + first));
    }
    SurveyAttributes survey = SurveyAttributes.from(feature, options.fields());
    MinePatch patch =
        new MinePatch(index, id, checked.geometry(), survey, otherFields(feature.properties()));
    return checked.repairs() == null
        ? accepted(feature, patch)
        : repaired(feature, patch, checked.repairs(), checked.read());
  }

  private PatchOutcome accepted(Feature feature, MinePatch patch) {
    report.accepted();
    compareDeclaredArea(feature, patch, null);
    return new PatchOutcome(patch.index(), patch.id(), patch, PatchOutcome.Status.ACCEPTED, null);
  }

  private PatchOutcome repaired(Feature feature, MinePatch patch, String reason, Geometry read) {
    Area after = area(patch.geometry());
    report.repaired(new Repair(patch.index(), patch.id(), reason, area(read), after));
    compareDeclaredArea(feature, patch, after);
    return new PatchOutcome(patch.index(), patch.id(), patch, PatchOutcome.Status.REPAIRED, reason);
  }

  private PatchOutcome reject(Reject reject) {
    report.rejected(reject);
    return new PatchOutcome(
        reject.index(), reject.id(), null, PatchOutcome.Status.REJECTED, reject.message());
  }

  /** Compares TBMJ with the computed area, computing it only when TBMJ is present. */
  private void compareDeclaredArea(Feature feature, MinePatch patch, Area knownArea) {
    Area declared = patch.survey().declaredArea();
    if (declared != null) {
      Area computed = knownArea != null ? knownArea : area(patch.geometry());
      report.declaredArea(patch.index(), patch.id(), declared, computed);
    } else if (feature.getString("TBMJ") != null) {
      report.unreadableDeclaredArea();
    }
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
