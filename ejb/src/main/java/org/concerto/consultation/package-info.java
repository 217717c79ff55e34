/**
 * Written consultations: the regulator asks stakeholders questions in writing, for an open period, either the
 * people it invites (restricted) or anyone (public, with an e-mail address confirmed by a link). Respondents say
 * who they are and on whose behalf they answer, declare their interests, choose what may be published, save as they
 * go and submit; the secretariat follows the figures on a dashboard counted by the database.
 */
package org.concerto.consultation;
