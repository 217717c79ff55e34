package org.concerto.web.directory;

import org.concerto.shared.NotFoundException;

/** Ids typed in addresses: one that is not a number is a page that does not exist, not a conversion error. */
final class Ids {

    private Ids() {}

    static long parse(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }
}
