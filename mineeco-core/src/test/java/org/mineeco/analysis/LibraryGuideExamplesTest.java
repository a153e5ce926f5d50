package org.mineeco.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java examples of the library guide (docs/library.md), compiled from its text against
 * mineeco-core and run on the demo data: the guide cannot drift from the API.
 */
class LibraryGuideExamplesTest {
  private static final Path LIBRARY_GUIDE = Path.of("../docs/library.md");
  private static final Path DEMO = Path.of("../data/demo");
  private static final Pattern JAVA = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS = Pattern.compile("public class (\\w+)");
  private static final Pattern ROW =
      Pattern.compile("(\\S+) ([^:]*): (\\d+) patches, ([0-9.]+) mu");

  @TempDir static Path classes;
  private static List<String> names;

  @BeforeAll
  static void compile() throws Exception {
    Matcher m = JAVA.matcher(Files.readString(LIBRARY_GUIDE));
    names = new ArrayList<>();
    List<String> files = new ArrayList<>();
    while (m.find()) {
      Matcher name = CLASS.matcher(m.group(1));
      assertTrue(name.find(), "every example is a public class:\n" + m.group(1));
      Path source = classes.resolve(name.group(1) + ".java");
      Files.writeString(source, m.group(1));
      names.add(name.group(1));
      files.add(source.toString());
    }
    assertEquals(List.of("RestorationTotals", "RedLineOverlay"), names);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", classPath()));
    args.addAll(files);
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = javac.run(null, null, errors, args.toArray(String[]::new));
    assertEquals(0, status, "the library guide's examples compile:\n" + errors);
  }

  /** The test's class path, whether surefire passes it directly or in a manifest-only jar. */
  private static String classPath() {
    return System.getProperty("java.class.path")
        + java.io.File.pathSeparator
        + Path.of(Analysis.class.getProtectionDomain().getCodeSource().getLocation().getPath())
        + java.io.File.pathSeparator
        + Path.of(
            org.locationtech.jts.geom.Geometry.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath());
  }

  private static String run(String name, String arg) throws Exception {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, LibraryGuideExamplesTest.class.getClassLoader())) {
      Method main = loader.loadClass(name).getMethod("main", String[].class);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[] {arg});
    } finally {
      System.setOut(out);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void bothExamplesAgreeOnTheDemoRedLine() throws Exception {
    String totals = run("RestorationTotals", DEMO.resolve("analysis.yaml").toString());
    double redLineMu = Double.NaN;
    long allPatches = -1;
    int rows = 0;
    for (String line : totals.lines().toList()) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        rows++;
        if (row.group(1).equals("all") && row.group(2).equals("patches ")) {
          allPatches = Long.parseLong(row.group(3));
        }
        if (row.group(1).equals("red_line")) {
          redLineMu = Double.parseDouble(row.group(4));
        }
      }
    }
    assertEquals(5_000, allPatches, "5,006 demo features less 6 deliberate rejects:\n" + totals);
    // all patches; yangtze, tributaries, yangtze_tributaries, rivers with their bands; 7 zones;
    // the three zones, two lines group
    assertEquals(1 + 3 + 2 + 2 + 4 + 7 + 1, rows, "one line per summary row:\n" + totals);
    assertTrue(totals.contains("m from it"), "per-patch figures by zone and band:\n" + totals);

    String overlay = run("RedLineOverlay", DEMO.toString());
    assertTrue(overlay.contains("read 5006"), overlay);
    Matcher m = Pattern.compile("inside the red line: ([0-9.]+) mu").matcher(overlay);
    assertTrue(m.find(), overlay);
    assertEquals(
        String.format(Locale.ROOT, "%.2f", redLineMu),
        m.group(1),
        "the spec's analysis and the one built from objects give the same red-line area");
  }
}
