package org.mineeco.register;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.mineeco.io.BadInputException;

/**
 * Fuzzes the progress reader with any bytes as CSV: it returns reports of known mines with a
 * percent 0 to 100 and row problems, or throws a {@link BadInputException} naming the file;
 * anything else thrown is a finding.
 */
class ProgressFileFuzzTest {
  @DictionaryEntries({
    "矿山编号,填报日期,阶段,进度（%）,备注\n",
    "mine,date,stage,percent\n",
    "M1",
    "施工",
    "aftercare",
    "2024-11-30",
    "2024-02-30",
    "100%",
    "-1",
    "\"",
    ",",
    "\n",
    "\uFEFF"
  })
  @FuzzTest(maxDuration = "10m")
  void readsOrRefuses(byte[] csv) throws IOException {
    Path file = Files.createTempFile("fuzz-progress", ".csv");
    try {
      Files.write(file, csv);
      RowFile.Rows<ProgressReport> read = ProgressFile.read(file, Set.of("M1", "M2"));
      for (ProgressReport r : read.entries()) {
        if (!Set.of("M1", "M2").contains(r.mine())) {
          throw new AssertionError("a report that should be a problem: " + r);
        }
      }
      read.problems().forEach(p -> p.reason().zh().length());
    } catch (BadInputException expected) {
      if (!expected.getMessage().contains(file.toString())) {
        throw new AssertionError("message does not name the file: " + expected.getMessage());
      }
    } finally {
      Files.delete(file);
    }
  }
}
