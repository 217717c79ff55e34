package org.concerto.pdf;

import java.time.Instant;

/** The date in documents' file names, for packages that name files this package renders. */
public final class DocumentDate {

    private DocumentDate() {}

    /** "2019-09-12" (Paris). */
    public static String iso(Instant instant) {
        return DocumentFormats.isoDate(instant);
    }
}
