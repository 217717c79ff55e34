/**
 * The pages of one's account: forgotten password, choosing a password through a one-time link, the
 * second step of the login (TOTP) and its enrolment, and the person page's invitation to Concerto.
 */
package org.concerto.web.account;
