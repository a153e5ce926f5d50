package org.mineeco.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.mineeco.stats.MonitoringResult.Change;
import org.mineeco.table.Cell;
import org.mineeco.table.Chart;
import org.mineeco.table.Column;
import org.mineeco.table.Table;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Vocabulary;

/**
 * The monitoring table: region × changes (patches, mines, area), restored area at t and t+1, net.
 */
final class MonitoringTable {
  private MonitoringTable() {}

  static Table table(
      Pivot<String, String> pivot,
      RegionTree tree,
      MonitoringOptions o,
      int byId,
      int byOverlap,
      int unmatchedBefore,
      int unmatchedAfter,
      Map<Change, ? extends Collection<String>> changes) {
    List<TableAssembler.ValueColumn<String>> values = new ArrayList<>();
    for (Change change : Change.values()) {
      Bilingual group = Monitoring.title(change);
      String key = change.name().toLowerCase(java.util.Locale.ROOT);
      values.add(
          new TableAssembler.ValueColumn<>(
              Column.count(key + "_count", group, Vocabulary.term("measure.patches")),
              List.of(change.name())));
      values.add(
          new TableAssembler.ValueColumn<>(
              Column.mines(key + "_mines", group, Vocabulary.term("measure.mines")),
              List.of(change.name())));
      values.add(
          new TableAssembler.ValueColumn<>(
              Column.area(
                  key + "_area", group, Vocabulary.term("measure.area"), o.unit(), o.decimals()),
              List.of(change.name())));
    }
    Bilingual restored = Vocabulary.term("measure.restored");
    values.add(area(Monitoring.BEFORE, restored, Vocabulary.term("word.previous_survey"), o));
    values.add(area(Monitoring.AFTER, restored, Vocabulary.term("word.this_survey"), o));
    values.add(
        area(Monitoring.NET, Bilingual.same(""), Vocabulary.term("measure.net_restored"), o));
    List<Column> labels =
        List.of(
            Column.label("region", Vocabulary.term("word.region_code")),
            Column.label("region_name", Vocabulary.term("word.region")));
    TableAssembler<String, String> assembler =
        new TableAssembler<>(
            labels,
            key -> List.of(Cell.text(key.get(0)), Cell.text(tree.name(key.get(0)))),
            values,
            0);
    List<Bilingual> notes = new ArrayList<>(Notes.standard(o.unit(), o.decimals(), false, false));
    notes.add(
        new Bilingual(
            "Matched by id: "
                + byId
                + "; by overlap (intersection over union >= "
                + o.minOverlap()
                + ", greedy from the largest): "
                + byOverlap
                + "; unmatched at year t: "
                + unmatchedBefore
                + "; unmatched at year t+1: "
                + unmatchedAfter
                + ".",
            "按图斑编号匹配："
                + byId
                + "；按几何重叠匹配（交并比≥"
                + o.minOverlap()
                + "，从大到小贪心匹配）："
                + byOverlap
                + "；上年未匹配："
                + unmatchedBefore
                + "；本年未匹配："
                + unmatchedAfter
                + "。"));
    notes.add(
        new Bilingual(
            "Net increase = restored area at year t+1 minus restored area at year t. A patch split"
                + " between regions is split by area; its count goes to the region holding its"
                + " largest part. A mine counts once per change, in the region where its patches"
                + " with that change have the most area.",
            "净增矿山恢复治理面积=本年已治理面积−上年已治理面积。跨行政区的图斑按面积拆分，图斑个数计入其面积最大部分所在行政区。"
                + "每类变化中一座矿山只计一次，计入其该类变化图斑面积最大的行政区。"));
    for (Change check : List.of(Change.FLAGGED_NOT_RESTORED, Change.REMOVED_NOT_RESTORED)) {
      Collection<String> ids = changes.containsKey(check) ? changes.get(check) : List.of();
      Bilingual name = Monitoring.title(check);
      notes.add(
          new Bilingual(
              "To check, "
                  + name.en()
                  + ": "
                  + ids.size()
                  + (ids.isEmpty() ? "." : " (" + String.join(", ", ids) + ")."),
              "需核查，"
                  + name.zh()
                  + "："
                  + ids.size()
                  + "个"
                  + (ids.isEmpty() ? "。" : "（" + String.join("、", ids) + "）。")));
    }
    Bilingual title =
        new Bilingual(
            "Changes between two annual surveys (" + o.unit().symbol() + ")",
            "年度监测变化统计（" + o.unit().chineseName() + "）");
    Chart chart = new Chart(title, "region_name", List.of(Monitoring.BEFORE, Monitoring.AFTER));
    return assembler.assemble("monitoring", title, pivot, notes, chart);
  }

  private static TableAssembler.ValueColumn<String> area(
      String key, Bilingual group, Bilingual title, MonitoringOptions o) {
    return new TableAssembler.ValueColumn<>(
        Column.area(key, group, title, o.unit(), o.decimals()), List.of(key));
  }
}
