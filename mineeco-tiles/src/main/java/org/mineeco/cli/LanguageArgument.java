package org.mineeco.cli;

import org.mineeco.vocabulary.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The language of written tables, charts and printed summaries: {@code --language zh|en}. */
final class LanguageArgument {
  @Option(
      names = "--language",
      description = "zh or en (default: ${DEFAULT-VALUE})",
      defaultValue = "zh")
  String language;

  /** The language given, or a usage error naming the option. */
  Language value(CommandSpec command) {
    return OptionValues.parse(command, "--language", () -> Language.parse(language));
  }
}
