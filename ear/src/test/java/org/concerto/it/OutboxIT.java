package org.concerto.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.concerto.mail.DeliveryState;
import org.concerto.mail.MailDelivery;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The outbox keeps every mail while the mail server is down, and delivers each exactly once when it is back. */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    @Inject
    Fixtures fixtures;

    @Inject
    MailDelivery delivery;

    @Test
    void mailsWaitForTheMailServerAndLeaveExactlyOnceWhenItIsBack() throws Exception {
        String first = Fixtures.unique("first").toLowerCase() + "@it.concerto.example";
        String second = Fixtures.unique("second").toLowerCase() + "@it.concerto.example";
        fixtures.mail(first, "Premier message");
        fixtures.mail(second, "Second message");
        // Past every back-off: the test need not wait for the clock.
        Instant later = Instant.now().plus(Duration.ofDays(1));

        delivery.deliverDue(later);

        assertThat(fixtures.outboxStates(first)).containsExactly(DeliveryState.PENDING);
        assertThat(fixtures.outboxStates(second)).containsExactly(DeliveryState.PENDING);
        assertThat(fixtures.lastError(first)).as("the error is kept").isNotBlank();

        GreenMail server = MailServer.start();
        try {
            delivery.deliverDue(later);
            delivery.deliverDue(later);

            List<MimeMessage> toFirst = MailServer.to(server, first);
            assertThat(toFirst).hasSize(1);
            assertThat(toFirst.get(0).getSubject()).isEqualTo("Premier message");
            assertThat(MailServer.text(toFirst.get(0))).contains("Corps du message");
            assertThat(MailServer.to(server, second)).hasSize(1);
            assertThat(fixtures.outboxStates(first)).containsExactly(DeliveryState.SENT);
            assertThat(fixtures.outboxStates(second)).containsExactly(DeliveryState.SENT);
        } finally {
            server.stop();
        }
    }
}
