package org.concerto.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.concerto.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** Meetings on the same subject form a series: a follow-up keeps it, a later meeting can join it. */
class MeetingSeriesTest {

    private static Meeting meeting(String day) {
        Instant start = Instant.parse(day + "T12:00:00Z");
        return new Meeting(
                "Réunion",
                "MIP",
                new Schedule(start, start.plusSeconds(7200)),
                MeetingFormat.IN_PERSON,
                "Saint-Denis",
                null);
    }

    @Test
    void aFollowUpAndItsOwnFollowUpStayInTheFirstMeetingsSeries() {
        Meeting first = meeting("2019-09-12");
        assertThat(first.getSeriesKey()).as("alone until followed up").isNull();

        Meeting second = first.followUp(
                new Schedule(Instant.parse("2019-12-12T12:00:00Z"), Instant.parse("2019-12-12T14:00:00Z")));
        Meeting third = second.followUp(
                new Schedule(Instant.parse("2020-03-12T12:00:00Z"), Instant.parse("2020-03-12T14:00:00Z")));

        assertThat(first.getSeriesKey()).isNotNull();
        assertThat(second.getSeriesKey()).isEqualTo(first.getSeriesKey());
        assertThat(third.getSeriesKey()).isEqualTo(first.getSeriesKey());
    }

    @Test
    void aMeetingJoinsTheSeriesOfAnEarlierOneButNotItsOwn() {
        Meeting earlier = meeting("2019-07-23");
        Meeting later = meeting("2019-10-08");

        later.continueSeriesOf(earlier);

        assertThat(later.getSeriesKey()).isEqualTo(earlier.getSeriesKey()).isNotNull();
        assertThatThrownBy(() -> later.continueSeriesOf(later)).isInstanceOf(BusinessException.class);
    }
}
