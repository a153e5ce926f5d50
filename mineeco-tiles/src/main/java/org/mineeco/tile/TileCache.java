package org.mineeco.tile;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A size-bounded cache of encoded tiles of one {@link VectorTiles}, weighed in bytes (Caffeine,
 * W-TinyLFU eviction). Thread-safe; concurrent requests for the same missing tile encode it once.
 */
public final class TileCache {
  private record Key(String layer, TileId id) {}

  private final LoadingCache<Key, EncodedTile> cache;

  /** A cache of tiles of {@code tiles} holding at most {@code maxBytes} bytes of tiles. */
  public TileCache(VectorTiles tiles, long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("cache size must be >= 0 bytes, was " + maxBytes);
    }
    cache =
        Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .weigher((Key k, EncodedTile t) -> t.weight())
            .recordStats()
            .build(
                key -> {
                  try {
                    return EncodedTile.of(tiles.tile(key.layer(), key.id()));
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
  }

  /** The tile, from the cache or encoded now. */
  public EncodedTile get(String layer, TileId id) throws IOException {
    try {
      return cache.get(new Key(layer, id));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Requests answered from the cache so far. */
  public long hits() {
    return cache.stats().hitCount();
  }

  /** Requests that had to encode a tile so far. */
  public long misses() {
    return cache.stats().missCount();
  }
}
