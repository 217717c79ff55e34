/**
 * Personal data (GDPR): what Concerto holds about a person, exported for them (JSON and PDF); the
 * anonymisation of a person's name and contact details once the regulator no longer needs them, which keeps
 * the records the regulator must keep (invitations, attendance, declared interests) and leaves published
 * documents as they were; and the retention schedule that a nightly timer applies.
 */
package org.concerto.privacy;
