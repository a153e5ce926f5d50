import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;
import org.mineeco.io.Layers;
import org.mineeco.io.ReadOptions;
import org.mineeco.postgis.Postgis;
import org.mineeco.postgis.PostgisUrl;

/**
 * Reads every feature of a layer file or a PostGIS table (postgresql://…?table=) through
 * mineeco's streaming readers and prints the count, the time and the peak heap in use. Run with
 * the application jar on the class path and a small -Xmx (see postgis-read-heap.sh).
 */
public class ReadHeap {
  public static void main(String[] args) {
    long start = System.nanoTime();
    long features = 0;
    long vertices = 0;
    try (FeatureReader reader =
        PostgisUrl.isUrl(args[0])
            ? Postgis.open(PostgisUrl.parse(args[0]), ReadOptions.DEFAULTS)
            : Layers.open(Path.of(args[0]), ReadOptions.DEFAULTS)) {
      while (reader.hasNext()) {
        Feature f = reader.next();
        features++;
        vertices += f.geometry() == null ? 0 : f.geometry().getNumPoints();
      }
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        "%s: %d features, %d vertices in %.1f s; max heap %d MB, peak heap used %.1f MB%n",
        args[0],
        features,
        vertices,
        (System.nanoTime() - start) / 1e9,
        Runtime.getRuntime().maxMemory() >> 20,
        peak / 1048576.0);
  }
}
