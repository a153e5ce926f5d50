package org.mineeco.ingest;

import org.mineeco.crs.Crs;
import org.mineeco.io.FeatureReader;

/** A {@link PatchStream} pulling features from a reader through a {@link FeatureIngest}. */
final class IngestingStream implements PatchStream {
  private final FeatureReader reader;
  private final ReportBuilder report;
  private final FeatureIngest ingest;

  IngestingStream(FeatureReader reader, IngestOptions options) {
    this.reader = reader;
    this.report =
        new ReportBuilder(
            reader.path(), reader.crs(), options.areaTolerance(), options.maxAreaExamples());
    this.ingest = new FeatureIngest(options, reader.crs(), report);
  }

  @Override
  public boolean hasNext() {
    return reader.hasNext();
  }

  @Override
  public PatchOutcome next() {
    return ingest.ingest(reader.next());
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
    reader.close();
  }
}
