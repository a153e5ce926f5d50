package org.mineeco.register;

import java.util.List;
import java.util.Optional;
import org.mineeco.inventory.HistoryEntry;

/**
 * A patch's file (一矿一档) in the register: every survey that saw it, its mine's current ledger entry,
 * its delisting and its spot checks. A delisted patch keeps its surveys here after it left the open
 * tasks.
 *
 * @param id the patch id asked for
 * @param mine its mine in the latest survey that saw it
 * @param surveys the patch in every recorded survey, oldest first, under the ids it was matched to
 * @param ledger its mine's current ledger entry, if any
 * @param delisting its recorded delisting, if any
 * @param checks its spot checks, oldest first
 */
public record PatchHistory(
    String id,
    String mine,
    List<HistoryEntry> surveys,
    Optional<LedgerEntry> ledger,
    Optional<Delisting> delisting,
    List<Check> checks) {
  public PatchHistory {
    if (id == null || id.isBlank() || mine == null || mine.isBlank()) {
      throw new IllegalArgumentException(
          "a patch history needs an id and a mine, was '" + id + "', '" + mine + "'");
    }
    surveys = List.copyOf(surveys);
    checks = List.copyOf(checks);
  }
}
