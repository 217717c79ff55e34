package org.concerto.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.concerto.contribution.ContributionService;
import org.concerto.contribution.IncomingFile;
import org.concerto.contribution.SubmissionDraft;
import org.concerto.contribution.Visibility;
import org.concerto.participant.StakeholderCategory;
import org.concerto.shared.BusinessException;
import org.concerto.shared.HealthService;
import org.concerto.shared.Role;
import org.concerto.shared.StorageCheck;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * When the folder of files cannot be written, a contribution with a file is refused with "storage unavailable,
 * nothing was saved" in the user's language and nothing of it is kept; the health check's readiness turns red
 * (503, storage DOWN) and the secretariat's banner shows, until the folder works again. The folder is made
 * unwritable by pointing CONCERTO_DATA_DIR (its system property, which takes precedence) at a path under a
 * regular file: no one can create a folder there, root included (chmod would not stop root).
 */
@ExtendWith(ArquillianExtension.class)
class StorageUnavailableIT {

    private static final String DATA_DIR = "concerto.data.dir";

    @Inject
    Fixtures fixtures;

    @Inject
    ContributionService contributions;

    @Inject
    HealthService health;

    @Inject
    StorageCheck storage;

    @Test
    void aFileThatCannotBeStoredIsRefusedAsStorageUnavailableAndTheReadinessTurnsRed() throws Exception {
        Long association = fixtures.organisation(StakeholderCategory.PATIENT_ASSOCIATION);
        Long authorId = fixtures.person("Marie", "Stockage", association);
        String author = fixtures.account(authorId, Role.PARTICIPANT);
        Long meetingId = fixtures.convenedMeeting(Fixtures.unique("Stockage plein"), 21, authorId);
        SubmissionDraft draft = new SubmissionDraft();
        draft.setTitle("Position avec pièce jointe");
        draft.setVisibility(Visibility.PARTICIPANTS);
        draft.setStatementHtml("<p>Texte de la contribution</p>");
        draft.setNoInterests(true);
        assertThat(health.check().isUp()).as("ready before").isTrue();

        Path blocker = Files.createTempFile("concerto-storage-", ".file");
        String before = System.getProperty(DATA_DIR);
        System.setProperty(DATA_DIR, blocker.resolve("data").toString());
        try {
            Throwable refusal = catchThrowable(() -> AsUser.call(
                    author,
                    Fixtures.PASSWORD,
                    () -> contributions.submit(
                            meetingId,
                            draft,
                            List.of(new IncomingFile(
                                    "position.pdf", new ByteArrayInputStream(BadFiles.pdf("Position")))))));

            assertThat(refusal).isInstanceOf(BusinessException.class);
            assertThat(((BusinessException) refusal).getKey()).isEqualTo("error.storage.unavailable");
            assertThat(((BusinessException) refusal).getMessage(Locale.FRENCH))
                    .isEqualTo("Stockage des fichiers indisponible : rien n'a été enregistré. "
                            + "Le secrétariat en est averti ; réessayez plus tard.");
            assertThat(((BusinessException) refusal).getMessage(Locale.ENGLISH))
                    .startsWith("File storage unavailable: nothing was saved.");
            assertThat(AsUser.call(author, Fixtures.PASSWORD, () -> contributions.mine(meetingId)))
                    .as("nothing saved")
                    .isEmpty();
            assertThat(storage.unavailable())
                    .as("the secretariat's banner shows")
                    .isTrue();
            assertThat(health.check().isStorageUp()).isFalse();
            HttpResponse<String> readiness = healthOverHttp();
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"status\":\"DOWN\"", "\"storage\":\"DOWN\"");
        } finally {
            if (before == null) {
                System.clearProperty(DATA_DIR);
            } else {
                System.setProperty(DATA_DIR, before);
            }
            Files.deleteIfExists(blocker);
        }

        assertThat(health.check().isUp())
                .as("ready again once the folder can be written")
                .isTrue();
        assertThat(storage.unavailable()).isFalse();
        assertThat(healthOverHttp().statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> healthOverHttp() throws Exception {
        // Inside the test server: its own port offset, from the command line it was started with.
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        URI address = URI.create("http://127.0.0.1:" + port + "/concerto/api/health");
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(address).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
