package org.mineeco.cli;

import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Option values checked by the library: its refusal becomes a usage error naming the option. */
final class OptionValues {
  private OptionValues() {}

  /**
   * The value {@code parser} makes of an option.
   *
   * @throws ParameterException {@code <option>: <the library's message>} (exit status 2) when the
   *     parser throws {@link IllegalArgumentException}
   */
  static <T> T parse(CommandSpec command, String option, Supplier<T> parser) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command.commandLine(), option + ": " + e.getMessage(), e);
    }
  }
}
