package org.mineeco.map;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.analysis.Analysis;
import org.mineeco.analysis.PatchRow;
import org.mineeco.analysis.ResultColumn;
import org.mineeco.analysis.ZoneColumns;
import org.mineeco.analysis.ZoneSummary;
import org.mineeco.analysis.write.AnalysisWriter;
import org.mineeco.cartography.MapLabels;
import org.mineeco.cartography.PatchEntry;
import org.mineeco.cartography.SheetInfo;
import org.mineeco.cartography.SheetOptions;
import org.mineeco.model.DamageType;
import org.mineeco.model.Labelled;
import org.mineeco.model.MineStatus;
import org.mineeco.model.PlannedPeriod;
import org.mineeco.model.RestorationMode;
import org.mineeco.model.RestorationState;
import org.mineeco.priority.PriorityRules;
import org.mineeco.server.BilingualJson;
import org.mineeco.server.CatalogMeta;
import org.mineeco.server.KeyLabel;
import org.mineeco.server.PatchCatalog;
import org.mineeco.server.PatchFilter;
import org.mineeco.server.SearchHit;
import org.mineeco.server.SummaryJson;
import org.mineeco.stats.CountingRule;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Labels;
import org.mineeco.vocabulary.Language;
import org.mineeco.zone.RegionPolygon;

/**
 * The analysed patches of a map behind the server's filters, search, patch documents and downloads.
 * Areas are ellipsoidal (CGCS2000/GRS80); geometries and bounds CGCS2000 lon/lat. Immutable and
 * thread-safe.
 */
final class PatchTable implements PatchCatalog {
  private final Analysis analysis;
  private final List<PatchEntry> entries;
  private final List<ZoneColumns> zones;
  private final PriorityRules rules;
  private final Map<String, PatchEntry> byId = new HashMap<>();
  private final Map<String, double[]> regionBounds = new LinkedHashMap<>();
  private final Set<String> bands = new LinkedHashSet<>();
  private final CatalogMeta meta;
  private final FilterWords words;
  private final Labels labels;
  private final PrintedSheets sheets;

  PatchTable(Analysis analysis, List<PatchEntry> entries, Map<Geometry, String> riverNames) {
    this.analysis = analysis;
    this.labels = analysis.labels();
    this.entries = List.copyOf(entries);
    this.zones = analysis.columns().zones();
    this.rules =
        analysis.spec().priority() == null
            ? PriorityRules.defaults(analysis.zones())
            : analysis.spec().priority();
    entries.forEach(e -> byId.putIfAbsent(e.row().id(), e));
    for (RegionPolygon r : analysis.regions().regions()) {
      regionBounds.put(r.id(), bounds(r.geometry().getEnvelopeInternal()));
    }
    zones.stream()
        .filter(ZoneColumns::banded)
        .forEach(z -> z.areas().forEach(c -> bands.add(c.key())));
    this.meta = buildMeta();
    this.words = new FilterWords(meta);
    this.sheets = new PrintedSheets(analysis, this.entries, riverNames);
  }

  List<PatchEntry> entries() {
    return entries;
  }

  List<ZoneColumns> zoneColumns() {
    return zones;
  }

  Analysis analysis() {
    return analysis;
  }

  @Override
  public Optional<CatalogMeta> meta() {
    return Optional.of(meta);
  }

  @Override
  public Set<String> zones() {
    Set<String> names = new LinkedHashSet<>();
    zones.forEach(z -> names.add(z.zone()));
    return names;
  }

  @Override
  public Set<String> bands() {
    return bands;
  }

  @Override
  public Set<String> regions() {
    return regionBounds.keySet();
  }

  @Override
  public SummaryJson summary(PatchFilter filter) {
    return FilteredSummary.of(this, filter);
  }

  @Override
  public List<SearchHit> search(String query, int limit) {
    String q = query.strip().toLowerCase(Locale.ROOT);
    List<SearchHit> hits = new ArrayList<>();
    for (RegionPolygon r : analysis.regions().regions()) {
      if (hits.size() >= limit) {
        break;
      }
      if (r.name().toLowerCase(Locale.ROOT).contains(q) || r.id().startsWith(q)) {
        hits.add(new SearchHit("region", r.id(), r.name(), regionBounds.get(r.id())));
      }
    }
    int regions = hits.size();
    PatchEntry exact = byId.get(query.strip());
    if (exact != null) {
      hits.add(new SearchHit("patch", exact.row().id(), exact.row().regionName(), bounds(exact)));
    }
    for (PatchEntry e : entries) {
      if (hits.size() - regions >= limit) {
        break;
      }
      if (e != exact && e.row().id().toLowerCase(Locale.ROOT).contains(q)) {
        hits.add(new SearchHit("patch", e.row().id(), e.row().regionName(), bounds(e)));
      }
    }
    return hits;
  }

  @Override
  public DownloadFile download(PatchFilter filter, Download what, Language language) {
    boolean zh = language == Language.ZH;
    return new DownloadFile(
        words.fileName(filter, what, zh),
        FilterWords.asciiFileName(filter, what),
        Downloads.of(this, filter, what, zh, words.sentence(filter, zh)));
  }

  @Override
  public SheetInfo sheet(PatchFilter filter, SheetOptions options, OutputStream out) {
    return sheets.write(
        filter,
        e -> keeps(e, filter),
        options,
        words.sentence(filter, options.language() == Language.ZH),
        out);
  }

