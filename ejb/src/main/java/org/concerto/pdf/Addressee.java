package org.concerto.pdf;

import org.concerto.shared.Localizable;

import java.util.Locale;

/** The invitee a notice of meeting is addressed to, in their preferred language ({@code locale}). */
public record Addressee(Long personId, String name, String jobTitle, String organisation, Localizable role, Locale locale) {
}
