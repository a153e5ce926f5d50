package org.mineeco.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The output files of one run into one folder, which appear together or not at all. Files are
 * written into a hidden staging folder inside the output folder ({@code .mineeco-run-<pid>-<hex>});
 * {@link #commit()} removes the folder's manifest, moves every staged file into place (a rename
 * each, atomic where the file system can) and writes the manifest {@value #MANIFEST} last, listing
 * every complete output of this and earlier runs: while it is absent, a set is being replaced.
 * {@link #close()} without a commit deletes the staging folder; staging folders of killed runs
 * (their process gone) are removed by the next run into the same folder. No staged file may have
 * the name and place of an input of the run. Not thread-safe.
 */
public final class OutputSet implements AutoCloseable {
  /** The manifest file name. */
  public static final String MANIFEST = "mineeco-manifest.txt";

  private static final Pattern STAGING = Pattern.compile("\\.mineeco-run-(\\d+)-[0-9a-f]+");

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
   * Opens an output set in {@code folder} (created if needed), after removing the staging folders
   * of runs that were killed.
   *
   * @param inputs every file the run reads: none may be overwritten
   * @throws UncheckedIOException naming the folder when it cannot be created
   */
  public static OutputSet create(Path folder, Collection<Path> inputs) {
    Path dir = folder.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
      removeAbandonedStaging(dir);
      String name =
          ".mineeco-run-"
              + ProcessHandle.current().pid()
              + "-"
              + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
      Path staging = Files.createDirectory(dir.resolve(name));
      return new OutputSet(
          dir, staging, inputs.stream().map(p -> p.toAbsolutePath().normalize()).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create output folder " + folder + ": " + IoErrors.reason(e), e);
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
   * Moves the staged files into the folder and writes the manifest.
   *
   * @return the files now in place, in name order (the manifest last)
   * @throws BadInputException when a staged file would replace an input (nothing is moved)
   * @throws UncheckedIOException when a file cannot be moved; the manifest is then absent
   */
  public List<Path> commit() {
    List<Path> staged = stagedFiles();
    requireNotInputs(staged.stream().map(p -> p.getFileName().toString()).toList());
    Path manifest = folder.resolve(MANIFEST);
    try {
      Set<String> listed = new LinkedHashSet<>(previouslyListed(manifest));
      Files.deleteIfExists(manifest);
      List<Path> placed = new ArrayList<>();
      for (Path file : staged) {
        Path target = folder.resolve(file.getFileName().toString());
        move(file, target);
        placed.add(target);
        listed.add(target.getFileName().toString());
      }
      Path temp = staging.resolve(MANIFEST);
      StringBuilder text =
          new StringBuilder("# mineeco outputs, complete; written ")
              .append(Instant.now())
              .append('\n');
      listed.forEach(name -> text.append(name).append('\n'));
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      move(temp, manifest);
      placed.add(manifest);
      settled = true;
      deleteTree(staging);
      return placed;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot place the outputs in " + folder + ": " + IoErrors.reason(e), e);
    }
  }

  /** Deletes the staging folder unless the set was committed. */
  @Override
  public void close() {
    if (settled) {
      return;
    }
    settled = true;
    try {
      deleteTree(staging);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + staging + ": " + IoErrors.reason(e), e);
    }
  }

  private List<Path> stagedFiles() {
    try (Stream<Path> files = Files.list(staging)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + staging + ": " + IoErrors.reason(e), e);
    }
  }

  private List<String> previouslyListed(Path manifest) throws IOException {
    if (!Files.isRegularFile(manifest)) {
      return List.of();
    }
    return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .filter(name -> Files.exists(folder.resolve(name)))
        .toList();
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  private static void removeAbandonedStaging(Path dir) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".mineeco-run-*")) {
      for (Path entry : entries) {
        Matcher m = STAGING.matcher(entry.getFileName().toString());
        if (m.matches() && !alive(m.group(1))) {
          deleteTree(entry);
        }
      }
    }
  }

  private static boolean alive(String pid) {
    try {
      return ProcessHandle.of(Long.parseLong(pid)).isPresent();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
