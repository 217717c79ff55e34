package org.concerto.contribution;

import org.concerto.shared.BusinessException;
import org.concerto.shared.Texts;

/**
 * The author's disclosure of interests and funding, as regulators ask of speakers at hearings: either
 * "none", or a text naming them. One of the two is required, never both.
 */
public record Disclosure(boolean none, String text) {

    public static final int TEXT_LENGTH = 4000;

    public Disclosure {
        text = Texts.optional(text, "disclosure", TEXT_LENGTH);
        if (none && text != null) {
            throw new BusinessException("error.contribution.disclosureBoth");
        }
        if (!none && text == null) {
            throw new BusinessException("error.contribution.disclosureRequired");
        }
    }
}
