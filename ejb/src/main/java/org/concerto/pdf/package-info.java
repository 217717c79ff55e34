/**
 * The documents of a meeting as PDFs: the agenda (ordre du jour), each invitee's notice of meeting
 * (convocation) and the attendance sheet (feuille d'émargement). The only package that talks to iText:
 * it renders plain data into tagged, A4, PDF/A documents with an embedded font, in the reader's
 * language and with French typography, and {@link org.concerto.pdf.MeetingDocuments} decides who may
 * download which.
 */
package org.concerto.pdf;
