package org.concerto.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.action.PdfAction;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.concerto.agenda.AgendaItemDraft;
import org.concerto.agenda.AgendaService;
import org.concerto.files.FileContent;
import org.concerto.meeting.AgendaItemKind;
import org.concerto.meeting.MeetingDraft;
import org.concerto.meeting.MeetingFormat;
import org.concerto.meeting.PreparationService;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * Documents attached to agenda items: a clean PDF is kept and served to invitees only; anything else
 * is refused with its reason and leaves nothing behind, on disk or in the database.
 */
@ExtendWith(ArquillianExtension.class)
class AgendaAttachmentIT {

    @Inject
    Fixtures fixtures;

    @Inject
    PreparationService preparation;

    @Inject
    AgendaService agenda;

    private SecurityIdentity secretariat;
    private SecurityIdentity outsider;
    private long meetingId;
    private long itemId;

    @BeforeEach
    void meetingWithOneItem() throws Exception {
        secretariat = AsUser.login(
                fixtures.account(fixtures.person("Sam", "Secrétariat", null), Role.SECRETARIAT), Fixtures.PASSWORD);
        outsider = AsUser.login(
                fixtures.account(fixtures.person("Olga", "Extérieure", null), Role.PARTICIPANT), Fixtures.PASSWORD);
        MeetingDraft draft = new MeetingDraft();
        Instant start = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        draft.setTitle(Fixtures.unique("Documents"));
        draft.setStartsAt(start);
        draft.setEndsAt(start.plus(2, ChronoUnit.HOURS));
        draft.setFormat(MeetingFormat.IN_PERSON);
        draft.setVenue("Salle 3");
        meetingId = AsUser.call(secretariat, () -> preparation.create(draft));
        AgendaItemDraft item = new AgendaItemDraft();
        item.setTitle("Rapport du fabricant");
        item.setKind(AgendaItemKind.INFORMATION);
        item.setPlannedMinutes(20);
        itemId = AsUser.call(secretariat, () -> agenda.add(meetingId, item));
    }

    @Test
    void aCleanPdfIsKeptWithItsNameAndServedBackIdentical() throws Exception {
        byte[] pdf = pdf(document -> {});
        long id = AsUser.call(
                secretariat,
                () -> agenda.attach(
                        meetingId, itemId, "C:\\Documents\\Rapport d'étape.pdf", new ByteArrayInputStream(pdf)));

        assertThat(AsUser.call(secretariat, () -> agenda.attachments(meetingId)))
                .extracting(r -> r.getFileName())
                .containsExactly("Rapport d'étape.pdf");
        FileContent content = AsUser.call(secretariat, () -> agenda.download(id));
        try (InputStream in = content.getStream()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(content.getContentType()).isEqualTo("application/pdf");
        assertThatThrownBy(() -> AsUser.call(outsider, () -> agenda.download(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyBadFileIsRefusedWithItsReasonAndLeavesNothing() throws Exception {
        long filesBefore = storedFiles();
        assertRefused(
                "programme.pdf",
                "MZ\u0090\u0000 this is an executable".getBytes(StandardCharsets.ISO_8859_1),
                "error.file.type");
        assertRefused("../../etc/passwd\u0007.pdf", pdf(document -> {}), "error.file.name");
        assertRefused("vide.pdf", new byte[0], "error.file.empty");
        assertRefused(
                "script.pdf",
                pdf(document -> document.getCatalog().setOpenAction(PdfAction.createJavaScript("app.alert('hi')"))),
                "error.file.pdfActive");
        assertRefused(
                "joint.pdf",
                pdf(document -> document.addFileAttachment(
                        "notes",
                        PdfFileSpec.createEmbeddedFileSpec(
                                document,
                                "secret".getBytes(StandardCharsets.UTF_8),
                                "notes.txt",
                                "notes.txt",
                                null,
                                null))),
                "error.file.pdfEmbedded");
        assertRefused(
                "tronqué.pdf",
                "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII),
                "error.file.unreadable");

        assertThat(AsUser.call(secretariat, () -> agenda.attachments(meetingId)))
                .isEmpty();
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void removingTheItemForgetsItsDocuments() throws Exception {
        AsUser.call(
                secretariat,
                () -> agenda.attach(meetingId, itemId, "annexe.pdf", new ByteArrayInputStream(pdf(document -> {}))));
        long filesWithIt = storedFiles();
        long version =
                AsUser.call(secretariat, () -> preparation.draft(meetingId).getVersion());
        AsUser.call(secretariat, () -> {
            agenda.remove(meetingId, version, itemId);
            return null;
        });
        assertThat(AsUser.call(secretariat, () -> agenda.attachments(meetingId)))
                .isEmpty();
        assertThat(storedFiles()).isEqualTo(filesWithIt - 1);
    }

    @Test
    void deletingTheDraftForgetsItsItemsDocuments() throws Exception {
        AsUser.call(
                secretariat,
                () -> agenda.attach(meetingId, itemId, "annexe.pdf", new ByteArrayInputStream(pdf(document -> {}))));
        long filesWithIt = storedFiles();
        long version =
                AsUser.call(secretariat, () -> preparation.draft(meetingId).getVersion());
        AsUser.call(secretariat, () -> {
            preparation.delete(meetingId, version);
            return null;
        });
        assertThat(storedFiles()).isEqualTo(filesWithIt - 1);
    }

    private void assertRefused(String name, byte[] content, String key) {
        assertThatThrownBy(() -> AsUser.call(
                        secretariat, () -> agenda.attach(meetingId, itemId, name, new ByteArrayInputStream(content))))
                .as(name)
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getKey())
                .isEqualTo(key);
    }

    /** Every file in the store, half-received ones included. */
    private static long storedFiles() throws IOException {
        Path root = Path.of(System.getenv("CONCERTO_DATA_DIR"), "files");
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(root)) {
            return files.count();
        }
    }

    private interface Content {
        void add(PdfDocument document);
    }

    private static byte[] pdf(Content content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(new PdfWriter(bytes))) {
            document.addNewPage();
            content.add(document);
        }
        return bytes.toByteArray();
    }
}
