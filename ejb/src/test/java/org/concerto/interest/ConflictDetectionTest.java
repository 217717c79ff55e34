package org.concerto.interest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concerto.interest.ConflictDetection.Flag;
import org.concerto.interest.ConflictDetection.Invitee;
import org.concerto.interest.ConflictDetection.Tie;
import org.junit.jupiter.api.Test;

class ConflictDetectionTest {

    private static final LocalDate MEETING_DAY = LocalDate.of(2019, 9, 12);
    private static final long ITEM = 10L;
    private static final long MEDTRONIC = 100L;
    private static final long OTHER_COMPANY = 200L;
    private static final long EXPERT_GROUP = 300L;
    private static final long EXPERT = 1L;

    private static final Map<Long, Set<Long>> ITEM_CONCERNS_MEDTRONIC = Map.of(ITEM, Set.of(MEDTRONIC));
    private static final List<Invitee> EXPERT_INVITED = List.of(new Invitee(EXPERT, EXPERT_GROUP));

    private static List<Flag> flagsFor(Tie tie) {
        return ConflictDetection.detect(MEETING_DAY, ITEM_CONCERNS_MEDTRONIC, EXPERT_INVITED, List.of(tie));
    }

    @Test
    void aCurrentTieWithTheConcernedOrganisationIsFlagged() {
        Tie consultancy = new Tie(EXPERT, MEDTRONIC, InterestNature.CONSULTANCY, LocalDate.of(2017, 1, 1), null);

        List<Flag> flags = flagsFor(consultancy);

        assertEquals(List.of(new Flag(ITEM, EXPERT, MEDTRONIC, consultancy)), flags);
        assertFalse(flags.get(0).structural());
    }

    @Test
    void aTieEndedFourYearsBeforeTheMeetingIsStillFlagged() {
        Tie funding = new Tie(
                EXPERT,
                MEDTRONIC,
                InterestNature.RESEARCH_FUNDING,
                LocalDate.of(2012, 3, 1),
                MEETING_DAY.minusYears(4));

        assertEquals(1, flagsFor(funding).size());
    }

    @Test
    void aTieEndedSixYearsBeforeTheMeetingIsNoLongerFlagged() {
        Tie funding = new Tie(
                EXPERT,
                MEDTRONIC,
                InterestNature.RESEARCH_FUNDING,
                LocalDate.of(2010, 3, 1),
                MEETING_DAY.minusYears(6));

        assertTrue(flagsFor(funding).isEmpty());
    }

    @Test
    void theLookBackEndsExactlyFiveYearsBeforeTheMeetingDay() {
        LocalDate horizon = MEETING_DAY.minusYears(ConflictDetection.LOOK_BACK_YEARS);
        Tie endedOnTheHorizon = new Tie(EXPERT, MEDTRONIC, InterestNature.SHARES, LocalDate.of(2010, 1, 1), horizon);
        Tie endedTheDayAfter =
                new Tie(EXPERT, MEDTRONIC, InterestNature.SHARES, LocalDate.of(2010, 1, 1), horizon.plusDays(1));

        assertFalse(ConflictDetection.counts(endedOnTheHorizon, MEETING_DAY));
        assertTrue(ConflictDetection.counts(endedTheDayAfter, MEETING_DAY));
    }

    @Test
    void aTieThatBeginsAfterTheMeetingDoesNotCount() {
        Tie later = new Tie(EXPERT, MEDTRONIC, InterestNature.CONSULTANCY, MEETING_DAY.plusDays(1), null);

        assertTrue(flagsFor(later).isEmpty());
    }

    @Test
    void anEmployeeOfTheConcernedOrganisationIsFlaggedAsAStructuralTie() {
        long employee = 2L;

        List<Flag> flags = ConflictDetection.detect(
                MEETING_DAY, ITEM_CONCERNS_MEDTRONIC, List.of(new Invitee(employee, MEDTRONIC)), List.of());

        assertEquals(1, flags.size());
        assertTrue(flags.get(0).structural());
        assertNull(flags.get(0).tie());
        assertEquals(employee, flags.get(0).personId());
    }

    @Test
    void aTieWithAnUnrelatedOrganisationIsNotFlagged() {
        Tie elsewhere = new Tie(EXPERT, OTHER_COMPANY, InterestNature.CONSULTANCY, LocalDate.of(2018, 1, 1), null);

        assertTrue(flagsFor(elsewhere).isEmpty());
    }

    @Test
    void onlyTheItemsThatConcernTheOrganisationAreFlagged() {
        long unrelatedItem = 11L;
        Map<Long, Set<Long>> concerned = new LinkedHashMap<>();
        concerned.put(ITEM, Set.of(MEDTRONIC));
        concerned.put(unrelatedItem, Set.of(OTHER_COMPANY));
        Tie consultancy = new Tie(EXPERT, MEDTRONIC, InterestNature.CONSULTANCY, LocalDate.of(2018, 1, 1), null);

        List<Flag> flags = ConflictDetection.detect(MEETING_DAY, concerned, EXPERT_INVITED, List.of(consultancy));

        assertEquals(List.of(ITEM), flags.stream().map(Flag::itemId).toList());
    }
}
