package org.concerto.web.meeting;

/**
 * The meeting shown has just joined a series: what the page shows from the earlier meetings (their open
 * actions) is read again. An event, so that this package need not know the pages that show it.
 */
public record SeriesJoined(long meetingId) {}
