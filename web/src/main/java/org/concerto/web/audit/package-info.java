/** The secretariat's history of a meeting, read from the audit trail (/meeting/history.xhtml). */
package org.concerto.web.audit;
