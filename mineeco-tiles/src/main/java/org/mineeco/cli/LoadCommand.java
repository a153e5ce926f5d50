package org.mineeco.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mineeco.crs.Crs;
import org.mineeco.io.ReadOptions;
import org.mineeco.postgis.Postgis;
import org.mineeco.postgis.PostgisUrl;
import org.mineeco.vocabulary.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code load --to postgresql://… FILE...}: copies layer files into PostGIS tables. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Copies layer files (GeoJSON, GeoPackage, Shapefile) into PostGIS tables, each replaced in",
      "a transaction of its own: with ?schema=NAME every file becomes the table named after the",
      "file (patches.geojson: NAME.patches), with ?table=schema.table the one file given becomes",
      "that table. Columns are typed from the values; geometries are written in CGCS2000",
      "(SRID 4490; WGS84 layers keep SRID 4326). The password comes from PGPASSWORD or ~/.pgpass."
    })
final class LoadCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec command;

  @Option(
      names = "--to",
      required = true,
      description = "postgresql://[user@]host[:port]/database?schema=NAME (or ?table=schema.table)")
  String to;

  @Option(names = "--crs", description = "the CRS of files that name none, e.g. EPSG:4490")
  String crs;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "the layer files")
  List<Path> files;

  @Mixin LanguageArgument language;

  @Override
  public Integer call() {
    PostgisUrl url = Urls.parse(to, "--to");
    if (url.table() != null && files.size() != 1) {
      throw new CommandFailure(
          "--to names the table " + url.table() + ": give one file, not " + files.size());
    }
    ReadOptions options = crs == null ? ReadOptions.DEFAULTS : ReadOptions.withCrs(Crs.parse(crs));
    PrintWriter out = command.commandLine().getOut();
    Language lang = language.value(command);
    for (Path file : files) {
      PostgisUrl table = url.table() != null ? url : url.withTable(tableName(file));
      long count = Postgis.load(file, options, table);
      out.println(
          lang == Language.ZH
              ? "已载入 " + file + " 的要素 " + count + " 个到 " + table
              : "loaded " + count + " features from " + file + " into " + table);
    }
    out.flush();
    return 0;
  }

  private static String tableName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.indexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
  }
}
