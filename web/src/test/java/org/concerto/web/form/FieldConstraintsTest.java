package org.concerto.web.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.concerto.contribution.Contribution;
import org.concerto.meeting.Meeting;
import org.concerto.meeting.MeetingDraft;
import org.concerto.participant.PersonForm;
import org.junit.jupiter.api.Test;

class FieldConstraintsTest {

    @Test
    void aDraftsTitleIsRequiredAndAsLongAsTheColumn() {
        FieldConstraints title = FieldConstraints.of(MeetingDraft.class, "title");

        assertThat(title.isRequired()).isTrue();
        assertThat(title.getMaxLength()).isEqualTo(Meeting.TITLE_LENGTH).isEqualTo(200);
    }

    @Test
    void anOptionalTextIsOnlyBounded() {
        FieldConstraints purpose = FieldConstraints.of(MeetingDraft.class, "purpose");

        assertThat(purpose.isRequired()).isFalse();
        assertThat(purpose.getMaxLength()).isEqualTo(4000);
    }

    @Test
    void aPropertyWithoutConstraintsOrThatDoesNotExistHasNone() {
        assertThat(FieldConstraints.of(MeetingDraft.class, "seatsPerOrganisation"))
                .isSameAs(FieldConstraints.NONE);
        assertThat(FieldConstraints.of(MeetingDraft.class, "noSuchProperty")).isSameAs(FieldConstraints.NONE);
    }

    @Test
    void theFormsOfTheDirectoryRepeatTheirEntitysLimits() {
        assertThat(FieldConstraints.of(PersonForm.class, "email").getMaxLength())
                .isEqualTo(254);
        assertThat(FieldConstraints.of(PersonForm.class, "email").isRequired()).isTrue();
        assertThat(FieldConstraints.of(PersonForm.class, "jobTitle").isRequired())
                .isFalse();
    }

    @Test
    void aNamedPropertyIsReadFromItsClass() {
        assertThat(FieldConstraints.named("org.concerto.contribution.Contribution.reviewComment")
                        .getMaxLength())
                .isEqualTo(Contribution.COMMENT_LENGTH);
        assertThatThrownBy(() -> FieldConstraints.named("title")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldConstraints.named("org.concerto.NoSuchClass.title"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSubclassLikeACdiProxyReadsAsItsBeanAndAGetterCountsToo() {
        FieldConstraints start = FieldConstraints.of(ProxyOfBacking.class, "start");
        FieldConstraints code = FieldConstraints.of(ProxyOfBacking.class, "code");

        assertThat(start.isRequired()).isTrue();
        assertThat(start.getMaxLength()).isNull();
        assertThat(code.getMaxLength()).isEqualTo(11);
    }

    @Test
    void theSmallestOfTwoSizesWins() {
        assertThat(FieldConstraints.of(Backing.class, "code").getMaxLength()).isEqualTo(11);
    }

    @Test
    void theReadingIsKeptOncePerClassAndProperty() {
        assertThat(FieldConstraints.of(MeetingDraft.class, "title"))
                .isSameAs(FieldConstraints.of(MeetingDraft.class, "title"));
    }

    static class Backing {
        @NotNull private Object start;

        @Size(max = 20) private String code;

        @Size(max = 11) public String getCode() {
            return code;
        }

        public Object getStart() {
            return start;
        }
    }

    static class ProxyOfBacking extends Backing {
        @Override
        public String getCode() {
            return super.getCode();
        }
    }
}
