package org.mineeco.spec;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.mineeco.io.IoErrors;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads the one YAML document of a spec or table-definitions file, within bounds a hand-written
 * file never reaches: a regular file (not a folder, pipe or device, which could block for ever) of
 * at most {@value #MAX_BYTES} bytes of UTF-8, collections nested at most {@value #MAX_DEPTH} deep
 * and at most {@value #MAX_ALIASES} aliases (a few anchors are handy; many expand exponentially).
 * The depth is checked on the parser's events before the document is built, so a deep document is
 * refused before it can exhaust the stack. Every failure is a {@link SpecException} in one line.
 * Stateless.
 */
final class YamlDocument {
  static final int MAX_BYTES = 4 << 20;
  static final int MAX_DEPTH = 64;
  static final int MAX_ALIASES = 20;

  private YamlDocument() {}

  /**
   * The document in {@code file} as maps, lists and scalars.
   *
   * @param what what the file is, for messages: "the spec", "the table definitions"
   * @throws SpecException naming the file, and the line and column of a YAML error
   */
  static Object load(Path file, String what) {
    String text = read(file, what);
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file.toString())
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setCodePointLimit(MAX_BYTES)
            .build();
    try {
      requireBounded(file, settings, text);
      return new Load(settings).loadFromReader(new StringReader(text));
    } catch (YamlEngineException e) {
      throw new SpecException(file, "", "not valid YAML" + describe(e));
    }
  }

  private static String read(Path file, String what) {
    if (!Files.exists(file)) {
      throw new SpecException(file, "", "no such file (" + what + ")");
    }
    if (!Files.isRegularFile(file)) {
      throw new SpecException(
          file,
          "",
          (Files.isDirectory(file) ? "is a folder" : "is not a regular file (a pipe or device)")
              + ": "
              + what
              + " must be a file");
    }
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new SpecException(
            file,
            "",
            what + " is " + size + " bytes, more than the " + MAX_BYTES + " a spec may have");
      }
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new SpecException(file, "", what + " is not UTF-8 text: save it as UTF-8");
    } catch (NoSuchFileException e) {
      throw new SpecException(file, "", "no such file (" + what + ")");
    } catch (IOException e) {
      throw new SpecException(file, "", "cannot read " + what + ": " + IoErrors.reason(e, file));
    }
  }

  private static void requireBounded(Path file, LoadSettings settings, String text) {
    int depth = 0;
    int aliases = 0;
    try (Reader reader = new StringReader(text)) {
      for (Event event : new Parse(settings).parseReader(reader)) {
        if (event instanceof CollectionStartEvent) {
          depth++;
          if (depth > MAX_DEPTH) {
            throw new SpecException(
                file,
                "",
                "nested more than "
                    + MAX_DEPTH
                    + " levels deep"
                    + event.getStartMark().map(m -> " at line " + (m.getLine() + 1)).orElse(""));
          }
        } else if (event instanceof CollectionEndEvent) {
          depth--;
        } else if (event instanceof AliasEvent && ++aliases > MAX_ALIASES) {
          throw new SpecException(
              file, "", "more than " + MAX_ALIASES + " aliases (*name): write the values out");
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("a string reader failed", e);
    }
  }

  /**
   * A YAML value in a few words for a message, never a dump: {@code 'text'}, {@code a list [..]},
   * {@code binary data}; cut to 60 characters.
   */
  static String describe(Object value) {
    String text;
    if (value == null) {
      return "nothing";
    } else if (value instanceof Map<?, ?> m) {
      text = "a mapping " + m;
    } else if (value instanceof List<?> l) {
      text = "a list " + l;
    } else if (value instanceof byte[]) {
      return "binary data (!!binary)";
    } else if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      text = "'" + value + "'";
    } else {
      return "a value of YAML type " + value.getClass().getSimpleName();
    }
    text = IoErrors.oneLine(text);
    return text.length() <= 60 ? text : text.substring(0, 59) + "…";
  }

  /** Whether {@code value} is a scalar that reads as text: text, a number or a boolean. */
  static boolean isText(Object value) {
    return value instanceof String || value instanceof Number || value instanceof Boolean;
  }

  /** {@code " at line 3, column 5: mapping values are not allowed here"}. */
  private static String describe(YamlEngineException e) {
    if (e instanceof MarkedYamlEngineException marked) {
      String where =
          marked
              .getProblemMark()
              .map(m -> " at line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1))
              .orElse("");
      return where + ": " + IoErrors.oneLine(marked.getProblem());
    }
    return ": " + IoErrors.oneLine(e.getMessage());
  }
}
