/** Backing beans of the pages under /meeting: the meetings list and the meeting page. */
package org.concerto.web.meeting;
