package org.mineeco.register;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One mine's ledger (一矿一策): who is responsible, for what task, with what money, by when.
 *
 * @param mine the mine id (the spec's mine id field), not blank
 * @param party 责任主体, not blank
 * @param responsibility 责任类型
 * @param task 治理任务, not blank
 * @param fundingSource 资金来源, may be empty
 * @param funds 资金 in 万元 (10,000 yuan), at least 0
 * @param deadline 治理时限, to the month: late from the first day of the next month
 * @param plan 方案编号, may be empty
 */
public record LedgerEntry(
    String mine,
    String party,
    Responsibility responsibility,
    String task,
    String fundingSource,
    BigDecimal funds,
    YearMonth deadline,
    String plan) {
  public LedgerEntry {
    requireText("mine", mine);
    requireText("责任主体 (party)", party);
    Objects.requireNonNull(responsibility, "responsibility");
    requireText("治理任务 (task)", task);
    fundingSource = fundingSource == null ? "" : fundingSource.strip();
    if (funds == null || funds.signum() < 0) {
      throw new IllegalArgumentException("资金（万元） must be a number >= 0, was " + funds);
    }
    Objects.requireNonNull(deadline, "deadline");
    plan = plan == null ? "" : plan.strip();
  }

  private static void requireText(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank, was '" + value + "'");
    }
  }
}
