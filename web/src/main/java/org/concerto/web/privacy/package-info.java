/**
 * The pages of personal data: one's own data and its export, the secretariat's anonymisation of a person
 * and its retention page (the downloads themselves are served by web.document.PersonalDataServlet).
 */
package org.concerto.web.privacy;
