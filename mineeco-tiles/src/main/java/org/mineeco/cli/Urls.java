package org.mineeco.cli;

import org.mineeco.postgis.PostgisUrl;

/** PostGIS URLs given on the command line. */
final class Urls {
  private Urls() {}

  /** Parses {@code text}, the value of {@code option}; a bad URL is a failure naming the option. */
  static PostgisUrl parse(String text, String option) {
    try {
      return PostgisUrl.parse(text);
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(option + ": " + e.getMessage());
    }
  }
}
