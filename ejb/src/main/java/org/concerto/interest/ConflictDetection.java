package org.concerto.interest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who has a conflict of interest on which agenda item: pure rules, no database, so that they are tested
 * with explicit dates. An invitee is flagged on an item when they declared a tie with an organisation the
 * item concerns that is current on the meeting day or ended within the look-back period, or when they
 * work for that organisation (a structural tie, declared or not).
 */
public final class ConflictDetection {

    /**
     * The French public declaration of interests (DPI, art. L.1451-1 of the Code de la santé publique)
     * covers the five years before the declaration: a tie ended less than that long ago still counts.
     */
    public static final int LOOK_BACK_YEARS = 5;

    /** An invitee of the meeting and the organisation they belong to (null for none). */
    public record Invitee(long personId, Long organisationId) {}

    /** A declared tie, reduced to what the rule needs; ends null while it lasts. */
    public record Tie(
            long personId, long organisationId, InterestNature nature, LocalDate startsOn, LocalDate endsOn) {}

    /** One person flagged on one item because of one organisation; tie is null for a structural tie (employee). */
    public record Flag(long itemId, long personId, long organisationId, Tie tie) {
        public boolean structural() {
            return tie == null;
        }
    }

    private ConflictDetection() {}

    /** Whether the tie matters for a meeting on that day: begun by then, and not ended before the look-back. */
    public static boolean counts(Tie tie, LocalDate meetingDay) {
        LocalDate horizon = meetingDay.minusYears(LOOK_BACK_YEARS);
        return !tie.startsOn().isAfter(meetingDay)
                && (tie.endsOn() == null || tie.endsOn().isAfter(horizon));
    }

    /**
     * The flags of a meeting, item by item in the order of {@code concernedByItem}, then invitee by invitee;
     * an employee with a declared tie to their own organisation is flagged once, for the declared tie.
     */
    public static List<Flag> detect(
            LocalDate meetingDay, Map<Long, Set<Long>> concernedByItem, List<Invitee> invitees, List<Tie> ties) {
        List<Flag> flags = new ArrayList<>();
        concernedByItem.forEach((itemId, organisations) -> {
            for (Invitee invitee : invitees) {
                for (Long organisationId : organisations) {
                    ties.stream()
                            .filter(t -> t.personId() == invitee.personId()
                                    && t.organisationId() == organisationId
                                    && counts(t, meetingDay))
                            .findFirst()
                            .ifPresentOrElse(
                                    tie -> flags.add(new Flag(itemId, invitee.personId(), organisationId, tie)), () -> {
                                        if (Objects.equals(invitee.organisationId(), organisationId)) {
                                            flags.add(new Flag(itemId, invitee.personId(), organisationId, null));
                                        }
                                    });
                }
            }
        });
        return flags;
    }
}
