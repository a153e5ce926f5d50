package org.mineeco.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The life cycle shared by the text writers: open an {@link AtomicOutput}, write a header, the
 * features and a trailer, then commit; closed without a commit, it aborts. Any failure, in {@link
 * #write} too, aborts the writer: the temporary file is deleted and the target is left as it was.
 * Not thread-safe.
 */
abstract class StreamFeatureWriter implements FeatureWriter {
  private final AtomicOutput output;
  private Closeable sink;
  private boolean finished;
  private boolean settled;

  StreamFeatureWriter(Path target) {
    this.output = AtomicOutput.beside(target);
  }

  /** Wraps the temporary file's stream in the format's encoder. */
  abstract Closeable encoder(OutputStream out) throws IOException;

  abstract void writeHeader() throws IOException;

  abstract void writeFeature(Feature feature) throws IOException;

  /** Completes the document; the encoder is closed afterwards. */
  abstract void writeTrailer() throws IOException;

  /** Creates the temporary file and writes the header; call once, from the factory method. */
  final void start() {
    sink = output.open();
    run(
        () -> {
          sink = encoder((OutputStream) sink);
          writeHeader();
        });
  }

  @Override
  public final Path path() {
    return output.target();
  }

  @Override
  public final void write(Feature feature) {
    if (finished) {
      throw new IllegalStateException("the writer of " + path() + " is closed or aborted");
    }
    run(() -> writeFeature(feature));
  }

  @Override
  public final void commit() {
    if (finished) {
      return;
    }
    run(
        () -> {
          writeTrailer();
          finished = true;
          sink.close();
          output.commit();
          settled = true;
        });
  }

  @Override
  public final void abort() {
    if (settled) {
      return;
    }
    settled = true;
    finished = true;
    try {
      sink.close();
    } catch (IOException | RuntimeException e) {
      // the file is being discarded: what matters is that it is deleted below
    }
    output.abort();
  }

  private interface Step {
    void run() throws IOException;
  }

  private void run(Step step) {
    try {
      step.run();
    } catch (IOException e) {
      throw aborted(
          new UncheckedIOException("cannot write " + path() + ": " + IoErrors.reason(e), e));
    } catch (RuntimeException e) {
      throw aborted(e);
    }
  }

  private RuntimeException aborted(RuntimeException e) {
    try {
      abort();
    } catch (RuntimeException x) {
      e.addSuppressed(x);
    }
    return e;
  }
}
