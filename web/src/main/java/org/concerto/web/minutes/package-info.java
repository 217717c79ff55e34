/**
 * The minutes pages: writing and reviewing them (meeting/minutes.xhtml), comparing two versions
 * (meeting/minutes-compare.xhtml), their part of the meeting page, the sealed PDF download, and the public
 * pages without login (public/meetings.xhtml, public/verify.xhtml, the public PDF).
 */
package org.concerto.web.minutes;
