package org.concerto.pdf;

import java.util.Locale;
import org.concerto.shared.Localizable;

/** The invitee a notice of meeting is addressed to, in their preferred language ({@code locale}). */
public record Addressee(
        Long personId, String name, String jobTitle, String organisation, Localizable role, Locale locale) {}
