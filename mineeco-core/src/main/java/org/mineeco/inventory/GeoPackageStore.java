package org.mineeco.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;
import org.mineeco.io.IoErrors;
import org.mineeco.io.Layers;
import org.mineeco.io.ReadOptions;
import org.mineeco.io.TempFiles;
import org.mineeco.io.WriteOptions;

/**
 * The inventory in one GeoPackage file (its folder created when needed): a replacement writes a new
 * file beside it and renames it into place, while holding a lock on {@code FILE.lock} (between
 * processes; the empty lock file stays) and a lock of this JVM (between threads).
 */
final class GeoPackageStore implements InventoryStore {
  static {
    TempFiles.forSqlite();
  }

  private static final Map<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

  private final Path file;

  GeoPackageStore(Path file) {
    this.file = file.toAbsolutePath().normalize();
  }

  @Override
  public List<Feature> read() {
    List<Feature> rows = new ArrayList<>();
    if (Files.exists(file)) {
      try (FeatureReader reader = Layers.open(file, new ReadOptions(Crs.CGCS2000, TABLE, null))) {
        reader.forEachRemaining(rows::add);
      }
    }
    return rows;
  }

  @Override
  public void replace(List<Field> fields, UnaryOperator<List<Feature>> change) {
    ReentrantLock local = LOCKS.computeIfAbsent(file, f -> new ReentrantLock());
    local.lock();
    Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      local.unlock();
      throw new UncheckedIOException(
          "cannot create the folder of " + file + ": " + IoErrors.reason(e), e);
    }
    try (FileChannel channel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      List<Feature> rows = change.apply(read());
      try (FeatureWriter writer =
          Layers.create(file, new WriteOptions(Crs.CGCS2000, TABLE, fields))) {
        rows.forEach(writer::write);
        writer.commit();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot lock the inventory " + file + ": " + IoErrors.reason(e), e);
    } finally {
      local.unlock();
    }
  }

  @Override
  public String toString() {
    return file.toString();
  }
}
