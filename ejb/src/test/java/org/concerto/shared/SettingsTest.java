package org.concerto.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @AfterEach
    void clear() {
        System.clearProperty("concerto.regulator.name");
        System.clearProperty("concerto.regulator.address");
    }

    @Test
    void theRegulatorIsTheFoundingCasesByDefault() {
        assertThat(Settings.regulatorName())
                .isEqualTo("Agence nationale de sécurité du médicament et des produits de santé");
        assertThat(Settings.regulatorAddress()).isEqualTo("143-147 boulevard Anatole France, 93200 Saint-Denis");
    }

    @Test
    void theRegulatorComesFromOneSetting() {
        System.setProperty("concerto.regulator.name", " Autorité de démonstration ");
        System.setProperty("concerto.regulator.address", "1 rue de l'Exemple, 75000 Paris");

        assertThat(Settings.regulatorName()).isEqualTo("Autorité de démonstration");
        assertThat(Settings.regulatorAddress()).isEqualTo("1 rue de l'Exemple, 75000 Paris");
    }

    @Test
    void thePrivacyNoticeNamesTheRegulatorInBothLanguages() {
        String french = Messages.format(
                Locale.FRENCH, "privacy.notice.controller", Settings.regulatorName(), Settings.regulatorAddress());
        String english = Messages.format(
                Locale.ENGLISH, "privacy.notice.controller", Settings.regulatorName(), Settings.regulatorAddress());

        assertThat(french)
                .startsWith("Agence nationale de sécurité du médicament et des produits de santé, "
                        + "143-147 boulevard Anatole France, 93200 Saint-Denis, représentée par son directeur général.")
                .contains("le service de l'autorité qui organise")
                .doesNotContain("[");
        assertThat(english)
                .startsWith("Agence nationale de sécurité du médicament et des produits de santé, "
                        + "143-147 boulevard Anatole France, 93200 Saint-Denis, represented by its director general.")
                .doesNotContain("[");
    }
}
