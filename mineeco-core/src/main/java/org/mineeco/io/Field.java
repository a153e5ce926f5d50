package org.mineeco.io;

import java.util.Objects;

/**
 * A named, typed attribute column of a written layer.
 *
 * @param name column name, not blank
 * @param type column type
 */
public record Field(String name, FieldType type) {
  public Field {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("field name must not be blank, was '" + name + "'");
    }
    Objects.requireNonNull(type, "field type of " + name);
  }
}
