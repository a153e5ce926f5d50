/**
 * The restoration order: patches ranked by must-clear zones, corridor bands nearest first, "three
 * zones, two lines", ease and size, each with the reasons for its rank.
 */
package org.mineeco.priority;
