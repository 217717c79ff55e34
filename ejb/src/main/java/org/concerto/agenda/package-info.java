/**
 * The agenda (ordre du jour): ordered items, each with a purpose (information, discussion,
 * consultation, decision), a presenter and a planned duration, from which the timetable is computed.
 */
package org.concerto.agenda;
