package org.mineeco.analysis.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.mineeco.crs.Crs;
import org.mineeco.ingest.AreaDifference;
import org.mineeco.ingest.DeclaredAreaCheck;
import org.mineeco.ingest.Filtered;
import org.mineeco.ingest.IngestReport;
import org.mineeco.ingest.PatchOutcome;
import org.mineeco.ingest.Reject;
import org.mineeco.ingest.Repair;
import org.mineeco.io.IoErrors;
import org.mineeco.io.TempFiles;
import org.mineeco.overlay.PatchOverlay;
import org.mineeco.units.Area;
import org.mineeco.vocabulary.Bilingual;

/**
 * Every analysed feature of one analysis in a file, in input order (outcome, patch with its
 * geometry in the layer's CRS and its attributes, overlay), followed by the ingest report: what the
 * outputs are written from, so that the patch layer is read once, and what a later run on the same
 * inputs replays instead of analysing again ({@link AnalysisCache}). Written once, then read any
 * number of times; each reader on one thread.
 */
public final class PatchStore {
  private static final int MAGIC = 0x4d4e4543; // "MNEC"
  private static final int VERSION = 4;

  /** Records a replay decodes ahead of its sink: chunks of this many, this many chunks queued. */
  private static final int REPLAY_CHUNK = 256;

  private static final int REPLAY_CHUNKS = 4;

  private volatile Path file;
  private final List<String> zones;
  private final Consumer<Bilingual> onFallBack;
  private volatile boolean fellBack;

  /** A store in {@code file}, which must be written where it is. */
  public PatchStore(Path file, List<String> zones) {
    this(file, zones, null);
  }

  /**
   * A store in {@code file} (an entry of the analysis cache) that moves to a temporary file, told
   * to {@code onFallBack}, when writing it fails (a full disk): the run goes on uncached.
   */
  PatchStore(Path file, List<String> zones, Consumer<Bilingual> onFallBack) {
    this.file = file;
    this.zones = List.copyOf(zones);
    this.onFallBack = onFallBack;
  }

  /** Whether writing moved the store out of the cache to a temporary file. */
  public boolean fellBack() {
    return fellBack;
  }

  /** The file holding the analysed features. */
  public Path file() {
    return file;
  }

  /** Deletes the file of an unfinished analysis, and its temporary cache entry if it has one. */
  public void discard() {
    try {
      Files.deleteIfExists(file);
      Path folder = file.getParent();
      if (folder != null && folder.getFileName().toString().startsWith(".tmp-")) {
        Files.deleteIfExists(folder);
      }
    } catch (IOException e) {
      // A temporary entry left behind is removed by a later run.
    }
  }

  /** Appends analysed features, then the report; the file is complete once closed. */
  public final class Writer implements AutoCloseable {
    private final DataOutputStream out;
    private final RecordCodec codec = new RecordCodec(zones);

    private Writer() throws IOException {
      out = new DataOutputStream(new BufferedOutputStream(new FileOutput(), 1 << 16));
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
    }

    public void append(PatchOutcome outcome, PatchOverlay overlay) {
      try {
        out.writeBoolean(true);
        codec.write(out, outcome, overlay);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file + ": " + IoErrors.reason(e), e);
      }
    }

