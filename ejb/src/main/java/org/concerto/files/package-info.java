/**
 * Files people hand to Concerto (for now, the documents attached to agenda items): received as a
 * stream, checked from their content, kept under a name of Concerto's choosing, served back as an
 * attachment. The contributions work extends the checks to more types.
 */
package org.concerto.files;
