/**
 * Meetings (réunions, séances): one dated session of the regulator with its invitees and its agenda,
 * and the life it follows from draft to convened, held, minutes in review, approved and
 * published (or postponed, or cancelled). Who may see a meeting is decided here: the secretariat sees
 * them all, anyone else only those they are invited to.
 *
 * <p>The agenda items ({@link org.concerto.meeting.AgendaItem}) and their computed
 * {@link org.concerto.meeting.Timetable} live here: the meeting owns its ordered items and its rules read them
 * (no convening without an agenda, no change once convened), so they are parts of the meeting, not a feature above it.
 */
package org.concerto.meeting;
