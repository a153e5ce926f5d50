/**
 * The mine patch (图斑) and the typed codes of the national legacy-mine survey, with derived mine
 * status and damage type.
 */
package org.mineeco.model;
