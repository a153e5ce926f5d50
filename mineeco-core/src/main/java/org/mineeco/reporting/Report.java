package org.mineeco.reporting;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mineeco.analysis.Analysis;
import org.mineeco.stats.MonitoringResult;
import org.mineeco.stats.PatchFacts;
import org.mineeco.stats.Region;
import org.mineeco.table.Table;
import org.mineeco.vocabulary.Bilingual;

/**
 * The statistics of one analysis. Areas are CGCS2000 ellipsoidal areas.
 *
 * @param analysis the analysis of the spec's patches
 * @param facts one entry per analysed (not rejected) patch, in input order
 * @param regions the regions of the spec with their cities and province
 * @param tables the preset tables, then {@code targets} and {@code monitoring} when asked for
 * @param monitoring the comparison with the previous snapshot, when one was given
 * @param notes what was left out or how the previous snapshot was read
 */
public record Report(
    Analysis analysis,
    List<PatchFacts> facts,
    List<Region> regions,
    List<Table> tables,
    Optional<MonitoringResult> monitoring,
    List<Bilingual> notes) {
  public Report {
    facts = List.copyOf(facts);
    regions = List.copyOf(regions);
    tables = List.copyOf(tables);
    Objects.requireNonNull(monitoring, "monitoring (Optional.empty() for none)");
    notes = List.copyOf(notes);
  }
}
