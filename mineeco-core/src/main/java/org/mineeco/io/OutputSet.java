package org.mineeco.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The output files of one run into one folder, which appear together or not at all, also when the
 * run is killed at any moment.
 *
 * <p>Files are written into a hidden staging folder inside the output folder ({@code
 * .mineeco-run-<pid>-<hex>}). {@link #commit()} then writes the new manifest {@value #MANIFEST}
 * into it (every complete output of this and earlier runs, as {@code sha256sum} lines) and, as the
 * commit point, a journal ({@code .commit}, renamed into place) listing the files to place. From
 * there the set is placed by renames: the manifest moves aside first, each old file moves aside
 * into the staging folder before its new one takes its place, and the new manifest comes last. The
 * manifest is thus present only when the files it lists are a complete set (readers that need a
 * whole set require it; {@code sha256sum -c} checks one). A rename that fails (a folder where a
 * file was, a full disk) puts every old file back: the previous set stands, and the error says so.
 * A run killed before the journal leaves the previous set; one killed after it is completed (rolled
 * forward) by the next mineeco process that writes into the folder or reads an input from it
 * ({@link #settle}), before it does anything else. Staging folders of runs that are gone are
 * removed then too. No staged file may have the name and place of an input of the run. Not
 * thread-safe.
 */
public final class OutputSet implements AutoCloseable {
  /** The manifest file name. */
  public static final String MANIFEST = "mineeco-manifest.txt";

  private static final Pattern STAGING = Pattern.compile("\\.mineeco-run-(\\d+)-[0-9a-f]+");
  private static final String JOURNAL = ".commit";
  private static final String PREVIOUS = ".previous";
  private static final Pattern LISTED = Pattern.compile("([0-9a-f]{64})  (.+)");
  private static final long WAIT_MILLIS = 30_000;

  /** Called before each rename of a commit, with the file's name (tests simulate failures). */
  @FunctionalInterface
  interface MoveHook {
    void beforeMove(String name) throws IOException;
  }

  private final Path folder;
  private final Path staging;
  private final List<Path> inputs;
  private boolean settled;

  private OutputSet(Path folder, Path staging, List<Path> inputs) {
    this.folder = folder;
    this.staging = staging;
    this.inputs = inputs;
  }

  /**
   * Opens an output set in {@code folder} (created if needed), after settling it ({@link #settle}).
   *
   * @param inputs every file the run reads: none may be overwritten
   * @throws UncheckedIOException naming the folder when it cannot be created or settled
   */
  public static OutputSet create(Path folder, Collection<Path> inputs) {
    Path dir = folder.toAbsolutePath().normalize();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new BadInputException(folder, "is a file, not a folder: name a folder for --out");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create output folder " + folder + ": " + IoErrors.reason(e), e);
    }
    settle(dir);
    String name =
        ".mineeco-run-"
            + ProcessHandle.current().pid()
            + "-"
            + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    try {
      Path staging = Files.createDirectory(dir.resolve(name));
      return new OutputSet(
          dir, staging, inputs.stream().map(p -> p.toAbsolutePath().normalize()).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write into output folder " + folder + ": " + IoErrors.reason(e), e);
    }
  }

  /** The folder the outputs appear in. */
  public Path folder() {
    return folder;
  }

  /**
   * The hidden folder to write the outputs into; their names there are their names in {@link
   * #folder()}.
   */
  public Path staging() {
    return staging;
  }

  /**
   * Fails when any of these output names would replace an input of the run; call it before the work
   * when the names are known.
   *
   * @throws BadInputException naming the input and the output
   */
  public void requireNotInputs(Collection<String> names) {
    for (String name : names) {
      Path target = folder.resolve(name);
      for (Path input : inputs) {
        if (input.equals(target) || sameFile(input, target)) {
          throw new BadInputException(
              input,
              "is an input of this run and the output "
                  + name
                  + " would overwrite it: write into another folder (--out)");
        }
      }
    }
  }

  /**
   * Places the staged files and the manifest in the folder, all or none.
   *
   * @return the files now in place, in name order (the manifest last)
   * @throws BadInputException when a staged file would replace an input (nothing is moved)
   * @throws UncheckedIOException when a file cannot be placed; the previous files are then back
   */
  public List<Path> commit() {
    return commit(name -> {});
  }

  List<Path> commit(MoveHook hook) {
    List<String> names = stagedNames();
    requireNotInputs(names);
    Journal journal;
    try {
      writeManifest(names);
      List<String> placed = new ArrayList<>(names);
      placed.add(MANIFEST);
      journal = new Journal(folder, staging, placed);
      journal.write();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the outputs in " + folder + ": " + IoErrors.reason(e), e);
    }
    try {
      journal.forward(hook);
    } catch (IOException e) {
      String reason = IoErrors.reason(e);
      try {
        journal.back();
      } catch (IOException | RuntimeException again) {
        e.addSuppressed(again);
        throw new UncheckedIOException(
            "cannot place the outputs in "
                + folder
                + ": "
                + reason
                + "; nor put the previous ones back ("
                + IoErrors.reason(again)
                + "): the next mineeco run into the folder completes the new set",
            e);
      }
      throw new UncheckedIOException(
          "cannot place the outputs in " + folder + ": " + reason + "; the previous ones are kept",
          e);
    }
    settled = true;
    deleteQuietly(staging);
    return journal.names.stream().map(folder::resolve).toList();
  }

  /** Deletes the staging folder unless the set was committed. */
  @Override
  public void close() {
    if (settled) {
      return;
    }
    settled = true;
    deleteQuietly(staging);
  }

  /**
   * Completes or removes what runs that are gone left in {@code folder}: a set killed after its
   * commit point is placed (rolled forward, or back when a file cannot be placed), other staging
   * folders are deleted. A set being placed by a running process is waited for (up to 30 s). Quick
   * when there is nothing to do (one directory listing). Readers of a file in an output folder call
   * it first (through {@link #settleFoldersOf}).
   *
   * @throws UncheckedIOException naming the folder when a set cannot be settled
   */
  static void settle(Path folder) {
    Path dir = folder.toAbsolutePath().normalize();
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    for (Path staging : stagingFolders(dir)) {
      Matcher m = STAGING.matcher(staging.getFileName().toString());
      if (!m.matches()) {
        continue;
      }
      boolean ours = Long.parseLong(m.group(1)) == ProcessHandle.current().pid();
      if (ours) {
        continue;
      }
      while (TempFiles.alive(m.group(1)) && Files.exists(staging.resolve(JOURNAL))) {
        if (System.currentTimeMillis() > deadline) {
          throw new UncheckedIOException(
              dir + " is being written by mineeco process " + m.group(1) + " for over 30 s",
              new IOException("still being written"));
        }
        sleep();
      }
      if (TempFiles.alive(m.group(1)) || !Files.isDirectory(staging)) {
        continue;
      }
      try {
        if (Files.exists(staging.resolve(JOURNAL))) {
          Journal journal = Journal.read(dir, staging);
          try {
            journal.forward(name -> {});
          } catch (IOException e) {
            journal.back();
          }
        }
        TempFiles.deleteTree(staging);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot complete the outputs an interrupted run left in "
                + dir
                + ": "
                + IoErrors.reason(e),
            e);
      }
    }
  }

  /** {@link #settle}s the folder of each of {@code files} that holds a staging folder. */
  public static void settleFoldersOf(Collection<Path> files) {
    Set<Path> folders = new LinkedHashSet<>();
    for (Path file : files) {
      Path parent = file.toAbsolutePath().normalize().getParent();
      if (parent != null) {
        folders.add(parent);
      }
    }
    folders.stream().filter(f -> !stagingFolders(f).isEmpty()).forEach(OutputSet::settle);
  }

  private static List<Path> stagingFolders(Path dir) {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".mineeco-run-*")) {
      entries.forEach(found::add);
    } catch (IOException e) {
      // Not a folder, or not listable: nothing of ours there.
    }
    return found;
  }

  private List<String> stagedNames() {
    try (Stream<Path> files = Files.list(staging)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith(".") && !n.equals(MANIFEST))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + staging + ": " + IoErrors.reason(e), e);
    }
  }

  /**
   * Writes the new manifest into the staging folder: the staged files and those listed by the
   * folder's manifest that are still there, each with the SHA-256 of its bytes.
   */
  private void writeManifest(List<String> names) throws IOException {
    Map<String, String> listed = new LinkedHashMap<>();
    Path manifest = folder.resolve(MANIFEST);
    if (Files.isRegularFile(manifest)) {
      for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        Matcher m = LISTED.matcher(line);
        String name = m.matches() ? m.group(2) : line.strip();
        Path file = folder.resolve(name).normalize();
        if (file.getParent().equals(folder) && Files.isRegularFile(file)) {
          listed.put(name, Digests.sha256(file));
        }
      }
    }
    for (String name : names) {
      listed.put(name, Digests.sha256(staging.resolve(name)));
    }
    StringBuilder text =
        new StringBuilder("# mineeco outputs, complete (sha256sum -c checks them); written ")
            .append(Instant.now())
            .append('\n');
    listed.forEach((name, hash) -> text.append(hash).append("  ").append(name).append('\n'));
    Files.writeString(staging.resolve(MANIFEST), text, StandardCharsets.UTF_8);
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteQuietly(Path staging) {
    try {
      TempFiles.deleteTree(staging);
    } catch (IOException e) {
      // Removed by the next run into the folder.
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException("interrupted", new IOException("interrupted", e));
    }
  }

  /**
   * The placing of one committed set: its file names (the manifest last) and the renames that put
   * them in place or back. Every step can be repeated after a kill: {@link #forward} places what is
   * still staged, {@link #back} restores what was moved aside.
   */
  private static final class Journal {
    private static final String HEADER = "mineeco commit 1";

    private final Path folder;
    private final Path staging;
    private final List<String> names;

    Journal(Path folder, Path staging, List<String> names) {
      this.folder = folder;
      this.staging = staging;
      this.names = List.copyOf(names);
    }

    static Journal read(Path folder, Path staging) throws IOException {
      List<String> lines = Files.readAllLines(staging.resolve(JOURNAL), StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
        throw new IOException("unknown commit journal in " + staging);
      }
      for (String name : lines.subList(1, lines.size())) {
        if (name.isEmpty() || name.contains("/") || name.startsWith(".")) {
          throw new IOException("corrupt commit journal in " + staging);
        }
      }
      return new Journal(folder, staging, lines.subList(1, lines.size()));
    }

    /** The commit point: the journal renamed into the staging folder, complete. */
    void write() throws IOException {
      Path temp = staging.resolve(JOURNAL + ".tmp");
      Files.writeString(temp, HEADER + "\n" + String.join("\n", names) + "\n");
      move(temp, staging.resolve(JOURNAL));
      Files.createDirectories(staging.resolve(PREVIOUS));
    }

    void forward(MoveHook hook) throws IOException {
      Path previous = staging.resolve(PREVIOUS);
      Files.createDirectories(previous);
      // The old manifest goes first, while the new one is still staged: no manifest while the
      // files change.
      if (Files.exists(staging.resolve(MANIFEST))) {
        aside(MANIFEST, previous, hook);
      }
      for (String name : names) {
        Path staged = staging.resolve(name);
        if (!Files.exists(staged, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        aside(name, previous, hook);
        hook.beforeMove(name);
        move(staged, folder.resolve(name));
      }
    }

    /** Moves the folder's {@code name} into {@code previous}, unless done already. */
    private void aside(String name, Path previous, MoveHook hook) throws IOException {
      Path current = folder.resolve(name);
      Path kept = previous.resolve(name);
      if (Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException("a folder is in the way of the output: " + current);
      }
      if (Files.exists(current, LinkOption.NOFOLLOW_LINKS)
          && !Files.exists(kept, LinkOption.NOFOLLOW_LINKS)) {
        hook.beforeMove(name);
        move(current, kept);
      }
    }

    void back() throws IOException {
      Path previous = staging.resolve(PREVIOUS);
      List<String> reversed = new ArrayList<>(names);
      java.util.Collections.reverse(reversed);
      for (String name : reversed) {
        Path staged = staging.resolve(name);
        Path placed = folder.resolve(name);
        if (!Files.exists(staged, LinkOption.NOFOLLOW_LINKS)
            && Files.exists(placed, LinkOption.NOFOLLOW_LINKS)) {
          move(placed, staged);
        }
        Path kept = previous.resolve(name);
        if (Files.exists(kept, LinkOption.NOFOLLOW_LINKS)) {
          move(kept, placed);
        }
      }
      Files.deleteIfExists(staging.resolve(JOURNAL));
    }

    private static void move(Path from, Path to) throws IOException {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
