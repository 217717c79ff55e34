/**
 * The directory: organisations (the regulator, patient associations, health professional bodies,
 * manufacturers, expert groups) and the people who speak for them at meetings.
 */
package org.concerto.participant;
