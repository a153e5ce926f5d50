import java.nio.file.Path;
import org.mineeco.io.OutputSet;

/**
 * Settles an output folder as the next mineeco run into it or reader of it would
 * ({@link OutputSet#settle}): a set a killed run left after its commit point is completed, other
 * leftovers of dead runs removed. Run with the application jar on the class path (kill-loop.sh).
 */
public class SettleOutputs {
  public static void main(String[] args) {
    for (String folder : args) {
      OutputSet.settle(Path.of(folder));
    }
  }
}
