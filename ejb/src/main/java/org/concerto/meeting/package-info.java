/**
 * Meetings (réunions, séances): one dated session of the regulator with its invitees and its agenda,
 * and the life it follows from draft to convened, held, minutes in review, approved and
 * published (or postponed, or cancelled). Who may see a meeting is decided here: the secretariat sees
 * them all, anyone else only those they are invited to.
 */
package org.concerto.meeting;
