/**
 * Downloads of a meeting's documents (agenda, notices of meeting, attendance sheet) as PDF files,
 * rendered and authorised by {@link org.concerto.meeting.MeetingDocuments}, and the links to them on the
 * meeting page.
 */
package org.concerto.web.document;
