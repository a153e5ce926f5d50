package org.mineeco.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptEncodingTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "NULL | false",
        "'' | false",
        "gzip | true",
        "gzip, deflate, br | true",
        "br, gzip;q=0.8 | true",
        "gzip;q=0.8, identity;q=0.5 | true",
        "gzip;q=0 | false",
        "gzip;q=0.000 | false",
        "gzip ; q=1 | true",
        "x-gzip | true",
        "* | true",
        "*;q=0 | false",
        "gzip;q=0, * | false",
        "identity | false",
        "gzip;q=0.5, identity | false",
        "identity;q=0, *;q=0.1 | true",
        "; | false",
        "' ; ' | false",
        ";; | false",
        "gzip; | false",
        "gzip;q=2 | false",
        "gzip;q=abc | false",
        "gzip;level=9 | true",
        "deflate, ;, gzip | true",
      })
  void choosesGzipByWeight(String header, boolean gzip) {
    assertEquals(gzip, AcceptEncoding.prefersGzip(header), header);
  }
}
