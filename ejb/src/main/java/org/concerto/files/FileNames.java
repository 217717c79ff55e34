package org.concerto.files;

import java.text.Normalizer;

/** What is kept of the name a user gave a file: for display and download only, never as a path. */
public final class FileNames {

    static final int MAX_LENGTH = 150;

    private FileNames() {
    }

    /** The last path segment, without control characters; "document.pdf" when nothing is left. */
    public static String displayName(String submitted, String fallback) {
        String name = submitted == null ? "" : Normalizer.normalize(submitted, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            return fallback;
        }
        return name.length() > MAX_LENGTH ? name.substring(name.length() - MAX_LENGTH) : name;
    }
}
