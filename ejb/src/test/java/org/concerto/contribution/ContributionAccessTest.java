package org.concerto.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.concerto.contribution.ContributionAccess.Reader;
import org.concerto.meeting.AgendaItem;
import org.concerto.meeting.AgendaItemKind;
import org.concerto.meeting.Meeting;
import org.concerto.meeting.MeetingFormat;
import org.concerto.meeting.MeetingRole;
import org.concerto.meeting.Schedule;
import org.concerto.participant.Language;
import org.concerto.participant.Person;
import org.concerto.shared.AbstractEntity;
import org.junit.jupiter.api.Test;

class ContributionAccessTest {

    private static final Instant START = Instant.parse("2030-03-12T09:00:00Z");
    private static final Clock DAY_BEFORE = Clock.fixed(START.minus(Duration.ofDays(1)), ZoneOffset.UTC);
    private static final Clock DAY_AFTER = Clock.fixed(START.plus(Duration.ofDays(1)), ZoneOffset.UTC);
    private static final long AUTHOR = 7L;
    private static final long SOMEONE_ELSE = 8L;

    private final Meeting meeting = meeting();
    private final AgendaItem confidentialItem = confidentialItem();

    @Test
    void nothingIsSharedBeforeItIsAccepted() {
        Contribution contribution = contribution(null, Visibility.PUBLIC);
        ContributionVersion main = version(contribution, VersionKind.MAIN);

        for (Reader reader : Reader.values()) {
            assertThat(ContributionAccess.sharedVersion(contribution, reader))
                    .as("%s", reader)
                    .isEmpty();
        }
        assertThat(ContributionAccess.mayRead(contribution, main, Reader.INVITEE, SOMEONE_ELSE))
                .isFalse();
        assertThat(ContributionAccess.mayRead(contribution, main, Reader.INVITEE, AUTHOR))
                .as("the author")
                .isTrue();
        assertThat(ContributionAccess.mayRead(contribution, main, Reader.SECRETARIAT, null))
                .isTrue();
    }

    @Test
    void inviteesReadTheContributionOrItsRedactedVersionWhenItIsForTheSecretariatOnly() {
        Contribution shared = contribution(null, Visibility.PARTICIPANTS);
        ContributionVersion sharedMain = version(shared, VersionKind.MAIN);
        shared.accept(null, "secretariat", START);
        Contribution secret = contribution(null, Visibility.SECRETARIAT);
        ContributionVersion secretMain = version(secret, VersionKind.MAIN);
        ContributionVersion redacted = version(secret, VersionKind.PUBLIC_REDACTED);
        secret.accept(null, "secretariat", START);

        assertThat(ContributionAccess.sharedVersion(shared, Reader.INVITEE)).contains(sharedMain);
        assertThat(ContributionAccess.sharedVersion(secret, Reader.INVITEE)).contains(redacted);
        assertThat(ContributionAccess.sharedVersion(secret, Reader.SECRETARIAT)).contains(secretMain);
        assertThat(ContributionAccess.mayRead(secret, secretMain, Reader.INVITEE, SOMEONE_ELSE))
                .isFalse();
        assertThat(ContributionAccess.mayRead(secret, redacted, Reader.INVITEE, SOMEONE_ELSE))
                .isTrue();
        assertThat(ContributionAccess.readsEveryVersion(secret, Reader.INVITEE, AUTHOR))
                .isTrue();
        assertThat(ContributionAccess.readsEveryVersion(secret, Reader.INVITEE, SOMEONE_ELSE))
                .isFalse();
    }

    @Test
    void observersDoNotReadWhatWasSentToAConfidentialItem() {
        Contribution onItem = contribution(confidentialItem, Visibility.PARTICIPANTS);
        ContributionVersion main = version(onItem, VersionKind.MAIN);
        onItem.accept(null, "secretariat", START);

        assertThat(ContributionAccess.sharedVersion(onItem, Reader.INVITEE)).contains(main);
        assertThat(ContributionAccess.sharedVersion(onItem, Reader.OBSERVER)).isEmpty();
        assertThat(ContributionAccess.mayRead(onItem, main, Reader.OBSERVER, SOMEONE_ELSE))
                .isFalse();
        assertThat(ContributionAccess.mayRead(onItem, main, Reader.OBSERVER, AUTHOR))
                .as("the author still reads their own")
                .isTrue();
    }

