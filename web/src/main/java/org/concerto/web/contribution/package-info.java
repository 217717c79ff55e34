/**
 * The pages of contributions: the meeting page's contributions section and meeting pack, the
 * submission form (a new contribution or a new version), and the secretariat's review screen.
 */
package org.concerto.web.contribution;
