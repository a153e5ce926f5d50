package org.mineeco.server;

/** The body of every error answer: {@code {"error": message}}. */
record ErrorJson(String error) {}
