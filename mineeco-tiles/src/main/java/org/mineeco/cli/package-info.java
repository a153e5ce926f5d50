/** The {@code mineeco} command line (picocli): one class per command, each with {@code --help}. */
package org.mineeco.cli;
