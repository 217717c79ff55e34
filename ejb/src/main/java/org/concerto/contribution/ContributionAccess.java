package org.concerto.contribution;

import java.util.Collection;
import java.util.Optional;
import org.concerto.meeting.Meeting;
import org.concerto.meeting.MeetingStatus;

/**
 * Who reads what of a contribution: the one rule that the meeting page, the file downloads, the meeting
 * pack, the minutes' annexes and the public pages all ask (docs/security.md, "Contributions").
 */
public final class ContributionAccess {

    /** How the reader stands to the contribution's meeting. */
    public enum Reader {
        /** Every version of every contribution; the listings show the contribution itself. */
        SECRETARIAT,
        /** An invitee: the participants' version of an accepted contribution. */
        INVITEE,
        /** An observer: the same, except on a confidential agenda item. */
        OBSERVER,
        /** Anyone: the public version of an accepted contribution, once the meeting is published. */
        PUBLIC;

        public static Reader of(boolean secretariat, boolean observer) {
            return secretariat ? SECRETARIAT : observer ? OBSERVER : INVITEE;
        }
    }

    private ContributionAccess() {}

    /**
     * The version of the contribution given to this reader once it is accepted, or none. For the public, the
     * version they will read once the meeting is published (the minutes list it before), see {@link #isOpenToThePublic}.
     */
    public static Optional<ContributionVersion> sharedVersion(Contribution contribution, Reader reader) {
        if (contribution.getStatus() != ContributionStatus.ACCEPTED) {
            return Optional.empty();
        }
        return switch (reader) {
            case SECRETARIAT -> contribution.latest(VersionKind.MAIN);
            case INVITEE -> contribution.participantsVersion();
            case OBSERVER -> onConfidentialItem(contribution) ? Optional.empty() : contribution.participantsVersion();
            case PUBLIC -> contribution.publicVersion();
        };
    }

    /** The secretariat and the author read every version, whatever the contribution's state. */
    public static boolean readsEveryVersion(Contribution contribution, Reader reader, Long personId) {
        return reader == Reader.SECRETARIAT || (reader != Reader.PUBLIC && contribution.isAuthoredBy(personId));
    }

    /** Whether this reader (the person {@code personId}, null for the public) may read that version and its files. */
    public static boolean mayRead(
            Contribution contribution, ContributionVersion version, Reader reader, Long personId) {
        if (readsEveryVersion(contribution, reader, personId)) {
            return true;
        }
        if (reader == Reader.PUBLIC && !isOpenToThePublic(contribution.getMeeting())) {
            return false;
        }
        return sharedVersion(contribution, reader).map(version::equals).orElse(false);
    }

    /** The meeting pack is one file that gives every invitee what an invitee reads: this reader must read all of it. */
    public static boolean mayReadPack(Collection<Contribution> contributions, Reader reader) {
        return contributions.stream()
                .allMatch(c -> sharedVersion(c, Reader.INVITEE).isEmpty()
                        || sharedVersion(c, reader).isPresent());
    }

    /** The public reads a meeting's contributions once its approved minutes are published. */
    public static boolean isOpenToThePublic(Meeting meeting) {
        return meeting.getStatus() == MeetingStatus.PUBLISHED;
    }

    private static boolean onConfidentialItem(Contribution contribution) {
        return contribution.getAgendaItem() != null
                && contribution.getAgendaItem().isConfidential();
    }
}
