/**
 * Mail: the persistent outbox through which every mail of Concerto leaves, and the calendar invitations
 * that go with notices of meeting. The one package that talks to Jakarta Mail and to iCalendar.
 *
 * <p>Services {@link org.concerto.mail.Outbox#enqueue enqueue} a mail inside their own transaction, so a
 * refused step sends nothing. A persistent timer ({@link org.concerto.mail.MailDelivery}) delivers what
 * is due, one mail per transaction, retrying with a growing back-off: a mail server that is down loses
 * nothing. Without a mail server (the demo) mails stay in the outbox, where the secretariat reads them.
 */
package org.concerto.mail;
