/**
 * The documents of a meeting as PDFs: the agenda (ordre du jour), each invitee's notice of meeting
 * (convocation), the attendance sheet (feuille d'émargement) and the minutes (compte rendu, PDF/A-3A, issue 6),
 * with Concerto's seal on approved minutes ({@link org.concerto.pdf.Seal}, {@link org.concerto.pdf.SealKeystore}).
 * The only package that talks to iText: it renders plain data into tagged, A4, PDF/A documents with an embedded font, in the reader's
 * language and with French typography, and {@link org.concerto.pdf.MeetingDocuments} decides who may
 * download which.
 */
package org.concerto.pdf;
