package org.mineeco.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mineeco.vocabulary.Language;

/**
 * Labels without patches ({@link PatchCatalog#labelsOnly}): the endpoints that need patches are
 * never asked, since {@link #isEmpty()} is true. Immutable and thread-safe.
 */
final class LabelCatalog implements PatchCatalog {
  private final Map<String, Object> meta;

  LabelCatalog(Map<String, Object> meta) {
    this.meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
  }

  @Override
  public Map<String, Object> meta() {
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
  public Map<String, Object> summary(PatchFilter filter) {
    throw new IllegalStateException("no patches behind these labels");
  }

  @Override
  public List<Map<String, Object>> search(String query, int limit) {
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
