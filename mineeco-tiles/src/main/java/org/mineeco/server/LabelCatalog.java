package org.mineeco.server;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mineeco.vocabulary.Language;

/**
 * Labels without patches ({@link PatchCatalog#labelsOnly}): the endpoints that need patches are
 * never asked, since {@link #isEmpty()} is true. Immutable and thread-safe.
 */
final class LabelCatalog implements PatchCatalog {
  private final Optional<CatalogMeta> meta;

  LabelCatalog(Optional<CatalogMeta> meta) {
    this.meta = meta;
  }

  @Override
  public Optional<CatalogMeta> meta() {
    return meta;
  }

  @Override
  public Set<String> zones() {
    return Set.of();
  }

  @Override
  public Set<String> bands() {
    return Set.of();
  }

  @Override
  public Set<String> regions() {
    return Set.of();
  }

  @Override
  public SummaryJson summary(PatchFilter filter) {
    throw new IllegalStateException("no patches behind these labels");
  }

  @Override
  public List<SearchHit> search(String query, int limit) {
    throw new IllegalStateException("no patches behind these labels");
  }

  @Override
  public DownloadFile download(PatchFilter filter, Download what, Language language) {
    throw new IllegalStateException("no patches behind these labels");
  }

  @Override
  public boolean isEmpty() {
    return true;
  }
}
