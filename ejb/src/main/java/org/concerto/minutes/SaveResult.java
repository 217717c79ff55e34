package org.concerto.minutes;

import java.io.Serializable;

/**
 * How a save of a section went: saved (with the section's new version), or refused because someone saved in
 * between; then the author's text is kept as a conflicting draft and the current text comes back to be merged.
 */
public class SaveResult implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean saved;
    private final SectionView section;
    private final String otherAuthor;

    SaveResult(boolean saved, SectionView section, String otherAuthor) {
        this.saved = saved;
        this.section = section;
        this.otherAuthor = otherAuthor;
    }

    public boolean isSaved() {
        return saved;
    }

    public boolean isConflict() {
        return !saved;
    }

    /** The section as the database holds it now. */
    public SectionView getSection() {
        return section;
    }

    /** Who saved in between, for the conflict message. */
    public String getOtherAuthor() {
        return otherAuthor;
    }
}
