package org.mineeco.spec;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mineeco.stats.TableDefinition;

/**
 * Fuzzes the table-definition reader with any bytes: it returns definitions or throws a {@link
 * SpecException} naming the file; anything else thrown is a finding.
 */
class TableSpecsFuzzTest {
  private static Path dir;

  private static synchronized Path folder() throws IOException {
    if (dir == null) {
      dir = Files.createTempDirectory("fuzz-tables");
    }
    return dir;
  }

  @DictionaryEntries({
    "tables: ",
    "- ",
    "name: t",
    "rows: [county, status]",
    "columns: [damage]",
    "measures: [patches, mines, mu, km2]",
    "zones: [red_line]",
    "rows: [zone]",
    "where: {status: [PRODUCING]}",
    "title: {zh: 表, en: t}",
    "decimals: 2",
    "periods: [2022-2023, 2024-2025]",
    "&a",
    "*a",
    "~",
    "[",
    "{",
    ": "
  })
  @FuzzTest(maxDuration = "10m")
  void readsOrRefuses(byte[] yaml) throws IOException {
    Path file = folder().resolve("tables.yaml");
    Files.write(file, yaml);
    try {
      for (TableDefinition d : TableSpecs.load(file)) {
        d.rows().forEach(String::length);
      }
    } catch (SpecException expected) {
      if (!expected.getMessage().startsWith(file.toString())) {
        throw new AssertionError("message does not name the file: " + expected.getMessage());
      }
    }
  }
}
