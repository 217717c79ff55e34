/** Backing beans of the invitation pages: an invitee answers from the link of their notice. */
package org.concerto.web.invitation;
