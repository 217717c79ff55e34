package org.concerto.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.concerto.shared.Messages;
import org.junit.jupiter.api.Test;

/** Every constant of the action enumerations has a label in both languages (MessagesTest checks the others). */
class ActionLabelsTest {

    @Test
    void everyActionEnumerationHasLabels() {
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(
                    ActionStatus.class, ActionPriority.class, ActionEventKind.class, ActionScope.class)) {
                for (Enum<?> constant : type.getEnumConstants()) {
                    assertThat(Messages.label(locale, constant))
                            .as("%s in %s", constant, locale)
                            .doesNotStartWith("???");
                }
            }
        }
    }
}
