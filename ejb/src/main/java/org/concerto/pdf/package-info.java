/**
 * The documents of Concerto as PDFs: a meeting's agenda (ordre du jour), each invitee's notice of meeting
 * (convocation), the attendance sheet (feuille d'émargement), the meeting pack, the minutes (compte rendu,
 * PDF/A-3A) with Concerto's seal on approved minutes ({@link org.concerto.pdf.Seal}, {@link org.concerto.pdf.SealKeystore}),
 * action lists and personal-data exports; and the check that an uploaded PDF is safe to pass on
 * ({@link org.concerto.pdf.PdfInspection}).
 *
 * <p>A library edge, the only package that talks to iText: it imports nothing of Concerto but {@code shared}.
 * Features build a document's content from the plain value types here ({@link org.concerto.pdf.DocumentMeeting},
 * {@link org.concerto.pdf.AgendaLine}, {@link org.concerto.pdf.MinutesContent}, …; words that depend on the
 * reader's language come as {@link org.concerto.shared.Localizable}) and ask for it to be rendered into a tagged,
 * A4, PDF/A document with an embedded font and French typography. Who may have which document is decided in the
 * feature's service, not here.
 */
package org.concerto.pdf;
