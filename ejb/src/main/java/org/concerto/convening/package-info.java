/**
 * Convening: the secretariat sends a meeting out (convocation), moves it (report), calls it off
 * (annulation) or records that it was held; each invitee answers the notice (accepts, declines, or
 * sends a colleague of their organisation) from the link in it or from the meeting page.
 *
 * <p>The rules are the entities' ({@link org.concerto.meeting.Meeting}, {@link org.concerto.meeting.Invitation});
 * the services here add who may do it, and post the mails through the outbox in the same transaction,
 * so a refused step sends nothing.
 */
package org.concerto.convening;
