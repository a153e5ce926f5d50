package org.mineeco.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.mineeco.inventory.HistoryEntry;
import org.mineeco.register.Check;
import org.mineeco.register.Delisting;
import org.mineeco.register.LedgerEntry;
import org.mineeco.register.PatchHistory;
import org.mineeco.register.Register;
import org.mineeco.units.AreaUnit;

/**
 * The JSON of {@code /api/patches/{id}/history}: a patch's file in the register ({@link
 * PatchHistory}), each term as its code and its words ({@link BilingualJson}), areas in m² and 亩,
 * dates ISO. Immutable.
 *
 * @param id the patch id
 * @param mine the patch's mine
 * @param asOf the day the ledger's overdue flag is judged on
 * @param surveys the patch in each recorded survey, oldest first
 * @param ledger its ledger entry, or null when it has none
 * @param delisting its delisting, or null when it is not delisted
 * @param checks the checks recorded on it, oldest first
 */
record HistoryJson(
    String id,
    String mine,
    @JsonProperty("as_of") String asOf,
    List<SurveyJson> surveys,
    LedgerJson ledger,
    DelistingJson delisting,
    List<CheckJson> checks) {
  HistoryJson {
    surveys = List.copyOf(surveys);
    checks = List.copyOf(checks);
  }

  /**
   * Patch {@code id}'s file in {@code register}, its ledger's overdue flag as of {@code asOf}; only
   * reads the store.
   *
   * @throws RequestError 404 when no recorded survey has the patch
   */
  static HistoryJson of(Register register, String id, LocalDate asOf) {
    PatchHistory history =
        register
            .patchHistory(id)
            .orElseThrow(
                () ->
                    new RequestError(404, "no patch with id '" + id + "' in any recorded survey"));
    return new HistoryJson(
        history.id(),
        history.mine(),
        asOf.toString(),
        history.surveys().stream().map(SurveyJson::of).toList(),
        history.ledger().map(e -> LedgerJson.of(e, register.overdue(e, asOf))).orElse(null),
        history.delisting().map(DelistingJson::of).orElse(null),
        history.checks().stream().map(CheckJson::of).toList());
  }

  /** The patch in one recorded survey ({@link HistoryEntry}); areas in m² and 亩. */
  record SurveyJson(
      int year,
      String id,
      String state,
      @JsonProperty("state_words") BilingualJson stateWords,
      @JsonProperty("area_m2") double areaSquareMetres,
      @JsonProperty("area_mu") double areaMu,
      String region,
      String matched) {
    static SurveyJson of(HistoryEntry e) {
      return new SurveyJson(
          e.year(),
          e.id(),
          e.state(),
          BilingualJson.of(e.stateWords()),
          e.area().squareMetres(),
          e.area().in(AreaUnit.MU),
          e.region(),
          e.matched());
    }
  }

  /** The patch's ledger entry ({@link LedgerEntry}): who restores it, with what, by when. */
  record LedgerJson(
      String mine,
      String party,
      String responsibility,
      @JsonProperty("responsibility_words") BilingualJson responsibilityWords,
      String task,
      @JsonProperty("funding_source") String fundingSource,
      @JsonProperty("funds_wan_yuan") BigDecimal fundsWanYuan,
      String deadline,
      String plan,
      boolean overdue) {
    static LedgerJson of(LedgerEntry e, boolean overdue) {
      return new LedgerJson(
          e.mine(),
          e.party(),
          e.responsibility().words().en(),
          BilingualJson.of(e.responsibility().words()),
          e.task(),
          e.fundingSource(),
          e.funds(),
          e.deadline().toString(),
          e.plan(),
          overdue);
    }
  }

  /** The patch's delisting: when, by which document, whether forced, and why. */
  record DelistingJson(String patch, String date, String document, boolean forced, String reason) {
    static DelistingJson of(Delisting d) {
      return new DelistingJson(
          d.patch(), d.date().toString(), d.document(), d.forced(), d.change().reason());
    }
  }

  /** A check recorded on the patch ({@link Check}). */
  record CheckJson(
      String patch,
      String date,
      String finding,
      @JsonProperty("finding_words") BilingualJson findingWords,
      String note) {
    static CheckJson of(Check c) {
      return new CheckJson(
          c.patch(),
          c.date().toString(),
          c.finding().words().en(),
          BilingualJson.of(c.finding().words()),
          c.note());
    }
  }
}
