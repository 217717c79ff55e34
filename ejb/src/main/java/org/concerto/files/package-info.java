/**
 * Files people hand to Concerto (agenda documents, contributions, and any later feature): one entry
 * point, {@link org.concerto.files.UploadInspection#accept}, receives them as a stream, decides their
 * kind from their content against the caller's allow-list, checks them, and keeps them under a name of
 * Concerto's choosing in the {@link org.concerto.files.FileStore}; they are served back as attachments.
 * Whether a PDF is safe to pass on is asked of {@link org.concerto.shared.PdfCheck} (answered by the pdf package),
 * so that this package imports nothing but shared.
 */
package org.concerto.files;
