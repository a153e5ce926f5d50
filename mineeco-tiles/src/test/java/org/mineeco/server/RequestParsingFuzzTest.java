package org.mineeco.server;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the header parsers with any text: {@code Accept-Encoding} and {@code If-None-Match} never
 * throw, and a tag always matches a list that names it.
 */
class RequestParsingFuzzTest {
  @DictionaryEntries({"gzip", "x-gzip", "identity", "*", ";q=", "0.5", "1.000", "W/\"", "\"", ","})
  @FuzzTest(maxDuration = "10m")
  void headersNeverThrow(FuzzedDataProvider data) {
    String acceptEncoding = data.consumeString(200);
    String etagBody = data.consumeAsciiString(40).replace("\"", "");
    String ifNoneMatch = data.consumeRemainingAsString();
    AcceptEncoding.prefersGzip(acceptEncoding);
    String etag = "\"" + etagBody + "\"";
    EntityTags.noneMatchHits(ifNoneMatch, etag);
    if (!EntityTags.noneMatchHits(etag + ", " + ifNoneMatch, etag)
        || !EntityTags.noneMatchHits("\"x\", W/" + etag, etag)) {
      throw new AssertionError("a list naming " + etag + " first must match it");
    }
  }
}
