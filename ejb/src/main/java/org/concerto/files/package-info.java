/**
 * Files people hand to Concerto (agenda documents, contributions, and any later feature): one entry
 * point, {@link org.concerto.files.UploadInspection#accept}, receives them as a stream, decides their
 * kind from their content against the caller's allow-list, checks them, and keeps them under a name of
 * Concerto's choosing in the {@link org.concerto.files.FileStore}; they are served back as attachments.
 */
package org.concerto.files;
