package org.mineeco.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import org.mineeco.io.BadInputException;
import org.mineeco.postgis.PostgisException;
import org.mineeco.spec.SpecException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof BadInputException
              || e instanceof SpecException
              || e instanceof PostgisException
              || e instanceof CommandFailure) {
            commandLine.getErr().println("mineeco: " + e.getMessage());
            return 1;
          }
          throw e;
        });
    return cli.execute(args);
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
