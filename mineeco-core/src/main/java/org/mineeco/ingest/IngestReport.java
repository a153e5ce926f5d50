package org.mineeco.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mineeco.crs.Crs;
import org.mineeco.io.BadInputException;

/**
 * The account of an ingest: every feature read was accepted, repaired, rejected or filtered out by
 * the patch selection ({@code read = accepted + repaired + rejected + filtered}). Areas are
 * ellipsoidal on GRS80, in m².
 *
 * @param file the file read, or {@code null} when the reader has none
 * @param crs the CRS of the layer
 * @param read features read
 * @param accepted features accepted as read
 * @param repairs every repair, in input order
 * @param rejects every reject, in input order
 * @param filteredOut every feature left out by the selection, in input order
 * @param declaredArea how declared areas compare with computed ones
 */
public record IngestReport(
    Path file,
    Crs crs,
    long read,
    long accepted,
    List<Repair> repairs,
    List<Reject> rejects,
    List<Filtered> filteredOut,
    DeclaredAreaCheck declaredArea) {
  public IngestReport {
    Objects.requireNonNull(crs, "crs");
    Objects.requireNonNull(declaredArea, "declared area check");
    repairs = List.copyOf(repairs);
    rejects = List.copyOf(rejects);
    filteredOut = List.copyOf(filteredOut);
    if (accepted < 0 || read != accepted + repairs.size() + rejects.size() + filteredOut.size()) {
      throw new IllegalArgumentException(
          "expected read = accepted + repaired + rejected + filtered, was "
              + summary(read, accepted, repairs.size(), rejects.size(), filteredOut.size()));
    }
  }

  /** Features whose geometry was repaired, one {@link Repair} each. */
  public long repaired() {
    return repairs.size();
  }

  /** Features rejected, one {@link Reject} each. */
  public long rejected() {
    return rejects.size();
  }

  /** Features left out by the selection, one {@link Filtered} each. */
  public long filtered() {
    return filteredOut.size();
  }

  /**
   * Fails when features were read and every one was rejected, naming the commonest reason (reasons
   * compared without their vertex numbers and coordinates) and its first feature.
   *
   * @throws BadInputException naming the file
   */
  public void requireSomeAccepted() {
    if (read > 0 && accepted + repaired() == 0 && rejected() == 0) {
      throw new BadInputException(
          file,
          "the patch selection ('where') left out all "
              + read
              + " features, e.g. feature "
              + filteredOut.get(0).index()
              + ": "
              + filteredOut.get(0).reason());
    }
    if (read == 0 || rejected() + filtered() < read) {
      return;
    }
    Map<String, List<Reject>> byReason = new LinkedHashMap<>();
    for (Reject r : rejects) {
      String reason = r.reason().substring(r.reason().lastIndexOf(": ") + 1).strip();
      String key = r.field() == null ? reason : r.field() + ": " + reason;
      byReason.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    Map.Entry<String, List<Reject>> commonest =
        byReason.entrySet().stream()
            .max(Comparator.comparingInt(e -> e.getValue().size()))
            .orElseThrow();
    Reject first = commonest.getValue().get(0);
    throw new BadInputException(
        file,
        "all "
            + read
            + " features were rejected; the commonest reason ("
            + commonest.getValue().size()
            + " of "
            + read
            + "): "
            + commonest.getKey()
            + ", e.g. feature "
            + first.index()
            + ": "
            + first.message());
  }

  /** The counts, e.g. {@code read 5000, accepted 4950, repaired 45, rejected 5, filtered 0}. */
  public String summary() {
    return summary(read, accepted, repaired(), rejected(), filtered());
  }

  private static String summary(
      long read, long accepted, long repaired, long rejected, long filtered) {
    return "read %d, accepted %d, repaired %d, rejected %d, filtered %d"
        .formatted(read, accepted, repaired, rejected, filtered);
  }
}