  /** The document of {@code /api/patches/{id}}: map attributes, CSV columns, survey, reasons. */
  Optional<Map<String, Object>> patch(String id) {
    PatchEntry e = byId.get(id);
    if (e == null) {
      return analysis.rows().stream()
          .filter(r -> r.isRejected() && id.equals(r.id()))
          .findFirst()
          .map(this::rejected);
    }
    Map<String, Object> values = new LinkedHashMap<>(PatchLayer.feature(e, zones).properties());
    AnalysisWriter.row(analysis, e.row())
        .forEach((k, v) -> values.put(k.equals("status") ? "ingest_status" : k, v));
    values.put("area_ha", Math.round(e.row().area().squareMetres()) / 10_000.0);
    values.put("survey", SurveyFacts.of(e.survey()));
    values.put("reasons", SurveyFacts.reasons(e, zones, rules, labels));
    values.put("bounds", bounds(e));
    return Optional.of(values);
  }

  private Map<String, Object> rejected(PatchRow row) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", row.id());
    AnalysisWriter.row(analysis, row)
        .forEach((k, v) -> values.put(k.equals("status") ? "ingest_status" : k, v));
    return values;
  }

  /** Whether {@code filter} keeps {@code e}. */
  boolean keeps(PatchEntry e, PatchFilter filter) {
    PatchRow row = e.row();
    return (filter.states().isEmpty()
            || filter.states().contains(MapLabels.key(e.survey().state())))
        && (filter.statuses().isEmpty()
            || filter.statuses().contains(MapLabels.key(e.survey().mineStatus())))
        && (filter.periods().isEmpty()
            || filter.periods().contains(MapLabels.key(e.survey().period())))
        && (filter.region() == null || filter.region().equals(row.regionId()))
        && row.rank() >= filter.priorityMin()
        && row.rank() <= filter.priorityMax()
        && (filter.zone() == null || inZone(row, filter.zone()))
        && (filter.band() == null || inBand(row, filter.band()));
  }

  /** A patch is in a zone with area in it ({@link CountingRule#inZone}). */
  private boolean inZone(PatchRow row, String zone) {
    return zones.stream().anyMatch(z -> z.zone().equals(zone))
        && CountingRule.inZone(row.area(zone));
  }

  /**
   * A patch is in a band of a corridor when it counts there: the band holding the largest part of
   * it, as the summary counts it ({@link ZoneSummary#countedBand}).
   */
  private boolean inBand(PatchRow row, String band) {
    for (ZoneColumns z : zones) {
      if (z.banded() && z.areas().stream().anyMatch(c -> c.key().equals(band))) {
        return band.equals(ZoneSummary.countedBand(row, z));
      }
    }
    return false;
  }

  /** The words of the analysis's zones, bands and region levels. */
  Labels labels() {
    return labels;
  }

  private CatalogMeta buildMeta() {
    List<CatalogMeta.ZoneMeta> zoneList = new ArrayList<>();
    for (ZoneColumns z : zones) {
      List<CatalogMeta.BandMeta> bandList = new ArrayList<>();
      for (ResultColumn column : z.banded() ? z.areas() : List.<ResultColumn>of()) {
        ResultColumn.Band band = column.band().orElseThrow();
        Bilingual words = Labels.band(band.from().metres(), band.to().metres());
        bandList.add(
            new CatalogMeta.BandMeta(
                column.key(),
                MapLabels.metres(band.from()),
                MapLabels.metres(band.to()),
                words.zh(),
                words.en()));
      }
      Bilingual label = labels.column(z.zone());
      zoneList.add(
          new CatalogMeta.ZoneMeta(
              z.zone(),
              z.kind().name().toLowerCase(Locale.ROOT),
              label.zh(),
              label.en(),
              rules.mustClear().contains(z.zone()),
              bandList,
              z.distance().map(ResultColumn::name).orElse(null)));
    }
    CatalogMeta.CodeLabels codes =
        new CatalogMeta.CodeLabels(
            codeList(RestorationState.values()),
            codeList(MineStatus.values()),
            codeList(PlannedPeriod.values()),
            codeList(DamageType.values()),
            codeList(RestorationMode.values()));
    Map<String, BilingualJson> filters = new LinkedHashMap<>();
    FilterWords.filters().forEach((name, label) -> filters.put(name, BilingualJson.of(label)));
    List<CatalogMeta.RegionMeta> regionList = new ArrayList<>();
    for (RegionPolygon r : analysis.regions().regions()) {
      regionList.add(new CatalogMeta.RegionMeta(r.id(), r.name(), regionBounds.get(r.id())));
    }
    return new CatalogMeta(
        zoneList,
        codes,
        filters,
        regionList,
        entries.size(),
        entries.stream().mapToLong(e -> e.row().rank()).max().orElse(0),
        analysis.spec().idField());
  }

  private static <E extends Enum<E> & Labelled> List<KeyLabel> codeList(E[] values) {
    List<KeyLabel> out = new ArrayList<>();
    for (E v : values) {
      out.add(new KeyLabel(MapLabels.key(v), v.chineseLabel(), v.label()));
    }
    return out;
  }

  private static double[] bounds(PatchEntry e) {
    return bounds(e.lonLat().getEnvelopeInternal());
  }

  private static double[] bounds(Envelope e) {
    return new double[] {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()};
  }
}
