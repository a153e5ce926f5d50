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
    assertTrue(suggestion.contains("(did you mean analyze?)"), suggestion);
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

  /**
   * A usage error is one line naming the option as typed, with a suggestion, and no usage dump
   * (issue 20): {@code --measure muu}, {@code --rows countyy}, an unknown option.
   */
  @Test
  void usageErrorsAreOneLineNamingTheOptionTyped() {
    String spec = Path.of("../data/demo/analysis.yaml").toString();
    String out = dir.resolve("t").toString();
    assertEquals(
        "mineeco table: --measure: unknown measure 'muu' (did you mean 'mu'?);"
            + " ./mineeco table --help lists the options\n",
        output(2, "table", "--spec", spec, "--rows", "county", "--measure", "muu", "--out", out));
    assertEquals(
        "mineeco table: --rows: unknown dimension 'countyy' (did you mean 'county'?);"
            + " ./mineeco table --help lists the options\n",
        output(2, "table", "--spec", spec, "--rows", "countyy", "--out", out));
    String columns =
        output(2, "table", "--spec", spec, "--rows", "county", "--columns", "damge", "--out", out);
    assertTrue(columns.startsWith("mineeco table: --columns: unknown dimension 'damge'"), columns);
    String unknown = output(2, "analyze", "--spec", spec, "--out", out, "--thread", "2");
    assertEquals(1, unknown.lines().count(), unknown);
    assertTrue(
        unknown.startsWith("mineeco analyze: Unknown options: '--thread'")
            && unknown.contains("(did you mean --threads?)"),
        unknown);
  }

  /** Files the user names are described in words, never with a Java exception's name. */
  @Test
  void fileErrorsNameNoJavaException() throws Exception {
    String out = dir.resolve("o").toString();
    assertEquals(
        "mineeco: " + dir.resolve("analysis.yml") + ": no such file (the spec)\n",
        output(1, "analyze", "--spec", dir.resolve("analysis.yml").toString(), "--out", out));
    assertEquals(
        "mineeco: " + dir + ": is a folder: the spec must be a file\n",
        output(1, "analyze", "--spec", dir.toString(), "--out", out));
    Path fifo = dir.resolve("fifo.yaml");
    new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
    assertEquals(
        "mineeco: "
            + fifo
            + ": is not a regular file (a pipe or device): the spec must be a file\n",
        output(1, "analyze", "--spec", fifo.toString(), "--out", out));
    String targets =
        output(
            1,
            "report",
            "--spec",
            Path.of("../data/demo/analysis.yaml").toString(),
            "--preset",
            "dandong",
            "--targets",
            dir.resolve("targets.csv").toString(),
            "--out",
            out);
    assertEquals(
        "mineeco: " + dir.resolve("targets.csv") + ": cannot read targets: no such file\n",
        targets);
  }

  /** A database port that accepts and never answers ends the run in one line within its timeout. */
  @Test
  void aDatabaseThatNeverAnswersEndsInOneLine() throws Exception {
    try (java.net.ServerSocket silent =
        new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      String url =
          "postgresql://127.0.0.1:" + silent.getLocalPort() + "/db?schema=out&connect_timeout=2";
      long start = System.nanoTime();
      String err =
          output(
              1,
              "analyze",
              "--spec",
              Path.of("../data/demo/analysis.yaml").toString(),
              "--out",
              url);
      assertTrue((System.nanoTime() - start) / 1e9 < 20, "ended within the timeout");
      assertEquals(1, err.lines().count(), err);
      assertTrue(err.startsWith("mineeco: postgresql://127.0.0.1:"), err);
      assertTrue(err.contains("cannot connect: "), err);
    }
  }

  /** A demo size the generator refuses is a usage error naming the option, not a stack trace. */
  @Test
  void demoSizeOutOfRangeIsAUsageError() {
    String out = dir.resolve("demo").toString();
    String patches = output(2, "generate-demo", "--out", out, "--patches", "100");
    assertTrue(
        patches.startsWith(
            "mineeco generate-demo: --patches: patches must be between 1000 and 1000000, was 100"),
        patches);
    String farmland = output(2, "generate-demo", "--out", out, "--farmland", "5");
    assertTrue(
        farmland.startsWith(
            "mineeco generate-demo: --farmland: farmlandParcels must be between 1000 and 200000"),
        farmland);
    assertTrue(!patches.contains("\tat ") && !farmland.contains("\tat "), patches + farmland);
    // More parcels than the province holds: refused before anything is written.
    String many = output(2, "generate-demo", "--out", out, "--farmland", "2000000");
    assertTrue(
        many.startsWith("mineeco generate-demo: --farmland: farmlandParcels must be between"),
        many);
    assertTrue(!many.contains("\tat "), many);
    assertTrue(!Files.exists(dir.resolve("demo")), "nothing written");
  }
}
