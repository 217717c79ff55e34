/** The pages of written consultations: the secretariat's list, editor and dashboard, the respondents' form, the public hub. */
package org.concerto.web.consultation;
