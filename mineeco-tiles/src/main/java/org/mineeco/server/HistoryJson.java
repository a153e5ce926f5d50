package org.mineeco.server;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mineeco.inventory.HistoryEntry;
import org.mineeco.register.Check;
import org.mineeco.register.Delisting;
import org.mineeco.register.LedgerEntry;
import org.mineeco.register.PatchHistory;
import org.mineeco.register.Register;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Bilingual;

/**
 * The JSON of {@code /api/patches/{id}/history}: a patch's file in the register ({@link
 * PatchHistory}) as maps and lists, each term as its code and its words ({@code {"zh", "en"}}),
 * areas in m² and 亩, dates ISO. Stateless.
 */
final class HistoryJson {
  private HistoryJson() {}

  /**
   * Patch {@code id}'s file in {@code register}, its ledger's overdue flag as of {@code asOf}; only
   * reads the store.
   *
   * @throws RequestError 404 when no recorded survey has the patch
   */
  static Map<String, Object> of(Register register, String id, LocalDate asOf) {
    PatchHistory history =
        register
            .patchHistory(id)
            .orElseThrow(
                () ->
                    new RequestError(404, "no patch with id '" + id + "' in any recorded survey"));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", history.id());
    json.put("mine", history.mine());
    json.put("as_of", asOf.toString());
    json.put("surveys", history.surveys().stream().map(HistoryJson::survey).toList());
    json.put(
        "ledger", history.ledger().map(e -> ledger(e, register.overdue(e, asOf))).orElse(null));
    json.put("delisting", history.delisting().map(HistoryJson::delisting).orElse(null));
    json.put("checks", history.checks().stream().map(HistoryJson::check).toList());
    return json;
  }

  private static Map<String, Object> survey(HistoryEntry e) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("year", e.year());
    json.put("id", e.id());
    json.put("state", e.state());
    json.put("state_words", words(e.stateWords()));
    json.put("area_m2", e.area().squareMetres());
    json.put("area_mu", e.area().in(AreaUnit.MU));
    json.put("region", e.region());
    json.put("matched", e.matched());
    return json;
  }

  private static Map<String, Object> ledger(LedgerEntry e, boolean overdue) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("mine", e.mine());
    json.put("party", e.party());
    json.put("responsibility", e.responsibility().words().en());
    json.put("responsibility_words", words(e.responsibility().words()));
    json.put("task", e.task());
    json.put("funding_source", e.fundingSource());
    json.put("funds_wan_yuan", e.funds());
    json.put("deadline", e.deadline().toString());
    json.put("plan", e.plan());
    json.put("overdue", overdue);
    return json;
  }

  private static Map<String, Object> delisting(Delisting d) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("patch", d.patch());
    json.put("date", d.date().toString());
    json.put("document", d.document());
    json.put("forced", d.forced());
    json.put("reason", d.change().reason());
    return json;
  }

  private static Map<String, Object> check(Check c) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("patch", c.patch());
    json.put("date", c.date().toString());
    json.put("finding", c.finding().words().en());
    json.put("finding_words", words(c.finding().words()));
    json.put("note", c.note());
    return json;
  }

  private static Map<String, String> words(Bilingual b) {
    return Map.of("zh", b.zh(), "en", b.en());
  }
}
