/**
 * Action items (relevé d'actions, suites à donner): who must do what by when, decided in a meeting
 * (usually on one agenda item) and followed from meeting to meeting until the secretariat confirms
 * them done or they are cancelled. Owners report progress and evidence; every change is kept with who
 * and when; overdue is computed from the clock, never stored; owners are reminded by mail before the
 * due date and once it is passed, at most once per action and reason.
 */
package org.concerto.action;
