/**
 * Who may do what. Accounts live in Concerto's own tables and are checked by WildFly's Elytron JDBC
 * realm (bcrypt hashes in modular crypt form); services refuse what a caller's role or invitations do
 * not allow, whatever the page showed.
 */
package org.concerto.security;
