package org.mineeco.table;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Language;

/**
 * Tables as one UTF-8 JSON document: {@code {"tables": [{name, title, columns: [{key, group, title,
 * kind, unit, decimals}], rows: [{kind, cells}], notes}]}}; numbers rounded as in the CSV.
 */
final class JsonTableWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonTableWriter() {}

  static void write(List<Table> tables, Language language, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("tables");
      for (Table table : tables) {
        table(g, table, language);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void table(JsonGenerator g, Table table, Language language) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", table.name());
    g.writeStringField("title", table.title().in(language));
    g.writeArrayFieldStart("columns");
    for (Column column : table.columns()) {
      g.writeStartObject();
      g.writeStringField("key", column.key());
      g.writeStringField("group", column.group().in(language));
      g.writeStringField("title", column.title().in(language));
      g.writeStringField("kind", column.kind().name());
      g.writeStringField("unit", column.unitText(language));
      g.writeNumberField("decimals", column.decimals());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("rows");
    for (int r = 0; r < table.rows().size(); r++) {
      g.writeStartObject();
      g.writeStringField("kind", table.rows().get(r).kind().name());
      g.writeArrayFieldStart("cells");
      for (int c = 0; c < table.columns().size(); c++) {
        cell(g, table, r, c, language);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("notes");
    for (Bilingual note : table.notes()) {
      g.writeString(note.in(language));
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void cell(JsonGenerator g, Table table, int r, int c, Language language)
      throws IOException {
    if (table.rows().get(r).cells().get(c) instanceof Cell.Text text) {
      g.writeString(text.text().in(language));
      return;
    }
    BigDecimal number = table.number(r, c);
    if (number == null) {
      g.writeNull();
    } else {
      g.writeNumber(number);
    }
  }
}
