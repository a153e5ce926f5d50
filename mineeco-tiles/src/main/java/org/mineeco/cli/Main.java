package org.mineeco.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.mineeco.io.BadInputException;
import org.mineeco.io.IoErrors;
import org.mineeco.postgis.PostgisException;
import org.mineeco.spec.SpecException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** The {@code mineeco} command line: {@code ./mineeco <command> [options]}. */
@Command(
    name = "mineeco",
    mixinStandardHelpOptions = true,
    version = "mineeco 0.1.0",
    description = "Spatial analytics for mine ecological restoration.")
public final class Main {
  /** The commands, in the order the help lists them. */
  private static final List<Class<?>> COMMANDS =
      List.of(
          AnalyzeCommand.class,
          GenerateDemoCommand.class,
          ReportCommand.class,
          ZoneTableCommand.class,
          MapCommand.class,
          ServeCommand.class,
          ExportPmtilesCommand.class,
          LoadCommand.class,
          InventoryCommand.class,
          CommandLine.HelpCommand.class);

  private Main() {}

  /** Runs a command and exits with its status: 0 done, 1 bad input, 2 bad usage. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command and returns its exit status, printing errors without a stack trace. */
  public static int run(String... args) {
    return run(null, null, args);
  }

  /** {@link #run(String...)} printing to {@code out} and {@code err} (null: the standard ones). */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    commandsFor(args).forEach(cli::addSubcommand);
    if (out != null) {
      cli.setOut(out);
    }
    if (err != null) {
      cli.setErr(err);
    }
    cli.setParameterExceptionHandler(Main::usageError);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter stderr = commandLine.getErr();
          stderr.println("mineeco: " + message(e));
          if (!expected(e) && System.getenv("MINEECO_DEBUG") != null) {
            e.printStackTrace(stderr);
          }
          stderr.flush();
          return 1;
        });
    try {
      return cli.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      PrintWriter stderr = cli.getErr();
      stderr.println("mineeco: " + IoErrors.reason(e));
      stderr.flush();
      return 1;
    }
  }

  /**
   * A command line that cannot be parsed: one line naming the option, and where to read about the
   * options (no usage dump; {@code --help} prints it). Exit status 2.
   */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    // The command as typed: "table" rather than its name "report".
    String[] words = commandLine.getCommandSpec().qualifiedName().split(" ");
    if (words.length > 1 && args.length > 0 && !args[0].startsWith("-")) {
      words[1] = args[0];
    }
    String typed = String.join(" ", words);
    StringBuilder line = new StringBuilder(typed);
    line.append(": ").append(IoErrors.oneLine(e.getMessage()));
    if (e instanceof UnmatchedArgumentException unmatched
        && !unmatched.getSuggestions().isEmpty()) {
      line.append(" (did you mean ").append(unmatched.getSuggestions().get(0)).append("?)");
    }
    line.append("; ./").append(typed).append(" --help lists the options");
    PrintWriter err = commandLine.getErr();
    err.println(line);
    err.flush();
    return 2;
  }

  /** Failures of the input or the environment, which a user mends; others are defects. */
  private static boolean expected(Exception e) {
    return e instanceof BadInputException
        || e instanceof SpecException
        || e instanceof PostgisException
        || e instanceof CommandFailure
        || e instanceof UncheckedIOException
        || e instanceof IOException;
  }

  /** The one line a user reads: the message, never an exception's class name or a trace. */
  static String message(Exception e) {
    if (expected(e) && !(e instanceof UncheckedIOException) && !(e instanceof IOException)) {
      return IoErrors.oneLine(e.getMessage());
    }
    if (e instanceof UncheckedIOException && e.getMessage() != null) {
      return IoErrors.oneLine(e.getMessage());
    }
    String reason = IoErrors.reason(e);
    return expected(e)
        ? reason
        : reason + " (an unexpected failure; MINEECO_DEBUG=1 prints its details)";
  }

  /**
   * The command named by the first argument alone, when it names one other than {@code help}; else
   * all of them (for the help, and picocli's suggestions for a misspelt name). Picocli reads every
   * option of every command it is given: with all of them, 0.07 s more of each start.
   */
  private static List<Class<?>> commandsFor(String... args) {
    if (args.length > 0) {
      for (Class<?> command : COMMANDS) {
        Command annotation = command.getAnnotation(Command.class);
        boolean named =
            annotation.name().equals(args[0])
                || Arrays.asList(annotation.aliases()).contains(args[0]);
        if (named && command != CommandLine.HelpCommand.class) {
          return List.of(command);
        }
      }
    }
    return COMMANDS;
  }
}
