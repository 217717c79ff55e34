package org.concerto.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StoredFileTest {

    @ParameterizedTest
    @EnumSource(FileKind.class)
    void theKindIsKeptAsItsNameOrAsItsContentType(FileKind kind) {
        StoredFile.KindAsName byName = new StoredFile.KindAsName();
        StoredFile.KindAsContentType byType = new StoredFile.KindAsContentType();

        assertThat(byName.convertToEntityAttribute(byName.convertToDatabaseColumn(kind)))
                .isEqualTo(kind);
        assertThat(byType.convertToEntityAttribute(byType.convertToDatabaseColumn(kind)))
                .isEqualTo(kind);
    }

    @Test
    void theColumnsHoldWhatTheyHeldBefore() {
        assertThat(new StoredFile.KindAsName().convertToDatabaseColumn(FileKind.PDF))
                .isEqualTo("PDF");
        assertThat(new StoredFile.KindAsContentType().convertToDatabaseColumn(FileKind.PDF))
                .isEqualTo("application/pdf");
        assertThat(new StoredFile.KindAsContentType()
                        .convertToEntityAttribute("application/vnd.oasis.opendocument.text"))
                .isEqualTo(FileKind.ODT);
    }

    @Test
    void aContentTypeConcertoNeverKeptIsAnError() {
        assertThatThrownBy(() -> new StoredFile.KindAsContentType().convertToEntityAttribute("text/html"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("text/html");
    }

    @Test
    void aStoredFileIsAValue() {
        StoredFile file = new StoredFile(
                "0b7f3c1e-5a2d-4e8b-9c1a-2f6d8e4b7a90", "Rapport.pdf", FileKind.PDF, 1234, "ab".repeat(32));

        assertThat(file)
                .isEqualTo(new StoredFile(
                        "0b7f3c1e-5a2d-4e8b-9c1a-2f6d8e4b7a90", "Rapport.pdf", FileKind.PDF, 1234, "ab".repeat(32)))
                .hasSameHashCodeAs(new StoredFile(
                        "0b7f3c1e-5a2d-4e8b-9c1a-2f6d8e4b7a90", "Rapport.pdf", FileKind.PDF, 1234, "ab".repeat(32)));
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file)
                .isNotEqualTo(new StoredFile(
                        "0b7f3c1e-5a2d-4e8b-9c1a-2f6d8e4b7a90", "Rapport.pdf", FileKind.PDF, 1235, "ab".repeat(32)));
    }
}
