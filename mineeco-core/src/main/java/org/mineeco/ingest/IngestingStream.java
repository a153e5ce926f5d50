package org.mineeco.ingest;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ForkJoinPool;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;

/**
 * A {@link PatchStream} pulling features from a reader through a {@link FeatureIngest}, one at a
 * time or in batches read ahead on another thread and prepared in parallel.
 */
final class IngestingStream implements PatchStream {
  private final FeatureReader reader;
  private final ReportBuilder report;
  private final FeatureIngest ingest;
  private Prefetch prefetch;

  IngestingStream(FeatureReader reader, IngestOptions options) {
    this.reader = reader;
    this.report =
        new ReportBuilder(
            reader.path(), reader.crs(), options.areaTolerance(), options.maxAreaExamples());
    this.ingest = new FeatureIngest(options, reader.crs(), report);
  }

  @Override
  public boolean hasNext() {
    return prefetch != null ? prefetch.hasNext() : reader.hasNext();
  }

  @Override
  public PatchOutcome next() {
    if (prefetch != null) {
      throw new IllegalStateException("this stream is read in batches");
    }
    if (!reader.hasNext()) {
      throw new NoSuchElementException("no more features");
    }
    return ingest.admit(ingest.prepare(reader.next()));
  }

  @Override
  public void readAhead(int size) {
    if (prefetch != null) {
      throw new IllegalStateException("reading ahead has already started");
    }
    prefetch = new Prefetch(reader, size);
  }

  @Override
  public List<PatchOutcome> nextBatch(int size, ForkJoinPool pool) {
    if (prefetch == null) {
      readAhead(size);
    } else if (prefetch.batchSize() != size) {
      throw new IllegalArgumentException(
          "batches of " + prefetch.batchSize() + " features are read ahead, asked for " + size);
    }
    List<Feature> features = prefetch.next();
    List<FeatureIngest.Prepared> prepared =
        pool.submit(() -> features.parallelStream().map(ingest::prepare).toList()).join();
    return prepared.stream().map(ingest::admit).toList();
  }

  @Override
  public Crs crs() {
    return reader.crs();
  }

  @Override
  public IngestReport report() {
    return report.build();
  }

  @Override
  public void close() {
    if (prefetch != null) {
      prefetch.close();
    }
    reader.close();
  }
}
