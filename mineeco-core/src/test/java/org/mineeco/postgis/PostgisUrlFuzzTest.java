package org.mineeco.postgis;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the URL parser with any text: it returns a URL that yields a JDBC URL and quoted names, or
 * throws an {@link IllegalArgumentException} with a message; anything else is a finding.
 */
class PostgisUrlFuzzTest {
  @DictionaryEntries({
    "postgresql://",
    "postgres://",
    "user@",
    ":5432",
    "/db",
    "?table=",
    "&geometry=",
    "?schema=",
    "public.",
    "%22",
    "%00",
    "%E5%9B%BE",
    "@",
    ":",
    "[::1]"
  })
  @FuzzTest(maxDuration = "10m")
  void parsesOrRefuses(String text) {
    PostgisUrl url;
    try {
      url = PostgisUrl.parse(text);
    } catch (IllegalArgumentException expected) {
      if (expected.getMessage() == null || expected.getMessage().isBlank()) {
        throw new AssertionError("refused without a message", expected);
      }
      return;
    }
    url.jdbcUrl();
    if (url.table() != null) {
      url.quotedTable();
    }
  }
}
