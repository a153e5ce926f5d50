package org.mineeco.register;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.mineeco.io.BadInputException;

/**
 * Fuzzes the ledger reader with any bytes as CSV: it returns entries and row problems (never both
 * an entry and a problem for one line) or throws a {@link BadInputException} naming the file;
 * anything else thrown is a finding.
 */
class LedgerFileFuzzTest {
  private static Path dir;

  private static synchronized Path folder() throws IOException {
    if (dir == null) {
      dir = Files.createTempDirectory("fuzz-ledger");
    }
    return dir;
  }

  @DictionaryEntries({
    "矿山编号,责任主体,责任类型,治理任务,资金来源,资金（万元）,治理时限,方案编号\n",
    "mine,party,responsibility,task,funds,deadline\n",
    "M1",
    "有主",
    "历史遗留",
    "legacy",
    "2024-06",
    "2024-13",
    "1,000.5",
    "-1",
    "\"",
    ",",
    "\n",
    "\uFEFF"
  })
  @FuzzTest(maxDuration = "10m")
  void readsOrRefuses(byte[] csv) throws IOException {
    Path file = folder().resolve("ledger.csv");
    Files.write(file, csv);
    try {
      RowFile.Rows<LedgerEntry> read = LedgerFile.read(file, Set.of("M1", "M2"));
      for (LedgerEntry e : read.entries()) {
        if (!Set.of("M1", "M2").contains(e.mine()) || e.funds().signum() < 0) {
          throw new AssertionError("an entry that should be a problem: " + e);
        }
      }
      read.problems().forEach(p -> p.reason().zh().length());
    } catch (BadInputException expected) {
      if (!expected.getMessage().contains(file.toString())) {
        throw new AssertionError("message does not name the file: " + expected.getMessage());
      }
    }
  }
}