    /** Ends the records with the ingest report and closes the file. */
    public void finish(IngestReport report) {
      try {
        out.writeBoolean(false);
        writeReport(report);
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file + ": " + IoErrors.reason(e), e);
      }
    }

    @Override
    public void close() {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close " + file, e);
      }
    }

    private void writeReport(IngestReport r) throws IOException {
      RecordCodec.text(out, r.file() == null ? null : r.file().toString());
      out.writeInt(r.crs().epsgCode());
      out.writeLong(r.read());
      out.writeLong(r.accepted());
      out.writeInt(r.repairs().size());
      for (Repair repair : r.repairs()) {
        out.writeLong(repair.index());
        RecordCodec.text(out, repair.id());
        RecordCodec.text(out, repair.reason());
        out.writeDouble(repair.before().squareMetres());
        out.writeDouble(repair.after().squareMetres());
      }
      out.writeInt(r.rejects().size());
      for (Reject reject : r.rejects()) {
        out.writeLong(reject.index());
        RecordCodec.text(out, reject.id());
        RecordCodec.text(out, reject.field());
        RecordCodec.text(out, reject.reason());
      }
      out.writeInt(r.filteredOut().size());
      for (Filtered f : r.filteredOut()) {
        out.writeLong(f.index());
        RecordCodec.text(out, f.id());
        RecordCodec.text(out, f.reason());
      }
      DeclaredAreaCheck d = r.declaredArea();
      out.writeDouble(d.tolerance());
      out.writeLong(d.compared());
      out.writeLong(d.differing());
      out.writeLong(d.unreadable());
      out.writeInt(d.examples().size());
      for (AreaDifference e : d.examples()) {
        out.writeLong(e.index());
        RecordCodec.text(out, e.id());
        out.writeDouble(e.declared().squareMetres());
        out.writeDouble(e.computed().squareMetres());
      }
    }
  }

  /**
   * The store's file, or, once writing it failed and the store may fall back, a temporary file that
   * starts with every byte written before the failure.
   */
  private final class FileOutput extends OutputStream {
    private OutputStream out = Files.newOutputStream(file);
    private long written;

    FileOutput() throws IOException {}

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        if (onFallBack == null || fellBack) {
          throw e;
        }
        fallBack(e);
        out.write(b, off, len);
      }
      written += len;
    }

    private void fallBack(IOException failure) throws IOException {
      Path failed = file;
      Path temporary = TempFiles.file("analysis-", ".store");
      try (InputStream in = Files.newInputStream(failed);
          OutputStream copy = Files.newOutputStream(temporary)) {
        long left = written;
        byte[] buffer = new byte[1 << 16];
        while (left > 0) {
          int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
          if (n < 0) {
            throw new IOException("the cached store ends before its " + written + " bytes");
          }
          copy.write(buffer, 0, n);
          left -= n;
        }
      } catch (IOException e) {
        e.addSuppressed(failure);
        throw e;
      }
      try {
        out.close();
      } catch (IOException e) {
        // The failing file is abandoned.
      }
      discard();
      out = Files.newOutputStream(temporary, StandardOpenOption.APPEND);
      file = temporary;
      fellBack = true;
      onFallBack.accept(
          Bilingual.format(
              "warning: cannot keep the analysis in the cache (%s); going on without the cache",
              "警告：无法在缓存中保存分析（%s）；本次不使用缓存", IoErrors.reason(failure)));
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /** A writer of a new store file (replacing any). */
  public Writer writer() {
    try {
      return new Writer();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + file + ": " + IoErrors.reason(e), e);
    }
  }

  /**
   * Passes every feature's outcome and overlay ({@code null} when rejected) to {@code sink}, in
   * input order, and returns the ingest report. The records are decoded on a thread of their own,
   * in chunks handed over through a bounded queue, while {@code sink} runs on the caller's thread.
   *
   * @throws UncheckedIOException when the file is missing, truncated or of another version
   */
  public IngestReport replay(BiConsumer<PatchOutcome, PatchOverlay> sink) {
    BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(REPLAY_CHUNKS);
    Thread reader =
        Thread.ofPlatform().name("mineeco-store-reader").daemon().start(() -> decode(chunks));
    try {
      while (true) {
        Object next = chunks.take();
        if (next instanceof IngestReport report) {
          return report;
        }
        if (next instanceof RuntimeException e) {
          throw e;
        }
        if (next instanceof Error e) {
          throw e;
        }
        for (Object record : (List<?>) next) {
          RecordCodec.Analysed a = (RecordCodec.Analysed) record;
          sink.accept(a.outcome(), a.overlay());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading patch store " + file, e);
    } finally {
      reader.interrupt();
    }
  }

  /**
   * Decodes the records into {@code chunks}: lists of {@link RecordCodec.Analysed}, then the ingest
   * report, or the failure that ended the reading. Stops when interrupted.
   */
  private void decode(BlockingQueue<Object> chunks) {
    Object last;
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != MAGIC || in.readInt() != VERSION) {
        throw new IOException("not a patch store of version " + VERSION);
      }
      RecordCodec codec = new RecordCodec(zones);
      List<RecordCodec.Analysed> chunk = new ArrayList<>(REPLAY_CHUNK);
      while (in.readBoolean()) {
        chunk.add(codec.read(in));
        if (chunk.size() == REPLAY_CHUNK) {
          chunks.put(chunk);
          chunk = new ArrayList<>(REPLAY_CHUNK);
        }
      }
      chunks.put(chunk);
      last = readReport(in);
    } catch (InterruptedException e) {
      return; // the caller stopped replaying
    } catch (EOFException e) {
      last = new UncheckedIOException("patch store " + file + " is incomplete", e);
    } catch (IOException e) {
      last =
          new UncheckedIOException(
              "cannot read patch store " + file + ": " + IoErrors.reason(e), e);
    } catch (RuntimeException | Error e) {
      last = e;
    }
    try {
      chunks.put(last);
    } catch (InterruptedException e) {
      // The caller stopped replaying.
    }
  }

  private static IngestReport readReport(DataInputStream in) throws IOException {
    String path = RecordCodec.text(in);
    Crs crs = Crs.epsg(in.readInt());
    long read = in.readLong();
    long accepted = in.readLong();
    int repairCount = in.readInt();
    List<Repair> repairs = new ArrayList<>(repairCount);
    for (int i = 0; i < repairCount; i++) {
      repairs.add(
          new Repair(
              in.readLong(),
              RecordCodec.text(in),
              RecordCodec.text(in),
              Area.squareMetres(in.readDouble()),
              Area.squareMetres(in.readDouble())));
    }
    int rejectCount = in.readInt();
    List<Reject> rejects = new ArrayList<>(rejectCount);
    for (int i = 0; i < rejectCount; i++) {
      rejects.add(
          new Reject(
              in.readLong(), RecordCodec.text(in), RecordCodec.text(in), RecordCodec.text(in)));
    }
    int filteredCount = in.readInt();
    List<Filtered> filtered = new ArrayList<>(filteredCount);
    for (int i = 0; i < filteredCount; i++) {
      filtered.add(new Filtered(in.readLong(), RecordCodec.text(in), RecordCodec.text(in)));
    }
    double tolerance = in.readDouble();
    long compared = in.readLong();
    long differing = in.readLong();
    long unreadable = in.readLong();
    int exampleCount = in.readInt();
    List<AreaDifference> examples = new ArrayList<>(exampleCount);
    for (int i = 0; i < exampleCount; i++) {
      examples.add(
          new AreaDifference(
              in.readLong(),
              RecordCodec.text(in),
              Area.squareMetres(in.readDouble()),
              Area.squareMetres(in.readDouble())));
    }
    return new IngestReport(
        path == null ? null : Path.of(path),
        crs,
        read,
        accepted,
        repairs,
        rejects,
        filtered,
        new DeclaredAreaCheck(tolerance, compared, differing, unreadable, examples));
  }
}
