/**
 * The words readers see: {@link org.mineeco.vocabulary.Vocabulary}, the one bilingual dictionary of
 * the plans' terms that tables, charts, workbooks, the map, the command line and the API share, and
 * {@link org.mineeco.vocabulary.Bilingual} texts in the two {@link org.mineeco.vocabulary.Language
 * languages}. Chinese is the default everywhere.
 */
package org.mineeco.vocabulary;
