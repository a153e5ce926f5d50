package org.mineeco.tile;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.LongAdder;

/**
 * A size-bounded cache of encoded tiles of one {@link VectorTiles}, weighed in bytes (Caffeine,
 * W-TinyLFU eviction). A cache of 0 bytes holds nothing: every request encodes its tile.
 * Thread-safe; concurrent requests for the same missing tile encode it once when there is a cache.
 */
public final class TileCache {
  private record Key(String layer, TileId id) {}

  private final LoadingCache<Key, EncodedTile> cache;
  private final VectorTiles tiles;
  private final LongAdder encoded = new LongAdder();

  /** A cache of tiles of {@code tiles} holding at most {@code maxBytes} bytes of tiles. */
  public TileCache(VectorTiles tiles, long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("cache size must be >= 0 bytes, was " + maxBytes);
    }
    this.tiles = tiles;
    cache =
        maxBytes == 0
            ? null
            : Caffeine.newBuilder()
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
    if (cache == null) {
      encoded.increment();
      return EncodedTile.of(tiles.tile(layer, id));
    }
    try {
      return cache.get(new Key(layer, id));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Requests answered from the cache so far. */
  public long hits() {
    return cache == null ? 0 : cache.stats().hitCount();
  }

  /** Requests that had to encode a tile so far. */
  public long misses() {
    return cache == null ? encoded.sum() : cache.stats().missCount();
  }
}