    @Test
    void anObserverReadsThePackOnlyWhenItHoldsNothingOfAConfidentialItem() {
        Contribution general = contribution(null, Visibility.PARTICIPANTS);
        version(general, VersionKind.MAIN);
        general.accept(null, "secretariat", START);
        Contribution secretOnItem = contribution(confidentialItem, Visibility.SECRETARIAT);
        version(secretOnItem, VersionKind.MAIN);
        secretOnItem.accept(null, "secretariat", START);
        Contribution sharedOnItem = contribution(confidentialItem, Visibility.PARTICIPANTS);
        version(sharedOnItem, VersionKind.MAIN);
        sharedOnItem.accept(null, "secretariat", START);

        assertThat(ContributionAccess.mayReadPack(List.of(general, secretOnItem), Reader.OBSERVER))
                .as("not in the pack")
                .isTrue();
        assertThat(ContributionAccess.mayReadPack(List.of(general, sharedOnItem), Reader.OBSERVER))
                .isFalse();
        assertThat(ContributionAccess.mayReadPack(List.of(general, sharedOnItem), Reader.INVITEE))
                .isTrue();
    }

    @Test
    void thePublicReadsThePublicVersionOnlyOnceTheMeetingIsPublished() {
        Contribution open = contribution(null, Visibility.PUBLIC);
        ContributionVersion main = version(open, VersionKind.MAIN);
        open.accept(null, "secretariat", START);
        Contribution participants = contribution(null, Visibility.PARTICIPANTS);
        version(participants, VersionKind.MAIN);
        participants.accept(null, "secretariat", START);

        assertThat(ContributionAccess.sharedVersion(open, Reader.PUBLIC)).contains(main);
        assertThat(ContributionAccess.sharedVersion(participants, Reader.PUBLIC))
                .isEmpty();
        assertThat(ContributionAccess.mayRead(open, main, Reader.PUBLIC, null))
                .as("before publication")
                .isFalse();
        assertThat(ContributionAccess.mayRead(open, main, Reader.PUBLIC, AUTHOR))
                .as("the public is nobody in particular")
                .isFalse();

        meeting.markHeld(DAY_AFTER);
        meeting.openMinutesReview();
        meeting.approveMinutes();
        meeting.publish();

        assertThat(ContributionAccess.isOpenToThePublic(meeting)).isTrue();
        assertThat(ContributionAccess.mayRead(open, main, Reader.PUBLIC, null)).isTrue();
    }

    @Test
    void aReaderIsTheSecretariatAnObserverOrAnInvitee() {
        assertThat(Reader.of(true, false)).isEqualTo(Reader.SECRETARIAT);
        assertThat(Reader.of(false, true)).isEqualTo(Reader.OBSERVER);
        assertThat(Reader.of(false, false)).isEqualTo(Reader.INVITEE);
    }

    private Contribution contribution(AgendaItem item, Visibility visibility) {
        Person author = withId(new Person("Marie", "Lambert", "marie@example.org", Language.FR, null), AUTHOR);
        return new Contribution(
                meeting, item, author, null, "Position de l'association", visibility, START.minus(Duration.ofDays(10)));
    }

    private static ContributionVersion version(Contribution contribution, VersionKind kind) {
        return contribution.addVersion(
                kind,
                Statement.of("<p>Texte</p>"),
                new Disclosure(true, null),
                "marie",
                START.minus(Duration.ofDays(9)),
                false);
    }

    private static Meeting meeting() {
        Meeting meeting = new Meeting(
                "Point d'étape",
                "MiniMed 2007D",
                new Schedule(START, START.plus(Duration.ofHours(3))),
                MeetingFormat.IN_PERSON,
                "Salle A",
                null);
        meeting.invite(new Person("Anne", "Chair", "chair@example.org", Language.FR, null), MeetingRole.CHAIR);
        meeting.addAgendaItem(new AgendaItem("Ouverture", null, AgendaItemKind.INFORMATION, 15));
        meeting.convene(DAY_BEFORE);
        return meeting;
    }

    private static AgendaItem confidentialItem() {
        AgendaItem item = new AgendaItem("Données industrielles", null, AgendaItemKind.INFORMATION, 30);
        item.markConfidential(true);
        return item;
    }

    private static <T extends AbstractEntity> T withId(T entity, long id) {
        try {
            var field = AbstractEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
