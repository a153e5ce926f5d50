package org.mineeco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;

  @Test
  void everyCommandHasHelp() {
    for (String command :
        new String[] {
          "analyze", "serve", "export-pmtiles", "report", "generate-demo", "load", "inventory"
        }) {
      assertEquals(0, Main.run(command, "--help"), command);
    }
    assertEquals(0, Main.run("--help"));
  }

  /**
   * The command line holds only the command named first; the help, the table alias and a misspelt
   * name still see every command.
   */
  @Test
  void theHelpTheAliasAndSuggestionsSeeEveryCommand() {
    String all = output(0, "--help");
    for (String command : new String[] {"analyze", "report, table", "zone-table", "inventory"}) {
      assertTrue(all.contains(command), all);
    }
    assertTrue(output(0, "help", "analyze").startsWith("Usage: mineeco analyze"));
    assertTrue(output(0, "table", "--help").startsWith("Usage: mineeco report"));
    String suggestion = output(2, "anlyze");
    assertTrue(suggestion.contains("Did you mean: mineeco analyze?"), suggestion);
  }

  /** What the command prints to its output and error, checking its exit status. */
  private static String output(int status, String... args) {
    StringWriter text = new StringWriter();
    PrintWriter writer = new PrintWriter(text);
    assertEquals(status, Main.run(writer, writer, args), String.join(" ", args));
    writer.flush();
    return text.toString();
  }

  @Test
  void badUsageAndBadInputGiveDistinctStatusesAndNoStackTrace() {
    assertEquals(2, Main.run("analyze", "--out", dir.toString()), "--spec is required");
    assertEquals(2, Main.run("no-such-command"));
    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    int status;
    try {
      status =
          Main.run(
              "analyze", "--spec", dir.resolve("missing.yaml").toString(), "--out", dir.toString());
    } finally {
      System.setErr(stderr);
    }
    String message = captured.toString(StandardCharsets.UTF_8);
    assertEquals(1, status, message);
    assertEquals(true, message.startsWith("mineeco: " + dir.resolve("missing.yaml")), message);
    assertEquals(false, message.contains("\tat "), "no stack trace: " + message);
  }

  /** A demo size the generator refuses is a usage error naming the option, not a stack trace. */
  @Test
  void demoSizeOutOfRangeIsAUsageError() {
    String out = dir.resolve("demo").toString();
    String patches = output(2, "generate-demo", "--out", out, "--patches", "100");
    assertTrue(
        patches.startsWith("--patches: patches must be between 1000 and 1000000, was 100"),
        patches);
    String farmland = output(2, "generate-demo", "--out", out, "--farmland", "5");
    assertTrue(
        farmland.startsWith("--farmland: farmlandParcels must be between 1000 and 200000"),
        farmland);
    assertTrue(!patches.contains("\tat ") && !farmland.contains("\tat "), patches + farmland);
    // More parcels than the province holds: refused before anything is written.
    String many = output(2, "generate-demo", "--out", out, "--farmland", "2000000");
    assertTrue(many.startsWith("--farmland: farmlandParcels must be between"), many);
    assertTrue(!many.contains("\tat "), many);
    assertTrue(!Files.exists(dir.resolve("demo")), "nothing written");
  }
}
