/**
 * Who may do what. Accounts live in Concerto's own tables and are checked by WildFly's Elytron JDBC
 * realm (bcrypt hashes in modular crypt form); services refuse what a caller's role or invitations do
 * not allow, whatever the page showed. People get their account by invitation and choose their password
 * through a one-time link (reset works the same way); repeated failures lock the account; a TOTP second
 * factor can be required; {@link org.concerto.security.SecurityLog} is the security log every feature writes to.
 */
package org.concerto.security;
