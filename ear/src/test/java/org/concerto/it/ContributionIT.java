package org.concerto.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfReader;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.naming.InitialContext;
import org.concerto.contribution.AcceptedContribution;
import org.concerto.contribution.ContributionRow;
import org.concerto.contribution.ContributionService;
import org.concerto.contribution.IncomingFile;
import org.concerto.contribution.PackService;
import org.concerto.contribution.PackState;
import org.concerto.contribution.SubmissionDraft;
import org.concerto.contribution.VersionKind;
import org.concerto.contribution.VersionRow;
import org.concerto.contribution.Visibility;
import org.concerto.files.FileContent;
import org.concerto.participant.StakeholderCategory;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.BusinessException;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contributions through the service, as invitees and the secretariat use it: bad files refused with
 * their reason and nothing kept, who reads what, versions sent at once from two tabs, the deadline,
 * the review and its digest, and the meeting pack built in the background.
 */
@ExtendWith(ArquillianExtension.class)
class ContributionIT {

    @Inject
    Fixtures fixtures;

    @Inject
    ContributionService contributions;

    @Inject
    PackService packs;

    private String secretariat;
    private String author;
    private String reader;
    private String outsider;
    private Long authorId;
    private Long readerId;
    private Long meetingId;

    @BeforeEach
    void meetingWithTwoInvitees() {
        secretariat = fixtures.account(fixtures.person("Sam", "Secrétariat", null), Role.SECRETARIAT);
        Long association = fixtures.organisation(StakeholderCategory.PATIENT_ASSOCIATION);
        authorId = fixtures.person("Marie", "Patiente", association);
        readerId = fixtures.person("Paul", "Lecteur", null);
        Long outsiderId = fixtures.person("Olga", "Extérieure", null);
        author = fixtures.account(authorId, Role.PARTICIPANT);
        reader = fixtures.account(readerId, Role.PARTICIPANT);
        outsider = fixtures.account(outsiderId, Role.PARTICIPANT);
        meetingId = fixtures.convenedMeeting(Fixtures.unique("Contributions"), 21, authorId, readerId);
        fixtures.convenedMeeting(Fixtures.unique("Autre réunion"), 21, outsiderId);
    }

    @Test
    void everyBadFileIsRefusedWithItsReasonAndLeavesNothingBehind() throws Exception {
        long filesBefore = storedFiles();
        assertRefused(IncomingFileOf.stream("gros.pdf", BadFiles.oversized(21L * 1024 * 1024)), "error.file.tooLarge");
        assertRefused(IncomingFileOf.bytes("programme.pdf", BadFiles.executable()), "error.file.type");
        assertRefused(IncomingFileOf.bytes("position.docx", BadFiles.docxZipBomb()), "error.file.zipBomb");
        assertRefused(IncomingFileOf.bytes("script.pdf", BadFiles.pdfWithJavaScript()), "error.file.pdfActive");
        assertRefused(IncomingFileOf.bytes("protégé.pdf", BadFiles.encryptedPdf()), "error.file.encrypted");
        assertRefused(IncomingFileOf.bytes("vide.pdf", new byte[0]), "error.file.empty");
        assertRefused(IncomingFileOf.bytes("sans-page.pdf", BadFiles.zeroPagePdf()), "error.file.noPages");
        assertRefused(
                IncomingFileOf.bytes("polyglotte.pdf", BadFiles.pdfWithZipAppended()), "error.file.trailingContent");
        assertRefused(
                IncomingFileOf.bytes("../../etc/passwd\u0007\r\n.pdf", BadFiles.pdf("Chemin")), "error.file.name");

        // A good file sent with a bad one goes too: the whole submission is refused.
        SubmissionDraft draft = draft("Deux fichiers", Visibility.PARTICIPANTS);
        assertThatThrownBy(() -> AsUser.call(
                        author,
                        Fixtures.PASSWORD,
                        () -> contributions.submit(
                                meetingId,
                                draft,
                                List.of(
                                        IncomingFileOf.bytes("bon.pdf", BadFiles.pdf("Bon")),
                                        IncomingFileOf.bytes("mauvais.pdf", BadFiles.executable())))))
                .isInstanceOf(BusinessException.class);

        assertThat(storedFiles())
                .as("nothing of a refused upload stays on disk")
                .isEqualTo(filesBefore);
        assertThat(AsUser.call(author, Fixtures.PASSWORD, () -> contributions.mine(meetingId)))
                .isEmpty();
    }

