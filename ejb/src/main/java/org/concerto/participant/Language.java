package org.concerto.participant;

import java.util.Locale;

/** The languages Concerto speaks; a person's mails, documents and pages use their preferred one. */
public enum Language {
    FR(Locale.FRENCH),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public static Language of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : FR;
    }
}
