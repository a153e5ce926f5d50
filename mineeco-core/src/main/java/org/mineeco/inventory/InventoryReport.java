package org.mineeco.inventory;

import java.util.List;
import java.util.Optional;
import org.mineeco.stats.MonitoringResult;
import org.mineeco.table.Table;
import org.mineeco.vocabulary.Bilingual;

/**
 * The tables of one inventory year, made from the store alone.
 *
 * @param tables the preset tables, the targets table with targets, and the monitoring table when a
 *     previous year is compared
 * @param monitoring the comparison with the previous year, if one was asked for
 * @param notes what was read and left out
 */
public record InventoryReport(
    List<Table> tables, Optional<MonitoringResult> monitoring, List<Bilingual> notes) {
  public InventoryReport {
    tables = List.copyOf(tables);
    notes = List.copyOf(notes);
  }
}
