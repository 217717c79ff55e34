package org.concerto.web.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.concerto.shared.Messages;
import org.junit.jupiter.api.Test;

class LengthMessageTest {

    @Test
    void theMessageNamesTheFieldTheLimitAndWhatWasTyped() {
        assertThat(spaces(Messages.format(Locale.FRENCH, "error.field.tooLong", "Titre", 200, 100_000)))
                .isEqualTo("Titre : 200 caractères au plus (vous en avez saisi 100 000).");
        assertThat(Messages.format(Locale.ENGLISH, "error.field.tooLong", "Title", 200, 100_000))
                .isEqualTo("Title: at most 200 characters (you typed 100,000).");
    }

    /** French groups digits with a (narrow) no-break space. */
    private static String spaces(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
