package org.mineeco.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The member names of a JSON object in the order the server wrote them. */
final class JsonMembers {
  private JsonMembers() {}

  static List<String> of(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
