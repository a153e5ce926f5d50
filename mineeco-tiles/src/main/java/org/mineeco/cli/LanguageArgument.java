package org.mineeco.cli;

import java.util.Arrays;
import org.mineeco.report.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The language of written tables and charts: {@code --language en|zh}. */
final class LanguageArgument {
  @Option(
      names = "--language",
      description = "en or zh (default: ${DEFAULT-VALUE})",
      defaultValue = "en")
  String language;

  /** The language given, or a usage error naming the option. */
  Language value(CommandSpec command) {
    return OptionValues.parse(
        command,
        "--language",
        () ->
            Arrays.stream(Language.values())
                .filter(l -> l.name().equalsIgnoreCase(language))
                .findFirst()
                .orElseThrow(
                    () ->
                        new IllegalArgumentException("expected en or zh, was '" + language + "'")));
  }
}
