/**
 * What every feature of Concerto shares: the base entity (identity and optimistic locking), business
 * exceptions that speak the user's language, the message bundle, settings read from the environment,
 * the clock, the application's roles ({@link org.concerto.shared.Role}: every service names them in
 * {@code @RolesAllowed}, so they sit below every feature rather than in security), and the database
 * migrations that run before Hibernate validates the schema.
 */
package org.concerto.shared;
