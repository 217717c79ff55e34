/** Backing beans of the declarations of interests (own page, the directory's person page) and of the meeting's conflicts panel. */
package org.concerto.web.interest;
