package org.concerto.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.concerto.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    @Test
    void trimsAndLowerCases() {
        assertThat(EmailAddresses.normalise("  Anne.Martin@ANSM.Sante.FR \t")).isEqualTo("anne.martin@ansm.sante.fr");
    }

    @Test
    void twoSpellingsOfOneAddressAreTheSameAddress() {
        assertThat(EmailAddresses.normalise("Contact@AFD.asso.fr"))
                .isEqualTo(EmailAddresses.normalise("contact@afd.asso.fr "));
    }

    @Test
    void keepsPlusAndHyphens() {
        assertThat(EmailAddresses.normalise("jean-luc+comite@exemple-asso.org"))
                .isEqualTo("jean-luc+comite@exemple-asso.org");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "anne.martin",
                "anne.martin@",
                "@ansm.sante.fr",
                "anne.martin@localhost",
                "anne martin@ansm.sante.fr",
                "anne@@ansm.sante.fr",
                "anne@martin@ansm.sante.fr",
                "anne@ansm sante.fr",
                "anne@ansm.",
                "x@example.org<script>",
                "<x@example.org>",
                "x@exa_mple.org",
                "\"x\"@example.org"
            })
    void refusesWhatIsNotShapedLikeAnAddress(String address) {
        assertThatThrownBy(() -> EmailAddresses.normalise(address))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getKey()).isEqualTo("error.email.invalid");
                    assertThat(e.getArguments()).containsExactly(address.trim());
                });
    }

    @Test
    void refusesAnAddressLongerThanTheColumn() {
        String address = "a".repeat(EmailAddresses.LENGTH) + "@ansm.sante.fr";

        assertThatThrownBy(() -> EmailAddresses.normalise(address))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.getKey()).isEqualTo("error.email.invalid"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void anAddressIsRequired(String address) {
        assertThatThrownBy(() -> EmailAddresses.normalise(address))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.getKey()).isEqualTo("error.required"));
    }
}
