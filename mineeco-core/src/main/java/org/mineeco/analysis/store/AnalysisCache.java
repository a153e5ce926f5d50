package org.mineeco.analysis.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mineeco.analysis.input.InputFiles;
import org.mineeco.io.Digests;
import org.mineeco.io.IoErrors;
import org.mineeco.io.TempFiles;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.LayerRef;
import org.mineeco.spec.ZoneSpec;
import org.mineeco.vocabulary.Bilingual;

/**
 * Analyses kept in a folder, each under the SHA-256 of everything its results depend on: the
 * analysis spec as read (layers, filters, zones, bands, regions, priority), the bytes of every
 * input file (a Shapefile's .shp, .shx, .dbf, .prj and .cpg), and the build of the program. An
 * analysis found there was made from exactly these inputs, so it is current by construction; a
 * changed byte in any input is another key. Entries are written under a temporary name and renamed
 * into place complete; the {@value #KEEP} most recently used are kept. Safe for several processes.
 */
public final class AnalysisCache {
  static final int KEEP = 8;
  private static final String STORE = "patches.store";
  private static final Pattern TEMPORARY = Pattern.compile("\\.tmp-(?:(\\d+)-)?[0-9a-f-]+");

  private final Path folder;

  public AnalysisCache(Path folder) {
    this.folder = folder;
  }

  /**
   * True when every layer of the spec is a file: a database table can change without a trace, so an
   * analysis reading one is never cached.
   */
  public static boolean cacheable(AnalysisSpec spec) {
    return layers(spec).stream().allMatch(LayerRef::isFile);
  }

  /** The key of a spec's analysis from the digests of its input files, hex. */
  public static String key(AnalysisSpec spec, InputFiles inputs) {
    MessageDigest sha = Digests.sha256();
    sha.update(
        ("mineeco analysis " + build() + "\n" + spec + "\n").getBytes(StandardCharsets.UTF_8));
    inputs
        .digests()
        .forEach(
            (file, digest) ->
                sha.update((file + "\n" + digest + "\n").getBytes(StandardCharsets.UTF_8)));
    return HexFormat.of().formatHex(sha.digest());
  }

  /** The stored analysis of this key, if there is one (marked as just used). */
  public Optional<PatchStore> find(String key, List<String> zones) {
    Path store = folder.resolve(key).resolve(STORE);
    if (!Files.isRegularFile(store)) {
      return Optional.empty();
    }
    try {
      Files.setLastModifiedTime(store.getParent(), FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException e) {
      // Another process evicted it meanwhile; analyse again.
      return Optional.empty();
    }
    return Optional.of(new PatchStore(store, zones));
  }

  /**
   * A store in a new temporary entry, to be {@link #commit}ted when complete; when writing it fails
   * (a full disk) it goes on in a temporary file, told to {@code warnings}, and is not cached.
   */
  public PatchStore newStore(List<String> zones, Consumer<Bilingual> warnings) {
    try {
      Files.createDirectories(folder);
      removeAbandoned();
      Path entry =
          Files.createDirectory(
              folder.resolve(".tmp-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID()));
      return new PatchStore(entry.resolve(STORE), zones, warnings);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create an entry in the analysis cache " + folder + ": " + IoErrors.reason(e), e);
    }
  }

  /**
   * Renames a complete temporary entry to its key (another process may have stored the same key
   * meanwhile: then that one is kept) and evicts the least recently used beyond {@value #KEEP}.
   */
  public PatchStore commit(String key, PatchStore store, List<String> zones) {
    Path temporary = store.file().getParent();
    Path entry = folder.resolve(key);
    try {
      Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
      delete(temporary);
    } catch (IOException e) {
      if (!Files.isDirectory(entry)) {
        throw new UncheckedIOException(
            "cannot store the analysis in " + entry + ": " + IoErrors.reason(e), e);
      }
      delete(temporary);
    }
    evict();
    return new PatchStore(entry.resolve(STORE), zones);
  }

  private void evict() {
    List<Path> entries = new ArrayList<>();
    try (Stream<Path> list = Files.list(folder)) {
      list.filter(p -> !p.getFileName().toString().startsWith(".")).forEach(entries::add);
    } catch (IOException e) {
      return;
    }
    entries.sort(Comparator.comparing(AnalysisCache::lastUsed).reversed());
    entries.stream().skip(KEEP).forEach(AnalysisCache::delete);
  }

  /**
   * Temporary entries of processes that are gone were left by runs that were killed (and those of
   * an older naming without the process, once a day old).
   */
  private void removeAbandoned() throws IOException {
    long dayAgo = System.currentTimeMillis() - 24 * 3600 * 1000L;
    try (Stream<Path> list = Files.list(folder)) {
      list.filter(
              p -> {
                Matcher m = TEMPORARY.matcher(p.getFileName().toString());
                return m.matches()
                    && (m.group(1) == null
                        ? lastUsed(p).toMillis() < dayAgo
                        : !TempFiles.alive(m.group(1)));
              })
          .forEach(AnalysisCache::delete);
    }
  }

  private static FileTime lastUsed(Path entry) {
    try {
      return Files.getLastModifiedTime(entry);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static void delete(Path entry) {
    try (Stream<Path> files = Files.walk(entry)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // Left for the next run's clean-up.
    }
  }

  private static List<LayerRef> layers(AnalysisSpec spec) {
    List<LayerRef> layers = new ArrayList<>();
    layers.add(spec.patches());
    spec.zones().stream().map(ZoneSpec::source).forEach(layers::add);
    if (spec.regions() != null) {
      layers.add(spec.regions().source());
    }
    return layers;
  }

  /** The program's build: the size and time of the jar it runs from, if it runs from one. */
  private static String build() {
    try {
      Path code =
          Path.of(AnalysisCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(code)
          ? code.getFileName() + " " + Files.size(code) + " " + Files.getLastModifiedTime(code)
          : "classes";
    } catch (IOException | URISyntaxException | SecurityException e) {
      return "unknown";
    }
  }
}
