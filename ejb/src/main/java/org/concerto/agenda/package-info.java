/**
 * The agenda (ordre du jour) as the secretariat edits it: adding, reordering and removing the meeting's items
 * (information, discussion, consultation, decision, each with a presenter and a planned duration) and the
 * documents attached to them. The items themselves belong to the meeting ({@code org.concerto.meeting}); this
 * package sits above it and hears, by event, when a draft meeting is deleted.
 */
package org.concerto.agenda;
