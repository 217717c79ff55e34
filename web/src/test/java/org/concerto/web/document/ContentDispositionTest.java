package org.concerto.web.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void anAccentedNameIsSentBothAsAsciiAndAsRfc5987Utf8() {
        assertThat(ContentDisposition.attachment("feuille-d-émargement-2019-09-12.pdf"))
                .isEqualTo("attachment; filename=\"feuille-d-emargement-2019-09-12.pdf\"; "
                        + "filename*=UTF-8''feuille-d-%C3%A9margement-2019-09-12.pdf");
    }

    @Test
    void spacesQuotesAndOtherScriptsCannotBreakTheHeader() {
        assertThat(ContentDisposition.attachment("a \"b\"\\c Łódź.pdf"))
                .isEqualTo(
                        "attachment; filename=\"a _b__c _odz.pdf\"; filename*=UTF-8''a%20%22b%22%5Cc%20%C5%81%C3%B3d%C5%BA.pdf");
    }
}
