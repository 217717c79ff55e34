/**
 * The web side of security: the HTTP headers every answer carries (CSP, framing, sniffing, referrer,
 * HSTS over HTTPS), what happens around the container's form login (failures counted and slowed down,
 * successes logged, the second factor demanded before anything else), the refused accesses written to the
 * security log, and the secretariat's page that reads that log.
 */
package org.concerto.web.security;
