package org.mineeco.crs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One element of a CRS well-known text (WKT1 in its OGC and ESRI flavours, or WKT2): a keyword and
 * its arguments, each a quoted {@link String}, a {@link Double}, a bare word (a {@link String}) or
 * a nested node. Immutable.
 *
 * @param keyword the keyword in upper case, e.g. {@code PROJCS}
 * @param args the arguments in order
 */
record WktNode(String keyword, List<Object> args) {
  WktNode {
    args = List.copyOf(args);
  }

  /**
   * Parses a whole WKT text; brackets may be {@code []} or {@code ()}.
   *
   * @throws IllegalArgumentException saying where the text is not WKT
   */
  static WktNode parse(String wkt) {
    Parser parser = new Parser(wkt);
    WktNode node = parser.node();
    parser.skipSpace();
    if (parser.pos != wkt.length()) {
      throw parser.error("text after the closing bracket");
    }
    return node;
  }

  /** The first argument as text (the name of most WKT elements), or empty text. */
  String name() {
    return args.isEmpty() || !(args.get(0) instanceof String s) ? "" : s;
  }

  /** The {@code i}-th argument as a number, or NaN when it is absent or not a number. */
  double number(int i) {
    return i < args.size() && args.get(i) instanceof Double d ? d : Double.NaN;
  }

  /** The direct child nodes with one of these keywords. */
  List<WktNode> children(String... keywords) {
    List<WktNode> found = new ArrayList<>();
    for (Object a : args) {
      if (a instanceof WktNode n && List.of(keywords).contains(n.keyword)) {
        found.add(n);
      }
    }
    return found;
  }

  /** The first direct child with one of these keywords. */
  Optional<WktNode> child(String... keywords) {
    return children(keywords).stream().findFirst();
  }

  /** The first node with one of these keywords, searching depth-first below this one. */
  Optional<WktNode> find(String... keywords) {
    for (Object a : args) {
      if (a instanceof WktNode n) {
        if (List.of(keywords).contains(n.keyword)) {
          return Optional.of(n);
        }
        Optional<WktNode> deeper = n.find(keywords);
        if (deeper.isPresent()) {
          return deeper;
        }
      }
    }
    return Optional.empty();
  }

  /** Every node with one of these keywords below this one, depth-first. */
  List<WktNode> findAll(String... keywords) {
    List<WktNode> found = new ArrayList<>();
    for (Object a : args) {
      if (a instanceof WktNode n) {
        if (List.of(keywords).contains(n.keyword)) {
          found.add(n);
        }
        found.addAll(n.findAll(keywords));
      }
    }
    return found;
  }

  /** The code of a direct {@code AUTHORITY["EPSG","4490"]} or {@code ID["EPSG",4490]} child. */
  Optional<Integer> epsgCode() {
    for (WktNode id : children("AUTHORITY", "ID")) {
      if (id.name().equalsIgnoreCase("EPSG") && id.args.size() > 1) {
        Object code = id.args.get(1);
        String text = code instanceof Double d ? Long.toString(d.longValue()) : code.toString();
        if (text.strip().matches("\\d{1,9}")) {
          return Optional.of(Integer.parseInt(text.strip()));
        }
      }
    }
    return Optional.empty();
  }

  /** Lower-case letters and digits of {@code text}, for comparing names across WKT flavours. */
  static String normalise(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /** The start of {@code text} on one line, for error messages. */
  static String excerpt(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= 100 ? oneLine : oneLine.substring(0, 100) + "...";
  }

  private static final class Parser {
    private final String text;
    private int pos;

    Parser(String text) {
      this.text = text;
    }

    WktNode node() {
      skipSpace();
      String keyword = word();
      skipSpace();
      if (keyword.isEmpty() || pos >= text.length() || "[(".indexOf(text.charAt(pos)) < 0) {
        throw error("expected a keyword and '['");
      }
      return body(keyword);
    }

    private WktNode body(String keyword) {
      pos++;
      List<Object> args = new ArrayList<>();
      while (true) {
        args.add(value());
        skipSpace();
        if (pos >= text.length()) {
          throw error("unclosed " + keyword);
        }
        char c = text.charAt(pos++);
        if (c == ']' || c == ')') {
          return new WktNode(keyword.toUpperCase(Locale.ROOT), args);
        }
        if (c != ',') {
          throw error("expected ',' or a closing bracket in " + keyword);
        }
      }
    }

    private Object value() {
      skipSpace();
      if (pos >= text.length()) {
        throw error("unexpected end");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        return quoted();
      }
      if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
        return number();
      }
      String word = word();
      skipSpace();
      if (!word.isEmpty() && pos < text.length() && "[(".indexOf(text.charAt(pos)) >= 0) {
        return body(word);
      }
      if (word.isEmpty()) {
        throw error("expected a value");
      }
      return word;
    }

    private String word() {
      int start = pos;
      while (pos < text.length()
          && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
        pos++;
      }
      return text.substring(start, pos);
    }

    private String quoted() {
      StringBuilder sb = new StringBuilder();
      pos++;
      while (pos < text.length()) {
        char c = text.charAt(pos++);
        if (c != '"') {
          sb.append(c);
        } else if (pos < text.length() && text.charAt(pos) == '"') {
          sb.append('"');
          pos++;
        } else {
          return sb.toString();
        }
      }
      throw error("unclosed quoted text");
    }

    private Double number() {
      int start = pos;
      while (pos < text.length() && "+-.0123456789eE".indexOf(text.charAt(pos)) >= 0) {
        pos++;
      }
      try {
        return Double.valueOf(text.substring(start, pos));
      } catch (NumberFormatException e) {
        pos = start;
        throw error("malformed number");
      }
    }

    void skipSpace() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }

    IllegalArgumentException error(String what) {
      return new IllegalArgumentException(
          "not WKT at character " + pos + ": " + what + " in '" + excerpt(text) + "'");
    }
  }
}
