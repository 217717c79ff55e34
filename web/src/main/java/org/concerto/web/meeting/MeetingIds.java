package org.concerto.web.meeting;

import org.concerto.shared.NotFoundException;

/** Meeting ids in addresses: anything that is not a number is a page that does not exist, not an error. */
final class MeetingIds {

    private MeetingIds() {}

    static long parse(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }
}
