package org.mineeco.table;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Bilingual;

/**
 * Reads back the tables of a {@code report.json} written by {@link JsonTableWriter}, so that a
 * later run into the same folder keeps them in {@code report.json} and {@code report.xlsx}. Texts
 * come back in the language they were written in (both languages of a {@link Bilingual} hold it);
 * numbers come back as written (rounded); charts are not kept in the JSON.
 */
final class JsonTableReader {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonTableReader() {}

  static List<Table> read(InputStream in) throws IOException {
    try (JsonParser p = FACTORY.createParser(in)) {
      JsonNodeReader node = new JsonNodeReader(p);
      return node.tables();
    }
  }

  /** A small pull reader over the writer's fixed layout. */
  private static final class JsonNodeReader {
    private final JsonParser p;

    JsonNodeReader(JsonParser p) {
      this.p = p;
    }

    List<Table> tables() throws IOException {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      List<Table> tables = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("tables")) {
          expect(p.currentToken(), JsonToken.START_ARRAY);
          while (p.nextToken() == JsonToken.START_OBJECT) {
            tables.add(table());
          }
        } else {
          p.skipChildren();
        }
      }
      return tables;
    }

    private Table table() throws IOException {
      String name = null;
      String title = "";
      List<Column> columns = new ArrayList<>();
      List<RawRow> rows = new ArrayList<>();
      List<Bilingual> notes = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "name" -> name = p.getValueAsString();
          case "title" -> title = p.getValueAsString("");
          case "columns" -> {
            while (p.nextToken() == JsonToken.START_OBJECT) {
              columns.add(column());
            }
          }
          case "rows" -> {
            while (p.nextToken() == JsonToken.START_OBJECT) {
              rows.add(row());
            }
          }
          case "notes" -> {
            while (p.nextToken() == JsonToken.VALUE_STRING) {
              notes.add(Bilingual.same(p.getText()));
            }
          }
          default -> p.skipChildren();
        }
      }
      List<Row> built = new ArrayList<>();
      for (RawRow raw : rows) {
        built.add(raw.build(columns));
      }
      return new Table(name, Bilingual.same(title), columns, built, notes, null);
    }

    private Column column() throws IOException {
      String key = null;
      String group = "";
      String title = "";
      String kind = null;
      String unit = "";
      int decimals = 0;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "key" -> key = p.getValueAsString();
          case "group" -> group = p.getValueAsString("");
          case "title" -> title = p.getValueAsString("");
          case "kind" -> kind = p.getValueAsString();
          case "unit" -> unit = p.getValueAsString("");
          case "decimals" -> decimals = p.getIntValue();
          default -> p.skipChildren();
        }
      }
      Column.Kind k = Column.Kind.valueOf(String.valueOf(kind));
      return new Column(
          key,
          Bilingual.same(group),
          Bilingual.same(title),
          k,
          k == Column.Kind.AREA ? unit(unit) : null,
          decimals);
    }

    private RawRow row() throws IOException {
      Row.Kind kind = Row.Kind.DATA;
      List<Object> cells = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals("kind")) {
          kind = Row.Kind.valueOf(p.getValueAsString());
        } else if (field.equals("cells")) {
          for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == null) {
              throw new IOException("unexpected end of input in the cells of a row");
            }
            cells.add(
                switch (p.currentToken()) {
                  case VALUE_STRING -> p.getText();
                  case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue();
                  default -> null;
                });
          }
        } else {
          p.skipChildren();
        }
      }
      return new RawRow(kind, cells);
    }

    private static AreaUnit unit(String text) {
      for (AreaUnit u : AreaUnit.values()) {
        if (u.symbol().equals(text) || u.chineseName().equals(text)) {
          return u;
        }
      }
      throw new IllegalArgumentException("unknown area unit '" + text + "'");
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
      if (actual != expected) {
        throw new IOException("expected " + expected + ", found " + actual);
      }
    }
  }

  private record RawRow(Row.Kind kind, List<Object> values) {
    Row build(List<Column> columns) {
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        Object v = c < values.size() ? values.get(c) : null;
        Column column = columns.get(c);
        if (v == null) {
          cells.add(new Cell.Blank());
        } else if (v instanceof String s) {
          cells.add(Cell.text(s));
        } else {
          java.math.BigDecimal n = (java.math.BigDecimal) v;
          cells.add(
              switch (column.kind()) {
                case COUNT, MINES, ZONES -> new Cell.Count(n.longValueExact());
                case AREA -> new Cell.Measure(Area.of(n.doubleValue(), column.unit()));
                case PERCENT -> new Cell.Percent(n.doubleValue());
                case LABEL -> Cell.text(n.toPlainString());
              });
        }
      }
      return new Row(kind, cells);
    }
  }
}