    @Test
    void aParticipantReadsOnlyWhatTheSecretariatDistributedToThemWhateverIdTheyTry() throws Exception {
        long shared = submit(author, draft("Position partagée", Visibility.PARTICIPANTS), "partagee.pdf");
        long confidential =
                submit(author, draft("Données confidentielles", Visibility.SECRETARIAT), "confidentiel.pdf");
        long sharedFile = fileOf(author, shared, 1);
        long confidentialFile = fileOf(author, confidential, 1);

        assertThatThrownBy(() -> AsUser.call(reader, Fixtures.PASSWORD, () -> contributions.download(sharedFile)))
                .as("not yet accepted")
                .isInstanceOf(AccessDeniedException.class);
        accept(shared);
        accept(confidential);

        assertThat(read(reader, sharedFile)).startsWith("%PDF-");
        assertThatThrownBy(() -> AsUser.call(reader, Fixtures.PASSWORD, () -> contributions.download(confidentialFile)))
                .as("secretariat only")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call(reader, Fixtures.PASSWORD, () -> contributions.readable(meetingId)))
                .extracting(ContributionRow::getTitle)
                .containsExactly("Position partagée");
        assertThat(read(secretariat, confidentialFile)).startsWith("%PDF-");

        assertThatThrownBy(() -> AsUser.call(outsider, Fixtures.PASSWORD, () -> contributions.download(sharedFile)))
                .as("another meeting's file")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(outsider, Fixtures.PASSWORD, () -> contributions.readable(meetingId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(reader, Fixtures.PASSWORD, () -> contributions.download(999_999_999L)))
                .isInstanceOf(NotFoundException.class);

        // A redacted public version of the confidential one: participants and, once published, the public get it, never
        // the original.
        SubmissionDraft redacted = contributionsDraft(confidential);
        redacted.setKind(VersionKind.PUBLIC_REDACTED);
        redacted.setStatementHtml("<p>Version occultée</p>");
        AsUser.call(
                author,
                Fixtures.PASSWORD,
                () -> contributions.addVersion(
                        confidential, redacted, List.of(IncomingFileOf.bytes("occulte.pdf", BadFiles.pdf("Occulté")))));
        accept(confidential);
        long redactedFile = fileOf(author, confidential, 2);
        assertThat(read(reader, redactedFile)).startsWith("%PDF-");
        assertThatThrownBy(() -> AsUser.call(reader, Fixtures.PASSWORD, () -> contributions.download(confidentialFile)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contributions.publicDownload(redactedFile))
                .as("before publication")
                .isInstanceOf(NotFoundException.class);
        fixtures.publish(meetingId);
        try (InputStream in = contributions.publicDownload(redactedFile).getStream()) {
            assertThat(in.readAllBytes()).isNotEmpty();
        }
        assertThatThrownBy(() -> contributions.publicDownload(confidentialFile)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contributions.publicDownload(sharedFile))
                .as("participants only, never public")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void twoVersionsSentAtTheSameTimeFromTwoTabsAreBothKept() throws Exception {
        long id = submit(author, draft("Position en deux onglets", Visibility.PARTICIPANTS), "v1.pdf");
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> tabs = new ArrayList<>();
        for (String tab : List.of("onglet-a", "onglet-b")) {
            tabs.add(executor.submit(() -> {
                start.await();
                SubmissionDraft next = draft("Position en deux onglets", Visibility.PARTICIPANTS);
                next.setContributionId(id);
                next.setStatementHtml("<p>Texte de l'" + tab + "</p>");
                return AsUser.call(
                        author,
                        Fixtures.PASSWORD,
                        () -> contributions.addVersion(
                                id, next, List.of(IncomingFileOf.bytes(tab + ".pdf", BadFiles.pdf(tab)))));
            }));
        }
        start.countDown();
        List<Integer> numbers = new ArrayList<>();
        for (Future<Integer> tab : tabs) {
            numbers.add(tab.get());
        }

        assertThat(numbers).containsExactlyInAnyOrder(2, 3);
        List<VersionRow> versions = AsUser.call(author, Fixtures.PASSWORD, () -> contributions.versions(id));
        assertThat(versions).extracting(VersionRow::getNumber).containsExactly(3, 2, 1);
        assertThat(versions)
                .extracting(v -> v.getFiles().get(0).getFileName())
                .containsExactlyInAnyOrder("onglet-a.pdf", "onglet-b.pdf", "v1.pdf");
        assertThat(versions)
                .extracting(VersionRow::getSha256)
                .doesNotHaveDuplicates()
                .allMatch(sha -> sha.matches("[0-9a-f]{64}"));
    }

    @Test
    void afterTheDeadlineOnlyAReopenedPersonSubmitsAndTheirSubmissionIsLate() throws Exception {
        Long late = fixtures.convenedMeeting(Fixtures.unique("Bientôt"), 3, authorId, readerId);
        assertThatThrownBy(() -> AsUser.call(
                        author,
                        Fixtures.PASSWORD,
                        () -> contributions.submit(late, draft("Trop tard", Visibility.PARTICIPANTS), List.of())))
                .extracting(e -> ((BusinessException) e).getKey())
                .isEqualTo("error.contribution.deadlinePassed");

        AsUser.call(secretariat, Fixtures.PASSWORD, () -> {
            contributions.reopen(late, authorId, Instant.now().plus(Duration.ofHours(2)));
            return null;
        });
        long id = AsUser.call(
                author,
                Fixtures.PASSWORD,
                () -> contributions.submit(late, draft("En retard", Visibility.PARTICIPANTS), List.of()));
        assertThat(AsUser.call(author, Fixtures.PASSWORD, () -> contributions.mine(late)))
                .singleElement()
                .satisfies(row -> assertThat(row.isLate()).isTrue());
        assertThatThrownBy(() -> AsUser.call(
                        reader,
                        Fixtures.PASSWORD,
                        () -> contributions.submit(late, draft("Moi aussi", Visibility.PARTICIPANTS), List.of())))
                .extracting(e -> ((BusinessException) e).getKey())
                .isEqualTo("error.contribution.deadlinePassed");

        long version = AsUser.call(author, Fixtures.PASSWORD, () -> contributions.mine(late))
                .get(0)
                .getVersion();
        AsUser.call(author, Fixtures.PASSWORD, () -> {
            contributions.withdraw(id, version);
            return null;
        });
        assertThat(AsUser.call(author, Fixtures.PASSWORD, () -> contributions.mine(late))
                        .get(0)
                        .getStatus()
                        .name())
                .isEqualTo("WITHDRAWN");
    }

    @Test
    void theSecretariatReturnsWithACommentAcceptsAndDistributesWithOneDigestPerInvitee() throws Exception {
        long id = submit(author, draft("À revoir", Visibility.PARTICIPANTS), "revoir.pdf");
        long version = version(id);
        assertThatThrownBy(() -> AsUser.call(secretariat, Fixtures.PASSWORD, () -> {
                    contributions.returnToAuthor(id, version, " ");
                    return null;
                }))
                .extracting(e -> ((BusinessException) e).getKey())
                .isEqualTo("error.required");
        AsUser.call(secretariat, Fixtures.PASSWORD, () -> {
            contributions.returnToAuthor(id, version, "Merci de retirer les noms des patients.");
            return null;
        });
        assertThat(AsUser.call(author, Fixtures.PASSWORD, () -> contributions.mine(meetingId))
                        .get(0)
                        .getReviewComment())
                .isEqualTo("Merci de retirer les noms des patients.");

        SubmissionDraft fixed = contributionsDraft(id);
        AsUser.call(author, Fixtures.PASSWORD, () -> contributions.addVersion(id, fixed, List.of()));
        accept(id);
        int distributed = AsUser.call(secretariat, Fixtures.PASSWORD, () -> contributions.distribute(meetingId));

        assertThat(distributed).isEqualTo(1);
        assertThat(fixtures.outboxStates(fixtures.email(readerId))).hasSize(1);
        assertThat(fixtures.outboxStates(fixtures.email(authorId))).hasSize(1);
        assertThatThrownBy(() -> AsUser.call(secretariat, Fixtures.PASSWORD, () -> contributions.distribute(meetingId)))
                .extracting(e -> ((BusinessException) e).getKey())
                .isEqualTo("error.contribution.nothingToDistribute");
    }

    @Test
    void theMeetingPackIsBuiltInTheBackgroundWithBookmarksInAgendaOrder() throws Exception {
        SubmissionDraft onSecond = draft("Sur le deuxième point", Visibility.PARTICIPANTS);
        onSecond.setItemId(fixtures.secondItem(meetingId));
        long second = submit(author, onSecond, "deuxieme.pdf");
        SubmissionDraft onFirst = draft("Sur le premier point", Visibility.PARTICIPANTS);
        onFirst.setItemId(fixtures.firstItem(meetingId));
        long first = AsUser.call(
                author,
                Fixtures.PASSWORD,
                () -> contributions.submit(
                        meetingId, onFirst, List.of(IncomingFileOf.bytes("annexe.docx", BadFiles.docx("Annexe")))));
        long hidden = submit(author, draft("Réservée au secrétariat", Visibility.SECRETARIAT), "cache.pdf");
        accept(second);
        accept(first);
        accept(hidden);

        assertThat(AsUser.call(reader, Fixtures.PASSWORD, () -> contributions.acceptedInAgendaOrder(meetingId)))
                .extracting(AcceptedContribution::getTitle)
                .containsExactly("Sur le premier point", "Sur le deuxième point");

        AsUser.call(secretariat, Fixtures.PASSWORD, () -> packs.build(meetingId));
        PackState state = AsUser.call(reader, Fixtures.PASSWORD, () -> packs.state(meetingId));
        for (int i = 0; i < 120 && !state.isReady(); i++) {
            Thread.sleep(500);
            state = AsUser.call(reader, Fixtures.PASSWORD, () -> packs.state(meetingId));
        }
        assertThat(state.isReady()).as("pack built").isTrue();
        assertThat(state.getPercent()).isEqualTo(100);

        FileContent pack = AsUser.call(reader, Fixtures.PASSWORD, () -> packs.download(meetingId));
        assertThat(pack.getFileName()).startsWith("dossier-de-seance-").endsWith(".pdf");
        try (InputStream in = pack.getStream();
                PdfDocument pdf = new PdfDocument(new PdfReader(in))) {
            List<String> titles = pdf.getOutlines(false).getAllChildren().stream()
                    .map(PdfOutline::getTitle)
                    .toList();
            assertThat(titles)
                    .containsExactly(
                            "Couverture", "Ordre du jour", "Point 1 – Ouverture", "Point 2 – Discussion générale");
            assertThat(pdf.getOutlines(false)
                            .getAllChildren()
                            .get(3)
                            .getAllChildren()
                            .get(0)
                            .getTitle())
                    .startsWith("Sur le deuxième point");
            assertThat(pdf.getCatalog()
                            .getNameTree(com.itextpdf.kernel.pdf.PdfName.EmbeddedFiles)
                            .getNames())
                    .hasSize(1);
        }
        assertThatThrownBy(() -> AsUser.call(outsider, Fixtures.PASSWORD, () -> packs.download(meetingId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    // --- helpers ------------------------------------------------------------------------------------

    private void assertRefused(IncomingFile file, String key) {
        SubmissionDraft draft = draft("Fichier refusé", Visibility.PARTICIPANTS);
        assertThatThrownBy(() -> AsUser.call(
                        author, Fixtures.PASSWORD, () -> contributions.submit(meetingId, draft, List.of(file))))
                .as(file.name())
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getKey())
                .isEqualTo(key);
    }

    private static SubmissionDraft draft(String title, Visibility visibility) {
        SubmissionDraft draft = new SubmissionDraft();
        draft.setTitle(title);
        draft.setVisibility(visibility);
        draft.setStatementHtml("<p>Texte de la contribution</p>");
        draft.setNoInterests(true);
        return draft;
    }

    private SubmissionDraft contributionsDraft(long id) throws Exception {
        return AsUser.call(author, Fixtures.PASSWORD, () -> contributions.draftOfNewVersion(id));
    }

    private long submit(String login, SubmissionDraft draft, String fileName) throws Exception {
        return AsUser.call(
                login,
                Fixtures.PASSWORD,
                () -> contributions.submit(
                        meetingId, draft, List.of(IncomingFileOf.bytes(fileName, BadFiles.pdf(draft.getTitle())))));
    }

    private long version(long id) throws Exception {
        return AsUser.call(secretariat, Fixtures.PASSWORD, () -> contributions.forReview(meetingId)).stream()
                .filter(r -> r.getId() == id)
                .findFirst()
                .orElseThrow()
                .getVersion();
    }

    private void accept(long id) throws Exception {
        long version = version(id);
        AsUser.call(secretariat, Fixtures.PASSWORD, () -> {
            contributions.accept(id, version, null);
            return null;
        });
    }

    /** The first file of the given version, as its author sees it. */
    private long fileOf(String login, long contributionId, int versionNumber) throws Exception {
        return AsUser.call(login, Fixtures.PASSWORD, () -> contributions.versions(contributionId)).stream()
                .filter(v -> v.getNumber() == versionNumber)
                .findFirst()
                .orElseThrow()
                .getFiles()
                .get(0)
                .getId();
    }

    private String read(String login, long fileId) throws Exception {
        FileContent content = AsUser.call(login, Fixtures.PASSWORD, () -> contributions.download(fileId));
        try (InputStream in = content.getStream()) {
            return new String(in.readNBytes(5), java.nio.charset.StandardCharsets.US_ASCII);
        }
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

    private static final class IncomingFileOf {
        static IncomingFile bytes(String name, byte[] content) {
            return new IncomingFile(name, new ByteArrayInputStream(content));
        }

        static IncomingFile stream(String name, InputStream content) {
            return new IncomingFile(name, content);
        }
    }
}
