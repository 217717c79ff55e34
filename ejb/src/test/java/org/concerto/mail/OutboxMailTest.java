package org.concerto.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.concerto.participant.Language;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant T0 = Instant.parse("2030-01-10T09:00:00Z");

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static OutboxMail mail(boolean held) {
        return new OutboxMail(
                "Marie@Example.org", Language.FR, "Convocation", "Bonjour", null, List.of(), null, held, at(T0));
    }

    @Test
    void aNewMailIsDueAtOnce() {
        OutboxMail mail = mail(false);

        assertThat(mail.getState()).isEqualTo(DeliveryState.PENDING);
        assertThat(mail.getRecipient()).isEqualTo("marie@example.org");
        assertThat(mail.isDue(T0)).isTrue();
    }

    @Test
    void aFailedMailWaitsLongerAfterEachFailureAndKeepsTheError() {
        OutboxMail mail = mail(false);

        mail.failed("Connection refused", at(T0));
        assertThat(mail.isDue(T0.plus(Duration.ofSeconds(59)))).isFalse();
        assertThat(mail.isDue(T0.plus(Duration.ofMinutes(1)))).isTrue();
        assertThat(mail.getLastError()).isEqualTo("Connection refused");

        Instant second = T0.plus(Duration.ofMinutes(1));
        mail.failed("Connection refused", at(second));
        assertThat(mail.isDue(second.plus(Duration.ofMinutes(1)))).isFalse();
        assertThat(mail.isDue(second.plus(Duration.ofMinutes(2)))).isTrue();
        assertThat(mail.getAttempts()).isEqualTo(2);
        assertThat(mail.getState()).isEqualTo(DeliveryState.PENDING);
    }

    @Test
    void theBackOffGrowsButNeverPastAnHour() {
        assertThat(RetryPolicy.backOff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(RetryPolicy.backOff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(RetryPolicy.backOff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(RetryPolicy.backOff(7)).isEqualTo(Duration.ofHours(1));
        assertThat(RetryPolicy.backOff(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aSentMailIsNeverDueAgain() {
        OutboxMail mail = mail(false);
        mail.failed("timeout", at(T0));

        mail.delivered(at(T0.plus(Duration.ofMinutes(5))));

        assertThat(mail.getState()).isEqualTo(DeliveryState.SENT);
        assertThat(mail.getSentAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(mail.getLastError()).isNull();
        assertThat(mail.isDue(T0.plus(Duration.ofDays(365)))).isFalse();
    }

    @Test
    void withoutAMailServerTheMailIsHeldButStaysDeliverable() {
        OutboxMail mail = mail(true);

        assertThat(mail.getState()).isEqualTo(DeliveryState.HELD);
        assertThat(mail.isDue(T0)).isTrue();
    }

    @Test
    void aMailWithAnAccountLinkIsNotDueOnceItsLinkExpired() {
        OutboxMail mail = new OutboxMail(
                "marie@example.org",
                Language.FR,
                "Nouveau mot de passe",
                "https://concerto.example/account/password.xhtml?token=abc",
                null,
                List.of(),
                T0.plus(Duration.ofHours(1)),
                false,
                at(T0));
        assertThat(mail.isAccountMail()).isTrue();
        assertThat(mail.linkExpired(T0.plus(Duration.ofMinutes(59)))).isFalse();
        assertThat(mail.linkExpired(T0.plus(Duration.ofHours(1)))).isTrue();
        mail.expired();
        assertThat(mail.getState()).isEqualTo(DeliveryState.EXPIRED);
        assertThat(mail.isDue(T0.plus(Duration.ofDays(1)))).isFalse();
        assertThat(mail(false).isAccountMail()).isFalse();
    }

    @Test
    void theOutboxViewMasksTheTokenOfALinkInTheBodiesAndTextAttachments() {
        String text =
                "Choisissez : https://concerto.example/account/password.xhtml?token=Ab-9_xYz0123456789abcdefghij.\n";
        assertThat(AccountLinkMask.text(text))
                .isEqualTo("Choisissez : https://concerto.example/account/password.xhtml?token=" + AccountLinkMask.MASK
                        + ".\n");
        MailAttachment calendar = new MailAttachment(
                "invitation.ics", "text/calendar; charset=UTF-8", "URL:https://x/?token=Secret123".getBytes());
        assertThat(new String(AccountLinkMask.attachment(calendar).getContent()))
                .isEqualTo("URL:https://x/?token=" + AccountLinkMask.MASK);
        MailAttachment pdf = new MailAttachment("a.pdf", "application/pdf", new byte[] {1, 2, 3});
        assertThat(AccountLinkMask.attachment(pdf)).isSameAs(pdf);
    }
}
