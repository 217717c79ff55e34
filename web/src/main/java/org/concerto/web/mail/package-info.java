/** Backing beans of the mail pages: the secretariat's outbox. */
package org.concerto.web.mail;
