package org.concerto.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.concerto.shared.BusinessException;
import org.junit.jupiter.api.Test;

class PersonTest {

    @Test
    void keepsAccentsAndTrimsNames() {
        Person person = new Person("  Hélène ", " Lefèvre-Müller ", "helene.lefevre@exemple.fr", Language.FR, null);

        assertThat(person.getFirstName()).isEqualTo("Hélène");
        assertThat(person.getLastName()).isEqualTo("Lefèvre-Müller");
        assertThat(person.getDisplayName()).isEqualTo("Hélène Lefèvre-Müller");
    }

    @Test
    void storesTheEmailNormalised() {
        Person person = new Person("Anne", "Martin", "  Anne.Martin@AFD.asso.FR ", Language.FR, null);

        assertThat(person.getEmail()).isEqualTo("anne.martin@afd.asso.fr");
    }

    @Test
    void changingTheEmailNormalisesItToo() {
        Person person = new Person("Anne", "Martin", "anne.martin@afd.asso.fr", Language.FR, null);

        person.changeEmail(" A.Martin@AFD.asso.fr");

        assertThat(person.getEmail()).isEqualTo("a.martin@afd.asso.fr");
    }

    @Test
    void refusesAnInvalidEmailAndKeepsTheOldOne() {
        Person person = new Person("Anne", "Martin", "anne.martin@afd.asso.fr", Language.FR, null);

        assertRefused(() -> person.changeEmail("anne.martin"), "error.email.invalid");
        assertThat(person.getEmail()).isEqualTo("anne.martin@afd.asso.fr");
    }

    @Test
    void refusesAnInvalidEmailAtCreation() {
        assertRefused(() -> new Person("Anne", "Martin", "anne.martin@", Language.FR, null), "error.email.invalid");
    }

    @Test
    void firstAndLastNamesAreRequired() {
        assertRefused(() -> new Person(" ", "Martin", "anne.martin@afd.asso.fr", Language.FR, null), "error.required");
        assertRefused(() -> new Person("Anne", null, "anne.martin@afd.asso.fr", Language.FR, null), "error.required");
    }

    @Test
    void speaksFrenchUnlessToldOtherwise() {
        assertThat(new Person("Anne", "Martin", "anne@afd.asso.fr", null, null).getPreferredLanguage())
                .isEqualTo(Language.FR);
        assertThat(new Person("John", "Smith", "john@ema.europa.eu", Language.EN, null).getPreferredLanguage())
                .isEqualTo(Language.EN);
    }

    @Test
    void speaksForItsOrganisation() {
        Organisation afd = new Organisation(
                "Association Française des Diabétiques", "AFD", StakeholderCategory.PATIENT_ASSOCIATION);

        Person person = new Person("Anne", "Martin", "anne@afd.asso.fr", Language.FR, afd);

        assertThat(person.getOrganisation()).isSameAs(afd);
        assertThat(afd.getDisplayName()).isEqualTo("Association Française des Diabétiques (AFD)");
    }

    @Test
    void anonymisingKeepsThePersonButForgetsWhoAndWhereTheyAreOnlyOnce() {
        Organisation afd = new Organisation(
                "Association Française des Diabétiques", "AFD", StakeholderCategory.PATIENT_ASSOCIATION);
        Person person = new Person("Anne", "Martin", "anne@afd.asso.fr", Language.EN, afd);
        person.describeRole("Présidente");
        java.time.Instant when = java.time.Instant.parse("2026-11-24T10:00:00Z");

        person.anonymise(when);

        assertThat(person.getDisplayName())
                .startsWith(Person.ANONYMOUS_FIRST_NAME + " #")
                .doesNotContain("Anne", "Martin");
        assertThat(person.getEmail()).endsWith("@anonymised.invalid").doesNotContain("anne");
        assertThat(person.getJobTitle()).isNull();
        assertThat(person.getOrganisation())
                .as("the organisation took part, not the person")
                .isSameAs(afd);
        assertThat(person.getPreferredLanguage()).isEqualTo(Language.EN);
        assertThat(person.isAnonymised()).isTrue();
        assertThat(person.getAnonymisedAt()).isEqualTo(when);
        assertRefused(() -> person.anonymise(when), "error.privacy.alreadyAnonymised");
    }

    @Test
    void anAnonymisedPersonCannotBeNamedAgain() {
        Person person = new Person("Anne", "Martin", "anne@afd.asso.fr", Language.FR, null);
        person.anonymise(java.time.Instant.parse("2026-11-24T10:00:00Z"));
        String pseudonym = person.getDisplayName();

        assertRefused(() -> person.rename("Anne", "Martin"), "error.privacy.anonymised");
        assertRefused(() -> person.changeEmail("anne@afd.asso.fr"), "error.privacy.anonymised");
        assertRefused(() -> person.describeRole("Présidente"), "error.privacy.anonymised");
        assertRefused(() -> person.consentToPublicName(true), "error.privacy.anonymised");
        assertThat(person.getDisplayName()).isEqualTo(pseudonym);
        assertThat(person.isPublicNameConsent()).isFalse();
    }

    private static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getKey())
                .isEqualTo(key));
    }
}
