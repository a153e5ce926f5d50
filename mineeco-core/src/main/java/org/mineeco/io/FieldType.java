package org.mineeco.io;

/** The type of an attribute column in a written layer. */
public enum FieldType {
  /** Text, UTF-8. */
  STRING,
  /** 64-bit integer. */
  INTEGER,
  /** 64-bit floating point. */
  REAL,
  /** True or false. */
  BOOLEAN
}
