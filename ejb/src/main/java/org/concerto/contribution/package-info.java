/**
 * Contributions (contributions écrites, prises de position): what invitees submit before a meeting, in
 * their own name or their organisation's, as a sanitised written statement and/or files, with their
 * disclosure of interests. Versions are kept with their SHA-256; the secretariat accepts a contribution
 * for distribution or returns it; who reads which version follows its visibility. The meeting pack
 * (dossier de séance) gathers the accepted ones in agenda order, built in the background.
 */
package org.concerto.contribution;
