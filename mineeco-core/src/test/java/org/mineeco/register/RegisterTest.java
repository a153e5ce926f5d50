package org.mineeco.register;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register in a GeoPackage inventory (the embedded default). */
class RegisterTest {
  @Test
  void aYearOfTheRegister(@TempDir Path dir) throws Exception {
    String store = dir.resolve("inventory.gpkg").toString();
    Register register = RegisterChecks.twoSurveys(store, dir);
    RegisterChecks.reportWithoutRegister(register);
    RegisterChecks.ledgerImport(register, store, dir);
    RegisterChecks.progress(register, store, dir);
    RegisterChecks.assessment(register);
    RegisterChecks.delisting(register);
    RegisterChecks.report(register);
    RegisterChecks.sampleAndChecks(register);
    RegisterChecks.checksFromAFile(register, dir);
    RegisterChecks.publish(register);
    RegisterChecks.surveysReplacedKeepTheRegister(register, store, dir);
  }
}
