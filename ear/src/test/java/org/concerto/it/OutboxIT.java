package org.concerto.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concerto.mail.DeliveryState;
import org.concerto.mail.MailContent;
import org.concerto.mail.MailDelivery;
import org.concerto.mail.OutboxRow;
import org.concerto.mail.OutboxService;
import org.concerto.security.AccountService;
import org.concerto.security.SecurityEventKind;
import org.concerto.shared.Messages;
import org.concerto.shared.Role;
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

    @Inject
    AccountService accounts;

    @Inject
    OutboxService outbox;

    private static final Pattern TOKEN = Pattern.compile("account/password\\.xhtml\\?token=([A-Za-z0-9_-]{43})");

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

    @Test
    void anAccountMailLeavesBeforeOlderMails() throws Exception {
        String ordinary = Fixtures.unique("ordinary").toLowerCase() + "@it.concerto.example";
        fixtures.mail(ordinary, "Message ordinaire");
        Long personId = fixtures.person("Paula", "Pressée", null);
        fixtures.account(personId, Role.PARTICIPANT);
        String email = fixtures.email(personId);
        accounts.requestReset(email, null);
        // Past the back-off of a mail a timer tick may have failed meanwhile, within the hour of the reset link.
        Instant later = Instant.now().plus(Duration.ofMinutes(50));

        GreenMail server = MailServer.start();
        try {
            delivery.deliverDue(later);
            List<String> order = java.util.Arrays.stream(server.getReceivedMessages())
                    .map(OutboxIT::firstRecipient)
                    .toList();
            assertThat(order).contains(email, ordinary);
            assertThat(order.indexOf(email))
                    .as("the reset link, written after, leaves first: %s", order)
                    .isLessThan(order.indexOf(ordinary));
        } finally {
            server.stop();
        }
    }

    @Test
    void aMailWhoseLinkExpiredIsNotSentAndTheOutboxSaysWhyWithTheTokenMasked() throws Exception {
        String staff = fixtures.account(null, Role.SECRETARIAT);
        Long personId = fixtures.person("Eliott", "Retardé", null);
        fixtures.account(personId, Role.PARTICIPANT);
        String email = fixtures.email(personId);
        accounts.requestReset(email, null);
        String sent = fixtures.lastMailText(email);
        Matcher link = TOKEN.matcher(sent);
        assertThat(link.find()).as("the mail itself carries the link").isTrue();
        String token = link.group(1);

        // The mail server comes back after the hour the link was valid.
        delivery.deliverDue(Instant.now().plus(Duration.ofHours(2)));
        assertThat(fixtures.outboxStates(email)).containsExactly(DeliveryState.EXPIRED);
        GreenMail server = MailServer.start();
        try {
            delivery.deliverDue(Instant.now().plus(Duration.ofHours(3)));
            assertThat(MailServer.to(server, email)).as("never sent").isEmpty();
        } finally {
            server.stop();
        }

        AsUser.call(staff, Fixtures.PASSWORD, () -> {
            OutboxRow row = outbox.list(0, 200).stream()
                    .filter(r -> r.getRecipient().equals(email))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.getState()).isEqualTo(DeliveryState.EXPIRED);
            assertThat(Messages.get(Locale.FRENCH, "enum.DeliveryState.EXPIRED"))
                    .contains("expiré");
            assertThat(Messages.get(Locale.ENGLISH, "enum.DeliveryState.EXPIRED"))
                    .contains("expired");
            MailContent content = outbox.content(row.getId(), "192.0.2.44");
            assertThat(content.isLinkMasked()).isTrue();
            assertThat(content.getTextBody()).doesNotContain(token).contains("account/password.xhtml?token=●●●●●●●●");
            assertThat(content.getHtmlBody()).doesNotContain(token);
            return null;
        });
        assertThat(fixtures.securityEvents(staff)).contains(SecurityEventKind.ACCOUNT_MAIL_READ);
    }

    @Test
    void aPendingAccountMailIsMaskedInTheOutboxAndStillLeavesWithItsLink() throws Exception {
        String staff = fixtures.account(null, Role.SECRETARIAT);
        Long personId = fixtures.person("Inès", "Masquée", null);
        String email = fixtures.email(personId);
        AsUser.call(staff, Fixtures.PASSWORD, () -> {
            accounts.invite(personId, Role.PARTICIPANT);
            return null;
        });
        Matcher link = TOKEN.matcher(fixtures.lastMailText(email));
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        AsUser.call(staff, Fixtures.PASSWORD, () -> {
            OutboxRow row = outbox.list(0, 200).stream()
                    .filter(r -> r.getRecipient().equals(email))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.isAccountMail()).isTrue();
            assertThat(row.getState()).isNotEqualTo(DeliveryState.EXPIRED);
            assertThat(outbox.content(row.getId(), null).getTextBody()).doesNotContain(token);
            return null;
        });
        GreenMail server = MailServer.start();
        try {
            delivery.deliverDue(Instant.now().plus(Duration.ofMinutes(5)));
            assertThat(MailServer.to(server, email)).singleElement().satisfies(mail -> assertThat(MailServer.text(mail))
                    .contains(token));
        } finally {
            server.stop();
        }
    }

    private static String firstRecipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
