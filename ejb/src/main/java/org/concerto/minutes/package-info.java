/**
 * Minutes (compte rendu): the secretariat drafts them item by item once the meeting is held (summary,
 * positions by organisation, decision, votes, recusals, actions decided), sends the draft to the participants
 * for review with a deadline, resolves each of their comments, and the chair or the secretariat approves.
 * Approved minutes are frozen, sealed (signed PDF/A-3) and hashed; they change only by a correction, a new
 * version with its reason. Every version is kept and can be compared with another. Approved minutes can be
 * published: the public version leaves out confidential items and the names of patients who did not agree.
 * {@link org.concerto.minutes.MinutesAssembler} is the one place that turns what Concerto knows into the
 * document ({@link org.concerto.pdf.MinutesContent}, which pdf renders); the stage of the minutes
 * ({@link org.concerto.minutes.Minutes.Stage}) and their canonical text and hash ({@link org.concerto.minutes.MinutesText})
 * belong here, not to the rendering.
 */
package org.concerto.minutes;
