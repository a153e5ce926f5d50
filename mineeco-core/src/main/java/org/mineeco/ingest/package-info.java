/**
 * Reading a patch layer into {@link org.mineeco.model.MinePatch} values: one {@link
 * org.mineeco.ingest.PatchOutcome} per input feature, in input order, each accepted, repaired (JTS
 * {@code GeometryFixer}) or rejected with a reason, and a report that accounts for every feature.
 * Entry point: {@link org.mineeco.ingest.PatchIngest}.
 */
package org.mineeco.ingest;
