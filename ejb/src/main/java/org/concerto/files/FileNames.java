package org.concerto.files;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.concerto.shared.BusinessException;

/** What is kept of the name a user gave a file: for display and download only, never as a path. */
public final class FileNames {

    static final int MAX_LENGTH = 150;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cf}]");

    private FileNames() {}

    /**
     * The name of an upload, refused when it tries to climb out of a folder ("../") or carries control
     * characters: such a name is a probe, not a file name. A plain folder prefix (some browsers send
     * "C:\\Users\\…\\file.pdf") is dropped.
     */
    static String checked(String submitted) {
        if (isProbe(submitted)) {
            throw new BusinessException("error.file.name");
        }
        return displayName(submitted, "document");
    }

    /** Whether the name of an upload tries to be a path ("../") or carries control characters. */
    public static boolean isProbe(String submitted) {
        return submitted != null
                && (CONTROL.matcher(submitted).find() || submitted.contains("../") || submitted.contains("..\\"));
    }

    /** The name ends with the extension of the kind its content showed, so that a download opens with the right program. */
    static String withExtension(String name, FileKind kind) {
        String suffix = "." + kind.extension();
        if (name.toLowerCase(Locale.ROOT).endsWith(suffix)) {
            return name;
        }
        String extended = name + suffix;
        return extended.length() > MAX_LENGTH ? extended.substring(extended.length() - MAX_LENGTH) : extended;
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
