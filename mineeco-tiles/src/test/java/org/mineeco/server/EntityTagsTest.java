package org.mineeco.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityTagsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "NULL | false",
        "'\"abc\"' | true",
        "'W/\"abc\"' | true",
        "'\"x\", W/\"abc\"' | true",
        "'\"x\",\"abc\"' | true",
        "'\"x\" ,  \"y\"' | false",
        "* | true",
        "'\"ab' | false",
        "abc | false",
        "'W/' | false",
        "'\"a,bc\", \"abc\"' | true",
        "'\"abcd\"' | false",
      })
  void comparesWeakly(String header, boolean hit) {
    assertEquals(hit, EntityTags.noneMatchHits(header, "\"abc\""), header);
  }
}
