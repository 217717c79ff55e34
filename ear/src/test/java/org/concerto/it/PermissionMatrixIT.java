package org.concerto.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.naming.InitialContext;
import org.concerto.action.ActionDocuments;
import org.concerto.action.ActionForm;
import org.concerto.action.ActionItem;
import org.concerto.action.ActionSearch;
import org.concerto.action.ActionService;
import org.concerto.action.ActionStatus;
import org.concerto.agenda.AgendaItemDraft;
import org.concerto.agenda.AgendaService;
import org.concerto.audit.HistoryService;
import org.concerto.contribution.Contribution;
import org.concerto.contribution.ContributionService;
import org.concerto.contribution.IncomingFile;
import org.concerto.contribution.PackService;
import org.concerto.contribution.SubmissionDraft;
import org.concerto.contribution.VersionKind;
import org.concerto.contribution.Visibility;
import org.concerto.convening.AnswerService;
import org.concerto.convening.ConveningService;
import org.concerto.files.FileContent;
import org.concerto.http.WebSession;
import org.concerto.interest.DecisionOutcome;
import org.concerto.interest.DeclaredInterest;
import org.concerto.interest.InterestForm;
import org.concerto.interest.InterestNature;
import org.concerto.interest.InterestService;
import org.concerto.mail.OutboxService;
import org.concerto.meeting.AgendaItemKind;
import org.concerto.meeting.AttendanceService;
import org.concerto.meeting.AttendanceStatus;
import org.concerto.meeting.Invitation;
import org.concerto.meeting.InvitationResponse;
import org.concerto.meeting.MeetingDocuments;
import org.concerto.meeting.MeetingDraft;
import org.concerto.meeting.MeetingFormat;
import org.concerto.meeting.MeetingRole;
import org.concerto.meeting.MeetingSearch;
import org.concerto.meeting.MeetingService;
import org.concerto.meeting.PreparationService;
import org.concerto.minutes.CommentResolution;
import org.concerto.minutes.MinutesService;
import org.concerto.minutes.PublicMinutesService;
import org.concerto.minutes.SectionText;
import org.concerto.minutes.SectionView;
import org.concerto.participant.DirectorySearch;
import org.concerto.participant.DirectoryService;
import org.concerto.participant.Language;
import org.concerto.participant.OrganisationForm;
import org.concerto.participant.PersonForm;
import org.concerto.participant.StakeholderCategory;
import org.concerto.privacy.PrivacyService;
import org.concerto.privacy.RetentionPurge;
import org.concerto.security.AccountService;
import org.concerto.security.CallerService;
import org.concerto.security.SecurityEventKind;
import org.concerto.security.SecurityLog;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.BusinessException;
import org.concerto.shared.HealthService;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.Role;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * docs/security.md, run. Reads the matrix tables of the document and walks every cell: each service
 * operation called as each persona against one fixture meeting in which each persona plays its part
 * (every call in a transaction that is rolled back, so that the walk changes nothing and the order of the
 * cells does not matter), and each page and download fetched over HTTP by a session logged in as each
 * persona. Also checks that the document and the code cannot drift apart: a documented row without a
 * check, a check without a row, an EJB public method, a page, a servlet or a REST resource without a row
 * all fail.
 *
 * <p>One deployment, one fixture (made on first use and shared by the tests of this class).
 */
@ExtendWith(ArquillianExtension.class)
class PermissionMatrixIT {

    private static final String SERVICES = "Service operations";
    private static final String PAGES = "Pages";
    private static final String DOWNLOADS = "Downloads and the REST API";
    private static final List<String> ALL = SecurityMatrix.COLUMNS;

    @ArquillianResource
    URL testBase;

    @Inject
    Fixtures fixtures;

    @Inject
    org.concerto.consultation.ConsultationService consultations;

    @Inject
    org.concerto.consultation.ResponseService consultationResponses;

    @Inject
    org.concerto.consultation.PublicConsultationService consultationHub;

    @Inject
    MeetingService meetings;

    @Inject
    PreparationService preparation;

    @Inject
    AgendaService agenda;

    @Inject
    ConveningService convening;

    @Inject
    AnswerService answers;

    @Inject
    AttendanceService attendance;

    @Inject
    InterestService interests;

    @Inject
    DirectoryService directory;

    @Inject
    OutboxService outbox;

    @Inject
    MeetingDocuments documents;

    @Inject
    HealthService health;

    @Inject
    CallerService callers;

    @Inject
    ContributionService contributions;

    @Inject
    PackService packs;

    @Inject
    ActionService actions;

    @Inject
    ActionDocuments actionDocuments;

    @Inject
    MinutesService minutes;

    @Inject
    PublicMinutesService publicMinutes;

    @Inject
    PrivacyService privacy;

    @Inject
    RetentionPurge retention;

    @Inject
    HistoryService history;

    @Inject
    SecurityLog securityLog;

    @Inject
    AccountService accounts;

    /** Made once for the class, in the container (JUnit runs the in-container tests of a class one by one). */
    private static MatrixWorld world;

    private static Map<String, SecurityIdentity> identities;
    private static Prepared prepared;

    /** Objects read once as the secretariat, which the calls of other personas carry (as a page would). */
    private static final class Prepared {
        MeetingDraft draftForm;
        AgendaItemDraft openItemForm;
        AgendaItemDraft otherItemForm;
        InterestForm strangerForm;
        long meetingVersion;
        long draftVersion;
        long participantInvitationVersion;
        Long mailId;
        byte[] pdf;
        Map<String, Long> interestVersions = new LinkedHashMap<>();
        long strangerInterestVersion;
        Long pendingContributionId;
        long contributionVersion;
        long pendingContributionVersion;
        long otherContributionVersion;
        ActionForm ownActionForm;
        long ownActionVersion;
        long foreignActionVersion;
        long otherActionVersion;
        long sectionVersion;
        long otherSectionVersion;
        long commentVersion;
        long strangerVersion;
    }

    // --- the tests -------------------------------------------------------------------------------------

    @Test
    void everyServiceOperationIsAllowedOrRefusedAsDocumented() throws Exception {
        setUp();
        Map<String, SecurityMatrix.Row> rows = matrix().section(SERVICES);
        Map<String, Function<String, Callable<Object>>> checks = serviceChecks();
        List<String> failures = drift(
                rows.values().stream()
                        .filter(row -> !row.cell("secretariat").equals("internal"))
                        .map(SecurityMatrix.Row::id)
                        .toList(),
                checks.keySet());
        for (SecurityMatrix.Row row : rows.values()) {
            if (!checks.containsKey(row.id())) {
                continue;
            }
            for (String persona : ALL) {
                String actual = outcome(persona, checks.get(row.id()).apply(persona));
                String expected = row.cell(persona);
                if (!expected.equals(actual)) {
                    failures.add(row.id() + " as " + persona + ": documented " + expected + ", was " + actual);
                }
            }
        }
        assertThat(failures)
                .as("cells of the service matrix that the code does not honour")
                .isEmpty();
    }

    @Test
    void everyPublicMethodOfEveryServiceHasARow() {
        Set<String> documented = new TreeSet<>();
        matrix().section(SERVICES).values().forEach(row -> documented.add(row.subject()));
        Set<String> methods = new TreeSet<>();
        for (Bean<?> bean : CDI.current().getBeanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            boolean service = type.isAnnotationPresent(jakarta.ejb.Stateless.class)
                    || type.isAnnotationPresent(jakarta.ejb.Singleton.class);
            if (!service
                    || !type.getPackageName().startsWith("org.concerto.")
                    || type.getPackageName().equals(Fixtures.class.getPackageName())) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())
                        && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic()) {
                    methods.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(methods)
                .as("the EJBs' public methods were found")
                .contains("MeetingService.details", "AgendaService.download");
        assertThat(documented)
                .as(
                        "docs/security.md has a row for every public method of every EJB, and no row for a method that is gone")
                .containsExactlyInAnyOrderElementsOf(methods);
    }

    @Test
    void everyPageAndDownloadAnswersAsDocumented() throws Exception {
        setUp();
        Map<String, SecurityMatrix.Row> rows = new LinkedHashMap<>(matrix().section(PAGES));
        rows.putAll(matrix().section(DOWNLOADS));
        Map<String, Function<String, String>> markers = addressMarkers();
        List<String> failures = drift(rows.keySet(), markers.keySet());
        URL base = new URL(testBase, "/concerto/");
        Map<String, WebSession> sessions = new LinkedHashMap<>();
        for (String persona : ALL) {
            WebSession session = new WebSession(base);
            if (!persona.equals("anonymous")) {
                session.login(world.logins.get(persona), Fixtures.PASSWORD);
            }
            sessions.put(persona, session);
        }
        for (SecurityMatrix.Row row : rows.values()) {
            if (!markers.containsKey(row.id())) {
                continue;
            }
            for (String persona : ALL) {
                String address = address(row.subject(), persona);
                HttpResponse<byte[]> response = sessions.get(persona).getBytes(address);
                String problem = problem(
                        row.cell(persona), response, markers.get(row.id()).apply(persona));
                if (problem != null) {
                    failures.add(row.id() + " as " + persona + " (" + address + "): documented " + row.cell(persona)
                            + ", " + problem);
                }
            }
        }
        assertThat(failures)
                .as("cells of the page and download matrix that the application does not honour")
                .isEmpty();
    }

    /**
     * A form posted with the id of another meeting in its address and the id of a person of another meeting
     * (and organisation) as the substitute: from the meeting page as the participant, and from the answer link
     * without a login. The page stays the participant's own meeting, shows nothing of the other one, and the
     * stranger is invited nowhere new.
     */
    @Test
    void idsOfOtherMeetingsAndPeopleInAFormPostReachNothing() throws Exception {
        setUp();
        URL base = new URL(testBase, "/concerto/");
        WebSession participant = new WebSession(base);
        participant.login(world.logins.get("participant"), Fixtures.PASSWORD);
        WebSession anonymous = new WebSession(base);
        Map<String, WebSession> forms = new LinkedHashMap<>();
        forms.put("meeting/view.xhtml?id=" + world.meetingId, participant);
        forms.put("invitation/answer.xhtml?token=" + world.answerToken, anonymous);
        for (Map.Entry<String, WebSession> form : forms.entrySet()) {
            String page = form.getValue().get(form.getKey()).body();
            java.util.regex.Matcher viewState = java.util.regex.Pattern.compile(
                            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .matcher(page);
            assertThat(page).as(form.getKey() + " offers the substitute form").contains("answerForm:substitute");
            assertThat(viewState.find()).isTrue();
            // PrimeFaces' CSP mode refuses a post without the page's nonce (the browser's script adds it to every
            // form).
            java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)")
                    .matcher(page);
            assertThat(nonce.find()).isTrue();
            String tampered = form.getKey().replace("id=" + world.meetingId, "id=" + world.otherId);
            HttpResponse<String> answer = form.getValue()
                    .post(
                            tampered,
                            "answerForm=answerForm"
                                    + "&answerForm%3Asubstitute_input=" + world.strangerId
                                    + "&answerForm%3AsendSubstitute=answerForm%3AsendSubstitute"
                                    + "&id=" + world.otherId
                                    + "&jakarta.faces.ViewState="
                                    + java.net.URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8)
                                    + "&primefaces.nonce="
                                    + java.net.URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8));
            assertThat(answer.uri().getPath())
                    .as(form.getKey() + ": the post was processed, not refused as expired")
                    .doesNotEndWith("/errors/expired.xhtml");
            assertThat(answer.body())
                    .as(form.getKey())
                    .contains(world.meetingTitle)
                    .contains("ui-messages-error")
                    .doesNotContain(world.otherTitle)
                    .doesNotContain(world.strangerName);
        }
        assertThat(fixtures.invited(world.meetingId, world.strangerId))
                .as("the stranger was not invited as a substitute")
                .isFalse();
        assertThat(fixtures.response(world.meetingId, world.personIds.get("participant")))
                .isEqualTo(InvitationResponse.PENDING);
    }

    /** Reads the built EAR, as shipped: every page, servlet and REST resource must have a row. */
    @Test
    @RunAsClient
    void everyPageServletAndResourceOfTheEarHasARow() throws IOException {
        SecurityMatrix matrix = SecurityMatrix.parse(Files.readString(Deployments.securityDocument()));
        Set<String> pages = new TreeSet<>();
        matrix.section(PAGES).values().forEach(row -> pages.add(row.subject().replaceAll("\\?.*", "")));
        String downloads = String.join(
                "\n",
                matrix.section(DOWNLOADS).values().stream()
                        .map(SecurityMatrix.Row::rule)
                        .toList());
        Map<String, byte[]> web = webArchiveEntries();
        Set<String> missing = new TreeSet<>();
        for (Map.Entry<String, byte[]> entry : web.entrySet()) {
            String name = entry.getKey();
            if (name.endsWith(".xhtml") && !name.startsWith("WEB-INF/") && !pages.contains("/" + name)) {
                missing.add("page /" + name);
            }
            if (name.startsWith("WEB-INF/classes/") && name.endsWith(".class") && !name.contains("$")) {
                String simpleName = name.substring(name.lastIndexOf('/') + 1, name.length() - ".class".length());
                boolean servlet = contains(entry.getValue(), "Ljakarta/servlet/annotation/WebServlet;");
                boolean resource = contains(entry.getValue(), "Ljakarta/ws/rs/Path;")
                        && !contains(entry.getValue(), "Ljakarta/ws/rs/ApplicationPath;");
                if ((servlet || resource) && !downloads.contains("`" + simpleName + "`")) {
                    missing.add((servlet ? "servlet " : "REST resource ") + simpleName);
                }
            }
        }
        assertThat(web.keySet()).as("the web archive was read").contains("meeting/view.xhtml");
        assertThat(missing)
                .as("pages, servlets and REST resources of the EAR without a row in docs/security.md")
                .isEmpty();
    }

    /** The operations documented as internal are reached by no page, backing bean, servlet or resource of the web module. */
    @Test
    @RunAsClient
    void internalOperationsAreReachedFromNoPageOrAddress() throws IOException {
        SecurityMatrix matrix = SecurityMatrix.parse(Files.readString(Deployments.securityDocument()));
        Set<String> internal = new LinkedHashSet<>();
        for (SecurityMatrix.Row row : matrix.section(SERVICES).values()) {
            long cells =
                    row.cells().values().stream().filter("internal"::equals).count();
            assertThat(cells)
                    .as(row.id() + ": internal in every column or in none")
                    .isIn(0L, (long) ALL.size());
            if (cells > 0) {
                internal.add(row.subject().substring(0, row.subject().indexOf('.')));
            }
        }
        Map<String, String> binaryNames = new LinkedHashMap<>();
        for (String entry : ejbJarEntries()) {
            String simpleName = entry.substring(entry.lastIndexOf('/') + 1).replace(".class", "");
            if (internal.contains(simpleName)) {
                binaryNames.put(simpleName, entry.replace(".class", ""));
            }
        }
        assertThat(binaryNames.keySet())
                .as("the internal services were found in the EJB module")
                .containsExactlyInAnyOrderElementsOf(internal);
        List<String> reached = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : webArchiveEntries().entrySet()) {
            if (!entry.getKey().endsWith(".class")) {
                continue;
            }
            for (String binaryName : binaryNames.values()) {
                if (contains(entry.getValue(), "L" + binaryName + ";")
                        || containsClassConstant(entry.getValue(), binaryName)) {
                    reached.add(entry.getKey() + " uses " + binaryName);
                }
            }
        }
        assertThat(reached)
                .as("web classes that reach a service documented as internal")
                .isEmpty();
    }

    /** The rows documented without an executable check, and the checks without a documented row. */
    private static List<String> drift(java.util.Collection<String> documented, Set<String> checked) {
        List<String> failures = new ArrayList<>();
        documented.stream()
                .filter(id -> !checked.contains(id))
                .forEach(id -> failures.add(id + ": documented, but the test has no check for it"));
        checked.stream()
                .filter(id -> !documented.contains(id))
                .forEach(id -> failures.add(id + ": checked, but docs/security.md has no row for it"));
        return failures;
    }

    // --- the service checks: one per documented row --------------------------------------------------

    /** By row id: for a persona, the call that row documents (made inside the persona's identity). */
    private Map<String, Function<String, Callable<Object>>> serviceChecks() {
        MatrixWorld w = world;
        Prepared p = prepared;
        Map<String, Function<String, Callable<Object>>> checks = new LinkedHashMap<>();
        // Meetings
        checks.put(
                "MeetingService.search",
                persona -> () -> meetings.search(search(w.meetingTitle), 0, 10).stream()
                        .anyMatch(m -> m.getId().equals(w.meetingId)));
        checks.put("MeetingService.count", persona -> () -> meetings.count(search(w.meetingTitle)) > 0);
        checks.put(
                "MeetingService.upcoming",
                persona -> () ->
                        meetings.upcoming(200).stream().anyMatch(m -> m.getId().equals(w.meetingId)));
        checks.put(
                "MeetingService.details",
                persona -> () -> meetings.details(w.meetingId).getTitle().equals(w.meetingTitle));
        checks.put(
                "MeetingService.details#other",
                persona -> () -> meetings.details(w.otherId).getTitle().equals(w.otherTitle));
        checks.put(
                "MeetingService.requireReadable",
                persona -> () -> meetings.requireReadable(w.meetingId).getId().equals(w.meetingId));
        checks.put("MeetingService.roleOf", persona -> () -> expect(meetings.roleOf(w.meetingId), roleOf(persona)));
        // Preparation
        checks.put("PreparationService.create", persona -> () -> preparation.create(newMeeting()));
        checks.put("PreparationService.draft", persona -> () -> preparation.draft(w.meetingId));
        checks.put("PreparationService.revise", persona -> () -> run(() -> preparation.revise(w.draftId, p.draftForm)));
        checks.put("PreparationService.followUp", persona -> () -> preparation.followUp(w.meetingId, p.draftForm));
        checks.put(
                "PreparationService.delete", persona -> () -> run(() -> preparation.delete(w.draftId, p.draftVersion)));
        checks.put(
                "PreparationService.joinSeries",
                persona -> () -> run(() -> preparation.joinSeries(w.draftId, p.draftVersion, w.meetingId)));
        checks.put(
                "PreparationService.seriesCandidates",
                persona -> () -> preparation.seriesCandidates(w.draftId, w.meetingTitle));
        checks.put("PreparationService.meetingOption", persona -> () -> preparation.meetingOption(w.meetingId));
        checks.put("PreparationService.series", persona -> () -> preparation.series(w.meetingId));
        checks.put(
                "PreparationService.invite",
                persona -> () -> run(() -> preparation.invite(w.draftId, w.colleagueId, MeetingRole.PARTICIPANT)));
        checks.put(
                "PreparationService.inviteAll",
                persona ->
                        () -> run(() -> preparation.inviteAll(w.draftId, List.of(w.colleagueId), MeetingRole.EXPERT)));
        checks.put(
                "PreparationService.uninvite", persona -> () -> run(() -> preparation.uninvite(w.draftId, w.fellowId)));
        checks.put("PreparationService.invitable", persona -> () -> preparation.invitable(w.draftId, "Substitute"));
        checks.put("PreparationService.option", persona -> () -> preparation.option(w.fellowId));
        checks.put("PreparationService.organisations", persona -> () -> preparation.organisations());
        checks.put("PreparationService.delegates", persona -> () -> preparation.delegates(w.draftId, w.organisationId));
        // Agenda and its documents
        checks.put("AgendaService.add", persona -> () -> agenda.add(w.meetingId, newItem()));
        checks.put("AgendaService.draft", persona -> () -> agenda.draft(w.meetingId, w.openItemId));
        checks.put("AgendaService.update", persona -> () -> run(() -> agenda.update(w.meetingId, p.openItemForm)));
        checks.put(
                "AgendaService.update#other", persona -> () -> run(() -> agenda.update(w.meetingId, p.otherItemForm)));
        checks.put(
                "AgendaService.move",
                persona -> () -> run(() -> agenda.move(w.meetingId, p.meetingVersion, w.openItemId, 0)));
        checks.put(
                "AgendaService.remove",
                persona -> () -> run(() -> agenda.remove(w.meetingId, p.meetingVersion, w.openItemId)));
        checks.put(
                "AgendaService.attach",
                persona ->
                        () -> agenda.attach(w.meetingId, w.openItemId, "annexe.pdf", new ByteArrayInputStream(p.pdf)));
        checks.put("AgendaService.detach", persona -> () -> run(() -> agenda.detach(w.meetingId, w.openAttachmentId)));
        checks.put(
                "AgendaService.detach#other",
                persona -> () -> run(() -> agenda.detach(w.meetingId, w.otherAttachmentId)));
        checks.put(
                "AgendaService.deleteAttachments",
                persona -> () -> run(() -> agenda.deleteAttachments(List.of(w.openItemId))));
        checks.put(
                "AgendaService.attachments",
                persona -> () -> agenda.attachments(w.meetingId).stream()
                        .anyMatch(row -> row.getId().equals(w.confidentialAttachmentId)));
        checks.put("AgendaService.download", persona -> () -> read(agenda.download(w.confidentialAttachmentId)));
        checks.put("AgendaService.download#open", persona -> () -> read(agenda.download(w.openAttachmentId)));
        checks.put("AgendaService.download#other", persona -> () -> read(agenda.download(w.otherAttachmentId)));
        // Convening
        Instant later = Instant.now().plus(Duration.ofDays(30));
        checks.put("ConveningService.convene", persona -> () -> convening.convene(w.draftId, p.draftVersion));
        checks.put(
                "ConveningService.postpone",
                persona -> () ->
                        convening.postpone(w.meetingId, p.meetingVersion, later, later.plus(Duration.ofHours(2))));
        checks.put("ConveningService.cancel", persona -> () -> convening.cancel(w.meetingId, p.meetingVersion));
        checks.put(
                "ConveningService.markHeld",
                persona -> () -> run(() -> convening.markHeld(w.meetingId, p.meetingVersion)));
        checks.put("ConveningService.remind", persona -> () -> convening.remind(w.meetingId, p.meetingVersion));
        checks.put("ConveningService.responses", persona -> () -> convening.responses(w.meetingId));
        // Answers
        checks.put("AnswerService.byToken", persona -> () -> answers.byToken(w.answerToken));
        checks.put("AnswerService.byToken#unknown", persona -> () -> answers.byToken("not-a-token"));
        checks.put(
                "AnswerService.answer",
                persona -> () -> run(() -> answers.answer(w.answerToken, InvitationResponse.ACCEPTED)));
        checks.put(
                "AnswerService.substitute",
                persona -> () -> run(() -> answers.substitute(w.answerToken, w.colleagueId)));
        checks.put("AnswerService.mine", persona -> () -> answers.mine(w.meetingId));
        checks.put(
                "AnswerService.answerMine",
                persona -> () -> run(() -> answers.answerMine(w.meetingId, InvitationResponse.DECLINED)));
        checks.put(
                "AnswerService.substituteMine",
                persona -> () -> run(() -> answers.substituteMine(w.meetingId, w.colleagueId)));
        // Attendance
        Long participantInvitation = w.invitationIds.get(w.personIds.get("participant"));
        checks.put("AttendanceService.sheet", persona -> () -> attendance.sheet(w.meetingId));
        checks.put(
                "AttendanceService.record",
                persona -> () -> attendance.record(
                        w.meetingId,
                        participantInvitation,
                        p.participantInvitationVersion,
                        AttendanceStatus.PRESENT,
                        null,
                        null));
        checks.put(
                "AttendanceService.record#other",
                persona -> () ->
                        attendance.record(w.meetingId, w.otherInvitationId, 0, AttendanceStatus.PRESENT, null, null));
        checks.put("AttendanceService.row", persona -> () -> attendance.row(participantInvitation));
        checks.put("AttendanceService.canRecord", persona -> () -> attendance.canRecord(w.meetingId));
        checks.put("AttendanceService.counts", persona -> () -> attendance.counts(w.meetingId));
        // Declared interests and conflicts
        checks.put("InterestService.myPersonId", persona -> () -> expect(interests.myPersonId(), me(persona)));
        checks.put(
                "InterestService.declarations",
                persona -> () -> interests.declarations(me(persona)).stream()
                        .anyMatch(row -> row.getId().equals(w.interestIds.get(personaOrParticipant(persona)))));
        checks.put(
                "InterestService.declarations#other",
                persona -> () -> interests.declarations(w.strangerId).stream()
                        .anyMatch(row -> row.getId().equals(w.strangerInterestId)));
        checks.put(
                "InterestService.form",
                persona -> () -> interests.form(w.interestIds.get(personaOrParticipant(persona))));
        checks.put("InterestService.form#other", persona -> () -> interests.form(w.strangerInterestId));
        checks.put("InterestService.save", persona -> () -> interests.save(me(persona), newInterest()));
        checks.put("InterestService.save#other", persona -> () -> interests.save(w.strangerId, newInterest()));
        checks.put("InterestService.save#mismatch", persona -> () -> interests.save(me(persona), p.strangerForm));
        checks.put(
                "InterestService.remove",
                persona -> () -> run(() -> interests.remove(
                        w.interestIds.get(personaOrParticipant(persona)),
                        p.interestVersions.get(personaOrParticipant(persona)))));
        checks.put(
                "InterestService.remove#other",
                persona -> () -> run(() -> interests.remove(w.strangerInterestId, p.strangerInterestVersion)));
        checks.put("InterestService.organisations", persona -> () -> interests.organisations());
        checks.put(
                "InterestService.conflicts",
                persona -> () -> interests.conflicts(w.meetingId).stream().anyMatch(item -> item.getRows().stream()
                        .anyMatch(row -> row.getPersonId() == w.personIds.get("expert") && row.isFlagged())));
        checks.put(
                "InterestService.decide",
                persona -> () -> run(() -> interests.decide(
                        w.meetingId,
                        w.confidentialItemId,
                        w.personIds.get("expert"),
                        DecisionOutcome.RECUSED,
                        "Lien avec le fabricant",
                        null)));
        checks.put(
                "InterestService.decide#other",
                persona -> () -> run(() -> interests.decide(
                        w.meetingId, w.otherItemId, w.strangerId, DecisionOutcome.RECUSED, null, null)));
        // Directory
        checks.put(
                "DirectoryService.searchOrganisations",
                persona -> () -> directory.searchOrganisations(new DirectorySearch(), 0, 10));
        checks.put(
                "DirectoryService.countOrganisations",
                persona -> () -> directory.countOrganisations(new DirectorySearch()));
        checks.put("DirectoryService.organisations", persona -> () -> directory.organisations());
        checks.put(
                "DirectoryService.searchPeople", persona -> () -> directory.searchPeople(new DirectorySearch(), 0, 10));
        checks.put("DirectoryService.countPeople", persona -> () -> directory.countPeople(new DirectorySearch()));
        checks.put("DirectoryService.organisation", persona -> () -> directory.organisation(w.organisationId));
        checks.put("DirectoryService.person", persona -> () -> directory.person(w.strangerId));
        checks.put("DirectoryService.save", persona -> () -> directory.save(newPerson()));
        checks.put("DirectoryService.save#organisation", persona -> () -> directory.save(newOrganisation()));
        checks.put("DirectoryService.previewImport", persona -> () -> directory.previewImport(csv()));
        checks.put("DirectoryService.importPeople", persona -> () -> directory.importPeople(csv(), 1));
        // Outbox
        checks.put("OutboxService.list", persona -> () -> outbox.list(0, 10));
        checks.put("OutboxService.count", persona -> () -> outbox.count());
        checks.put("OutboxService.content", persona -> () -> outbox.content(p.mailId, "127.0.0.1"));
        checks.put("OutboxService.attachment", persona -> () -> outbox.attachment(p.mailId, 0, "127.0.0.1"));
        // Documents
        checks.put("MeetingDocuments.agenda", persona -> () -> documents.agenda(w.meetingId, Locale.FRENCH));
        checks.put("MeetingDocuments.notice", persona -> () -> documents.notice(w.meetingId, noticeOf(persona)));
        checks.put("MeetingDocuments.notice#other", persona -> () -> documents.notice(w.meetingId, w.fellowId));
        checks.put("MeetingDocuments.attendanceSheet", persona -> () -> documents.attendanceSheet(w.meetingId));
        // Open and technical
        checks.put("HealthService.check", persona -> () -> health.check());
        checks.put("CallerService.current", persona -> () -> callers.current());
        contributionChecks(checks, w, p);
        actionChecks(checks, w, p);
        minutesChecks(checks, w, p);
        trustChecks(checks, w, p);
        consultationChecks(checks, w);
        return checks;
    }

    private void contributionChecks(Map<String, Function<String, Callable<Object>>> checks, MatrixWorld w, Prepared p) {
        checks.put(
                "ContributionService.submit",
                persona -> () -> contributions.submit(
                        w.meetingId, submission("Nouvelle contribution", Visibility.PARTICIPANTS), files(p.pdf)));
        checks.put(
                "ContributionService.submit#other",
                persona -> () -> contributions.submit(
                        w.otherId, submission("Contribution égarée", Visibility.PARTICIPANTS), files(p.pdf)));
        checks.put(
                "ContributionService.addVersion",
                persona -> () -> contributions.addVersion(
                        w.contributionId, submission(w.contributionTitle, Visibility.PARTICIPANTS), files(p.pdf)));
        checks.put(
                "ContributionService.addVersion#other",
                persona -> () -> contributions.addVersion(
                        w.otherContributionId, submission("Version égarée", Visibility.PARTICIPANTS), files(p.pdf)));
        checks.put(
                "ContributionService.withdraw",
                persona ->
                        () -> run(() -> contributions.withdraw(p.pendingContributionId, p.pendingContributionVersion)));
        checks.put(
                "ContributionService.withdraw#other",
                persona -> () -> run(() -> contributions.withdraw(w.otherContributionId, p.otherContributionVersion)));
        checks.put(
                "ContributionService.draftOfNewVersion",
                persona -> () -> contributions.draftOfNewVersion(w.contributionId));
        checks.put(
                "ContributionService.draftOfNewVersion#other",
                persona -> () -> contributions.draftOfNewVersion(w.otherContributionId));
        checks.put("ContributionService.submissionState", persona -> () -> contributions.submissionState(w.meetingId));
        checks.put(
                "ContributionService.setDeadline",
                persona -> () -> run(() ->
                        contributions.setDeadline(w.meetingId, Instant.now().minus(Duration.ofHours(1)))));
        checks.put(
                "ContributionService.reopen",
                persona -> () -> run(() -> contributions.reopen(
                        w.meetingId, w.fellowId, Instant.now().plus(Duration.ofDays(1)))));
        checks.put(
                "ContributionService.reopen#other",
                persona -> () -> run(() -> contributions.reopen(
                        w.meetingId, w.strangerId, Instant.now().plus(Duration.ofDays(1)))));
        checks.put(
                "ContributionService.accept",
                persona -> () -> run(() -> contributions.accept(
                        p.pendingContributionId, p.pendingContributionVersion, Visibility.PARTICIPANTS)));
        checks.put(
                "ContributionService.returnToAuthor",
                persona -> () -> run(() -> contributions.returnToAuthor(
                        p.pendingContributionId, p.pendingContributionVersion, "À compléter")));
        checks.put("ContributionService.distribute", persona -> () -> contributions.distribute(w.meetingId));
        checks.put(
                "ContributionService.readable",
                persona -> () -> contributions.readable(w.meetingId).stream()
                        .anyMatch(row -> row.getId().equals(w.contributionId)));
        checks.put(
                "ContributionService.readable#secretariat-only",
                persona -> () -> contributions.readable(w.meetingId).stream()
                        .anyMatch(row -> row.getId().equals(w.secretContributionId)));
        checks.put(
                "ContributionService.readable#confidential-item",
                persona -> () -> contributions.readable(w.meetingId).stream()
                        .anyMatch(row -> row.getId().equals(w.confidentialContributionId)));
        checks.put(
                "ContributionService.readable#other",
                persona -> () -> contributions.readable(w.otherId).stream()
                        .anyMatch(row -> row.getId().equals(w.otherContributionId)));
        checks.put(
                "ContributionService.mine",
                persona -> () -> contributions.mine(w.meetingId).stream()
                        .anyMatch(row -> row.getId().equals(w.contributionId)));
        checks.put(
                "ContributionService.forReview",
                persona -> () -> contributions.forReview(w.meetingId).stream()
                        .anyMatch(row -> row.getId().equals(w.secretContributionId)));
        checks.put(
                "ContributionService.acceptedInAgendaOrder",
                persona -> () -> contributions.acceptedInAgendaOrder(w.meetingId).stream()
                        .anyMatch(row -> row.getId().equals(w.contributionId)));
        checks.put("ContributionService.published", persona -> () -> contributions.published(w.meetingId));
        checks.put("ContributionService.versions", persona -> () -> contributions.versions(w.contributionId));
        checks.put(
                "ContributionService.versions#other", persona -> () -> contributions.versions(w.otherContributionId));
        checks.put(
                "ContributionService.download",
                persona ->
                        () -> read(contributions.download(w.contributionFileId).getStream()));
        checks.put(
                "ContributionService.download#secretariat-only",
                persona -> () ->
                        read(contributions.download(w.secretContributionFileId).getStream()));
        checks.put(
                "ContributionService.download#confidential-item",
                persona -> () -> read(
                        contributions.download(w.confidentialContributionFileId).getStream()));
        checks.put(
                "ContributionService.download#other",
                persona -> () ->
                        read(contributions.download(w.otherContributionFileId).getStream()));
        checks.put(
                "ContributionService.publicDownload",
                persona -> () ->
                        read(contributions.publicDownload(w.contributionFileId).getStream()));
        checks.put("PackService.build", persona -> () -> packs.build(w.meetingId));
        checks.put("PackService.state", persona -> () -> packs.state(w.meetingId));
        checks.put("PackService.download", persona -> () -> packs.download(w.meetingId));
        checks.put("PackService.download#other", persona -> () -> packs.download(w.otherId));
    }

    private void actionChecks(Map<String, Function<String, Callable<Object>>> checks, MatrixWorld w, Prepared p) {
        checks.put("ActionService.record", persona -> () -> actions.record(w.meetingId, p.ownActionForm));
        checks.put("ActionService.form", persona -> () -> actions.form(w.ownActionId));
        checks.put("ActionService.revise", persona -> () -> run(() -> actions.revise(w.ownActionId, p.ownActionForm)));
        checks.put(
                "ActionService.confirmDone",
                persona -> () -> run(() -> {
                    actions.report(w.ownActionId, p.ownActionVersion, ActionStatus.DONE, null);
                    actions.confirmDone(w.ownActionId, p.ownActionVersion);
                }));
        checks.put(
                "ActionService.reopen",
                persona -> () -> run(() -> {
                    actions.report(w.ownActionId, p.ownActionVersion, ActionStatus.DONE, null);
                    actions.reopen(w.ownActionId, p.ownActionVersion, "Pas encore fait");
                }));
        checks.put(
                "ActionService.cancel",
                persona -> () -> run(() -> actions.cancel(w.ownActionId, p.ownActionVersion, "Sans objet")));
        checks.put("ActionService.addReviewItem", persona -> () -> actions.addReviewItem(w.meetingId));
        checks.put(
                "ActionService.report",
                persona -> () -> run(
                        () -> actions.report(w.ownActionId, p.ownActionVersion, ActionStatus.IN_PROGRESS, "En cours")));
        checks.put(
                "ActionService.report#foreign",
                persona -> () -> run(() -> actions.report(
                        w.foreignActionId, p.foreignActionVersion, ActionStatus.IN_PROGRESS, "En cours")));
        checks.put(
                "ActionService.report#other",
                persona -> () -> run(() ->
                        actions.report(w.otherActionId, p.otherActionVersion, ActionStatus.IN_PROGRESS, "En cours")));
        checks.put(
                "ActionService.addEvidence",
                persona -> () -> actions.addEvidence(w.ownActionId, "preuve.pdf", new ByteArrayInputStream(p.pdf)));
        checks.put(
                "ActionService.addEvidence#foreign",
                persona -> () -> actions.addEvidence(w.foreignActionId, "preuve.pdf", new ByteArrayInputStream(p.pdf)));
        checks.put(
                "ActionService.evidence",
                persona -> () -> read(actions.evidence(w.evidenceId).getStream()));
        checks.put(
                "ActionService.evidence#other",
                persona -> () -> read(actions.evidence(w.otherEvidenceId).getStream()));
        checks.put("ActionService.details", persona -> () -> actions.details(w.ownActionId));
        checks.put("ActionService.details#foreign", persona -> () -> actions.details(w.foreignActionId));
        checks.put("ActionService.details#other", persona -> () -> actions.details(w.otherActionId));
        checks.put(
                "ActionService.search",
                persona -> () -> actions.search(actionSearch(w.foreignActionText), 0, 10).stream()
                        .anyMatch(row -> row.getDescription().equals(w.foreignActionText)));
        checks.put(
                "ActionService.search#other",
                persona -> () -> actions.search(actionSearch(w.otherActionText), 0, 10).stream()
                        .anyMatch(row -> row.getDescription().equals(w.otherActionText)));
        checks.put("ActionService.count", persona -> () -> actions.count(actionSearch(w.foreignActionText)) > 0);
        checks.put(
                "ActionService.csv",
                persona -> () -> new String(
                                actions.csv(actionSearch(w.foreignActionText), Locale.FRENCH), StandardCharsets.UTF_8)
                        .contains(w.foreignActionText));
        checks.put("ActionService.byOrganisation", persona -> () -> actions.byOrganisation());
        checks.put("ActionService.bySubject", persona -> () -> actions.bySubject());
        checks.put("ActionService.subjects", persona -> () -> actions.subjects());
        checks.put("ActionService.byAgendaItem", persona -> () -> actions.byAgendaItem(w.meetingId));
        checks.put("ActionService.byAgendaItem#other", persona -> () -> actions.byAgendaItem(w.otherId));
        checks.put("ActionService.openInSeries", persona -> () -> actions.openInSeries(w.meetingId));
        checks.put("ActionService.possibleOwners", persona -> () -> actions.possibleOwners(w.meetingId));
        checks.put(
                "ActionDocuments.list",
                persona -> () -> actionDocuments.list(actionSearch(w.foreignActionText), "matrice", Locale.FRENCH));
    }

    private void minutesChecks(Map<String, Function<String, Callable<Object>>> checks, MatrixWorld w, Prepared p) {
        Long held = w.minutesMeetingId;
        Long otherHeld = w.otherMinutesMeetingId;
        checks.put(
                "MinutesService.view",
                persona -> () -> !minutes.view(held).getSections().isEmpty());
        checks.put(
                "MinutesService.view#other",
                persona -> () -> !minutes.view(otherHeld).getSections().isEmpty());
        checks.put("MinutesService.compare", persona -> () -> minutes.compare(held, 1, 1));
        checks.put("MinutesService.start", persona -> () -> run(() -> minutes.start(w.meetingId)));
        checks.put(
                "MinutesService.save",
                persona -> () -> minutes.save(held, w.sectionId, p.sectionVersion, sectionText()));
        checks.put(
                "MinutesService.save#other",
                persona -> () -> minutes.save(held, w.otherSectionId, p.otherSectionVersion, sectionText()));
        checks.put(
                "MinutesService.dismissConflict",
                persona -> () -> run(() -> minutes.dismissConflict(held, 999_999_999L)));
        checks.put(
                "MinutesService.correct",
                persona -> () -> minutes.correct(held, w.sectionId, p.sectionVersion, sectionText(), "Erreur"));
        checks.put(
                "MinutesService.openReview",
                persona -> () -> minutes.openReview(held, Instant.now().plus(Duration.ofDays(3))));
        checks.put("MinutesService.keepVersion", persona -> () -> minutes.keepVersion(held, "Étape"));
        checks.put(
                "MinutesService.comment", persona -> () -> run(() -> minutes.comment(held, w.sectionId, "Remarque")));
        checks.put(
                "MinutesService.comment#other",
                persona -> () -> run(() -> minutes.comment(otherHeld, w.otherSectionId, "Remarque")));
        checks.put(
                "MinutesService.comment#mismatch",
                persona -> () -> run(() -> minutes.comment(held, w.otherSectionId, "Remarque")));
        checks.put(
                "MinutesService.resolve",
                persona -> () -> run(() -> minutes.resolve(
                        held, w.commentId, p.commentVersion, CommentResolution.TAKEN_INTO_ACCOUNT, null)));
        checks.put("MinutesService.approve", persona -> () -> minutes.approve(held));
        checks.put("MinutesService.approve#other", persona -> () -> minutes.approve(otherHeld));
        checks.put("MinutesService.publish", persona -> () -> run(() -> minutes.publish(held)));
        checks.put("MinutesService.pdf", persona -> () -> minutes.pdf(held));
        checks.put("MinutesService.pdf#other", persona -> () -> minutes.pdf(otherHeld));
        checks.put(
                "PublicMinutesService.published",
                persona -> () -> publicMinutes.published().stream()
                        .noneMatch(m -> m.getId().equals(held) || m.getId().equals(w.meetingId)));
        checks.put("PublicMinutesService.publicPdf", persona -> () -> publicMinutes.publicPdf(held));
        checks.put("PublicMinutesService.verify", persona -> () -> publicMinutes.verify(p.pdf));
        checks.put("PublicMinutesService.verify#hash", persona -> () -> publicMinutes.verify("0".repeat(64)));
    }

    private void consultationChecks(Map<String, Function<String, Callable<Object>>> checks, MatrixWorld w) {
        long id = w.consultationId;
        long draft = w.draftConsultationId;
        long open = w.publicConsultationId;
        java.util.function.Supplier<org.concerto.consultation.ConsultationDraft> details = () -> {
            org.concerto.consultation.ConsultationDraft d = new org.concerto.consultation.ConsultationDraft();
            d.setTitle(Fixtures.unique("Consultation"));
            d.setSummary("Résumé");
            d.setAudience(org.concerto.consultation.Audience.RESTRICTED);
            d.setOpensAt(Instant.now());
            d.setClosesAt(Instant.now().plus(Duration.ofDays(10)));
            return d;
        };
        java.util.function.Supplier<org.concerto.consultation.QuestionDraft> question = () -> {
            org.concerto.consultation.QuestionDraft q = new org.concerto.consultation.QuestionDraft();
            q.setText("Une question de plus ?");
            return q;
        };
        java.util.function.Supplier<org.concerto.consultation.ResponseForm> answers = () -> {
            org.concerto.consultation.ResponseForm f = new org.concerto.consultation.ResponseForm();
            f.setName("Persona");
            f.setRespondentType(org.concerto.consultation.RespondentType.PATIENT);
            f.setPublication(org.concerto.consultation.Publication.NOT_PUBLISHED);
            f.setNoInterests(true);
            f.getTexts().put(w.consultationQuestionId, "Mon avis.");
            return f;
        };
        checks.put("ConsultationService.create", persona -> () -> consultations.create(details.get()));
        checks.put(
                "ConsultationService.revise",
                persona -> () -> run(() -> {
                    org.concerto.consultation.ConsultationDraft d = consultations.draftOf(draft);
                    d.setTitle(Fixtures.unique("Révisée"));
                    consultations.revise(d);
                }));
        checks.put("ConsultationService.consultation", persona -> () -> consultations.consultation(id));
        checks.put("ConsultationService.draftOf", persona -> () -> consultations.draftOf(id));
        checks.put(
                "ConsultationService.list",
                persona -> () ->
                        consultations.list().stream().anyMatch(r -> r.getId().equals(id)));
        checks.put(
                "ConsultationService.addQuestion", persona -> () -> consultations.addQuestion(draft, question.get()));
        checks.put(
                "ConsultationService.reviseQuestion",
                persona -> () -> run(() -> {
                    org.concerto.consultation.QuestionDraft q = question.get();
                    q.setQuestionId(consultations
                            .consultation(draft)
                            .getQuestions()
                            .get(0)
                            .getId());
                    consultations.reviseQuestion(draft, q);
                }));
        checks.put(
                "ConsultationService.removeQuestion",
                persona -> () -> run(() -> consultations.removeQuestion(
                        draft,
                        consultations.consultation(draft).getQuestions().get(0).getId())));
        checks.put(
                "ConsultationService.moveQuestion",
                persona -> () -> run(() -> consultations.moveQuestion(
                        draft,
                        consultations.consultation(draft).getQuestions().get(0).getId(),
                        1)));
        checks.put(
                "ConsultationService.invite",
                persona -> () -> consultations.invite(draft, List.of(w.personIds.get("outsider"))));
        checks.put(
                "ConsultationService.inviteByEmail",
                persona -> () -> consultations.inviteByEmail(draft, fixtures.email(w.personIds.get("outsider"))));
        checks.put(
                "ConsultationService.inviteCategory",
                persona -> () -> consultations.inviteCategory(draft, StakeholderCategory.REGULATOR));
        checks.put(
                "ConsultationService.uninvite",
                persona -> () -> run(() -> consultations.uninvite(draft, w.personIds.get("observer"))));
        checks.put(
                "ConsultationService.publish",
                persona -> () -> run(() -> consultations.publish(
                        draft, fixtures.versionOf(org.concerto.consultation.Consultation.class, draft))));
        checks.put(
                "ConsultationService.extend",
                persona ->
                        () -> run(() -> consultations.extend(id, Instant.now().plus(Duration.ofDays(60)))));
        checks.put("ConsultationService.cancel", persona -> () -> run(() -> consultations.cancel(id, "Motif")));
        checks.put("ConsultationService.dashboard", persona -> () -> consultations.dashboard(id));
        checks.put("ConsultationService.responses", persona -> () -> consultations.responses(id, 0, 10));
        checks.put("ConsultationService.response", persona -> () -> consultations.response(w.consultationResponseId));
        checks.put(
                "ConsultationService.inviteByEmail#unknown",
                persona -> () -> consultations.inviteByEmail(draft, "nobody@nowhere.example"));

        checks.put("ResponseService.answering", persona -> () -> consultationResponses.answering(id));
        checks.put("ResponseService.answering#draft", persona -> () -> consultationResponses.answering(draft));
        checks.put(
                "ResponseService.mine",
                persona -> () -> consultationResponses.mine().stream()
                        .anyMatch(r -> r.getId().equals(id)));
        checks.put("ResponseService.save", persona -> () -> consultationResponses.save(id, answers.get()));
        checks.put("ResponseService.submit", persona -> () -> consultationResponses.submit(id, answers.get()));
        checks.put(
                "ResponseService.withdraw",
                persona -> () -> run(() -> {
                    consultationResponses.submit(id, answers.get());
                    consultationResponses.withdraw(id);
                }));
        checks.put(
                "ResponseService.requestLink",
                persona -> () -> run(() -> consultationResponses.requestLink(
                        open, Fixtures.unique("public").toLowerCase() + "@example.org", Language.FR)));
        checks.put(
                "ResponseService.requestLink#restricted",
                persona -> () -> run(() -> consultationResponses.requestLink(id, "someone@example.org", Language.FR)));
        checks.put(
                "ResponseService.answeringByLink", persona -> () -> consultationResponses.answeringByLink("unknown"));
        checks.put(
                "ResponseService.saveByLink",
                persona -> () -> consultationResponses.saveByLink("unknown", answers.get()));
        checks.put(
                "ResponseService.submitByLink",
                persona -> () -> consultationResponses.submitByLink("unknown", answers.get(), Language.FR));
        checks.put(
                "ResponseService.withdrawByLink",
                persona -> () -> run(() -> consultationResponses.withdrawByLink("unknown")));

        checks.put("PublicConsultationService.search", persona -> () -> {
            List<org.concerto.consultation.ConsultationRow> rows = consultationHub.search(null, null);
            return rows.stream().anyMatch(r -> r.getId().equals(open))
                    && rows.stream()
                            .noneMatch(r -> r.getId().equals(id) || r.getId().equals(draft));
        });
        checks.put("PublicConsultationService.page", persona -> () -> consultationHub.page(open));
        checks.put("PublicConsultationService.page#restricted", persona -> () -> consultationHub.page(id));
    }

    private void trustChecks(Map<String, Function<String, Callable<Object>>> checks, MatrixWorld w, Prepared p) {
        checks.put("PrivacyService.collect", persona -> () -> privacy.collect(self(persona)));
        checks.put("PrivacyService.collect#other", persona -> () -> privacy.collect(w.strangerId));
        checks.put("PrivacyService.exportJson", persona -> () -> privacy.exportJson(self(persona)));
        checks.put("PrivacyService.exportJson#other", persona -> () -> privacy.exportJson(w.strangerId));
        checks.put("PrivacyService.exportPdf", persona -> () -> privacy.exportPdf(self(persona), Locale.FRENCH));
        checks.put("PrivacyService.exportPdf#other", persona -> () -> privacy.exportPdf(w.strangerId, Locale.FRENCH));
        checks.put(
                "PrivacyService.anonymise",
                persona -> () -> run(() -> privacy.anonymise(w.strangerId, p.strangerVersion)));
        checks.put("PrivacyService.canAnonymise", persona -> () -> privacy.canAnonymise(w.strangerId) || true);
        checks.put("RetentionPurge.onTimer", persona -> () -> run(() -> retention.onTimer()));
        checks.put("RetentionPurge.preview", persona -> () -> retention.preview());
        checks.put("RetentionPurge.applyNow", persona -> () -> retention.applyNow());
        checks.put("HistoryService.meeting", persona -> () -> history.meeting(w.meetingId, null, 0, 20, Locale.FRENCH));
        checks.put(
                "HistoryService.meeting#other",
                persona -> () -> history.meeting(w.otherId, w.otherItemId, 0, 20, Locale.FRENCH));
        checks.put("HistoryService.items", persona -> () -> history.items(w.meetingId));
        checks.put(
                "SecurityLog.accountMailRead",
                persona -> () -> run(() -> securityLog.accountMailRead(new org.concerto.mail.AccountMailRead(
                        0L, "matrice@it.concerto.example", "matrice", "127.0.0.1", "PermissionMatrixIT"))));
        checks.put(
                "SecurityLog.record",
                persona -> () -> run(() -> securityLog.record(
                        SecurityEventKind.ACCESS_REFUSED, "matrice", "127.0.0.1", "PermissionMatrixIT")));
        checks.put("SecurityLog.search", persona -> () -> securityLog.search(null, "matrice", null, null, 0, 10));
        checks.put("SecurityLog.count", persona -> () -> securityLog.count(null, "matrice", null, null));
        checks.put("AccountService.status", persona -> () -> accounts.status(w.fellowId));
        checks.put("AccountService.invite", persona -> () -> run(() -> accounts.invite(w.fellowId, Role.PARTICIPANT)));
        checks.put(
                "AccountService.requestReset",
                persona -> () -> run(() -> accounts.requestReset("nobody@it.concerto.example", "127.0.0.1")));
        checks.put("AccountService.link", persona -> () -> accounts.link("not-a-token"));
        checks.put(
                "AccountService.choosePassword",
                persona -> () -> run(() ->
                        accounts.choosePassword("not-a-token", "a long enough passphrase".toCharArray(), "127.0.0.1")));
        checks.put(
                "AccountService.loginFailed",
                persona -> () -> accounts.loginFailed(Fixtures.unique("nobody"), "192.0.2.77"));
        checks.put("AccountService.loginSucceeded", persona -> () -> run(() -> accounts.loginSucceeded("127.0.0.1")));
        checks.put("AccountService.secondFactorRequired", persona -> () -> run(() -> accounts.secondFactorRequired()));
        checks.put(
                "AccountService.secondFactorMandatory", persona -> () -> run(() -> accounts.secondFactorMandatory()));
        checks.put("AccountService.hasSecondFactor", persona -> () -> run(() -> accounts.hasSecondFactor()));
        checks.put("AccountService.recoveryCodesLeft", persona -> () -> accounts.recoveryCodesLeft());
        checks.put("AccountService.startEnrolment", persona -> () -> accounts.startEnrolment());
        checks.put(
                "AccountService.enrol",
                persona -> () -> accounts.enrol(accounts.startEnrolment(), "000000", "127.0.0.1"));
        checks.put(
                "AccountService.removeSecondFactor",
                persona -> () -> run(() -> accounts.removeSecondFactor("000000", "127.0.0.1")));
        checks.put(
                "AccountService.verifySecondFactor",
                persona -> () -> run(() -> accounts.verifySecondFactor("000000", "127.0.0.1")));
    }

    /**
     * Runs one call as the persona, inside a transaction that is always rolled back, and names what
     * happened in the document's words.
     */
    private String outcome(String persona, Callable<Object> call) throws Exception {
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        transaction.begin();
        try {
            Object result = AsUser.call(identities.get(persona), call);
            return Boolean.FALSE.equals(result) ? "hidden" : "yes";
        } catch (Exception | AssertionError e) {
            return refusal(e);
        } finally {
            transaction.rollback();
        }
    }

    private static String refusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return "role";
            }
            if (t instanceof AccessDeniedException) {
                return "denied";
            }
            if (t instanceof NotFoundException) {
                return "missing";
            }
            if (t instanceof BusinessException) {
                return "refused";
            }
        }
        return "an unexpected " + thrown;
    }

    // --- the address checks: one per documented row --------------------------------------------------

    /** By row id: the text that proves a persona sees the row's data (null: the status alone is checked). */
    private Map<String, Function<String, String>> addressMarkers() {
        MatrixWorld w = world;
        Map<String, Function<String, String>> markers = new LinkedHashMap<>();
        Function<String, String> none = persona -> null;
        Function<String, String> meeting = persona -> w.meetingTitle;
        // The secretariat's lists hold every meeting: the fixture's may be on another page.
        Function<String, String> meetingUnlessSecretariat =
                persona -> persona.equals("secretariat") ? null : w.meetingTitle;
        String pdf = "%PDF-";
        markers.put("/login.xhtml", none);
        markers.put("/index.xhtml", meetingUnlessSecretariat);
        markers.put("/meeting/list.xhtml", meetingUnlessSecretariat);
        markers.put("/meeting/view.xhtml?id={meeting}", meeting);
        markers.put("/meeting/view.xhtml?id={meeting}#attendance-link", persona -> "id=\"download-attendance\"");
        markers.put(
                "/meeting/view.xhtml?id={meeting}#confidential-document",
                persona -> "/files/agenda/" + w.confidentialAttachmentId + "\"");
        markers.put("/meeting/view.xhtml?id={other}", persona -> w.otherTitle);
        markers.put("/meeting/view.xhtml?id=999999999", none);
        markers.put("/consultation/list.xhtml", persona -> w.consultationTitle);
        markers.put("/consultation/edit.xhtml", none);
        markers.put("/consultation/edit.xhtml?id={consultation}", persona -> w.consultationTitle);
        markers.put("/consultation/view.xhtml?id={consultation}", persona -> w.consultationTitle);
        markers.put("/consultation/respond.xhtml?id={consultation}", persona -> w.consultationTitle);
        markers.put("/public/consultations.xhtml", persona -> w.publicConsultationTitle);
        markers.put("/public/consultation.xhtml?id={publicConsultation}", persona -> w.publicConsultationTitle);
        markers.put("/public/consultation.xhtml?id={consultation}", none);
        markers.put("/public/respond.xhtml?token=unknown", none);
        markers.put("/meeting/edit.xhtml", none);
        markers.put("/meeting/edit.xhtml?id={meeting}", meeting);
        markers.put("/meeting/agenda.xhtml?id={meeting}", meeting);
        markers.put("/meeting/attendance.xhtml?id={meeting}", meeting);
        markers.put("/interest/mine.xhtml", persona -> w.interestTexts.get(persona));
        markers.put("/invitation/answer.xhtml?token={token}", meeting);
        markers.put("/invitation/answer.xhtml?token=not-a-token", none);
        markers.put("/mail/outbox.xhtml", none);
        markers.put("/directory/people.xhtml", none);
        markers.put("/directory/person.xhtml?id={stranger}", persona -> w.strangerInterestText);
        markers.put("/directory/organisations.xhtml", none);
        markers.put("/directory/organisation.xhtml?id={organisation}", none);
        markers.put("/directory/import.xhtml", none);
        markers.put("/errors/403.xhtml", none);
        markers.put("/errors/404.xhtml", none);
        markers.put("/errors/500.xhtml", none);
        markers.put("/errors/expired.xhtml", none);
        markers.put("/WEB-INF/templates/layout.xhtml", none);
        markers.put("/documents/meetings/{meeting}/agenda.pdf", persona -> pdf);
        markers.put("/documents/meetings/{other}/agenda.pdf", persona -> pdf);
        markers.put("/documents/meetings/{meeting}/notice/{me}.pdf", persona -> pdf);
        markers.put("/documents/meetings/{meeting}/notice/{fellow}.pdf", persona -> pdf);
        markers.put("/documents/meetings/{meeting}/notice/{stranger}.pdf", persona -> pdf);
        markers.put("/documents/meetings/{meeting}/attendance.pdf", persona -> pdf);
        markers.put("/documents/meetings/{meeting}/minutes.pdf", persona -> pdf);
        markers.put("/files/agenda/{confidentialDocument}", persona -> pdf);
        markers.put("/files/agenda/{openDocument}", persona -> pdf);
        markers.put("/files/agenda/{otherDocument}", persona -> pdf);
        markers.put("/files/agenda/999999999", persona -> pdf);
        markers.put("/api/health", persona -> "\"status\":\"UP\"");
        laterMarkers(markers, w, pdf);
        return markers;
    }

    /** The pages and downloads of contributions, action items, minutes, accounts, audit and personal data. */
    private void laterMarkers(Map<String, Function<String, String>> markers, MatrixWorld w, String pdf) {
        Function<String, String> none = persona -> null;
        markers.put("/account/forgot.xhtml", none);
        markers.put("/account/password.xhtml?token=not-a-token", none);
        markers.put("/account/second-factor.xhtml", none);
        markers.put("/account/security.xhtml", none);
        markers.put("/action/list.xhtml", persona -> persona.equals("secretariat") ? null : w.ownActionText);
        markers.put("/action/view.xhtml?id={ownAction}", persona -> w.ownActionText);
        markers.put("/action/view.xhtml?id={foreignAction}", persona -> w.foreignActionText);
        markers.put("/action/view.xhtml?id={otherAction}", persona -> w.otherActionText);
        markers.put("/contribution/review.xhtml?meeting={meeting}", persona -> w.secretContributionTitle);
        markers.put("/contribution/submit.xhtml?meeting={meeting}", persona -> w.meetingTitle);
        markers.put(
                "/contribution/submit.xhtml?meeting={meeting}&contribution={contribution}",
                persona -> w.contributionTitle);
        markers.put("/contribution/submit.xhtml?meeting={other}", persona -> w.otherTitle);
        markers.put("/meeting/view.xhtml?id={meeting}#contribution", persona -> w.contributionTitle);
        markers.put(
                "/meeting/view.xhtml?id={meeting}#secretariat-only-contribution", persona -> w.secretContributionTitle);
        markers.put("/meeting/history.xhtml?id={meeting}", persona -> w.meetingTitle);
        markers.put("/meeting/minutes.xhtml?id={minutesMeeting}", persona -> w.minutesTitle);
        markers.put("/meeting/minutes.xhtml?id={otherMinutesMeeting}", persona -> w.otherMinutesTitle);
        markers.put("/meeting/minutes-compare.xhtml?id={minutesMeeting}&left=1&right=1", none);
        markers.put("/privacy.xhtml", none);
        markers.put("/accessibility.xhtml", none);
        markers.put("/privacy/mine.xhtml", none);
        markers.put("/privacy/retention.xhtml", none);
        markers.put("/public/meetings.xhtml", none);
        markers.put("/public/verify.xhtml", none);
        markers.put("/security/log.xhtml", none);
        markers.put("/files/contributions/{contributionFile}", persona -> pdf);
        markers.put("/files/contributions/{secretContributionFile}", persona -> pdf);
        markers.put("/files/contributions/{confidentialContributionFile}", persona -> pdf);
        markers.put("/files/contributions/{otherContributionFile}", persona -> pdf);
        markers.put("/files/contributions/999999999", persona -> pdf);
        markers.put("/public/contributions/{contributionFile}", persona -> pdf);
        markers.put("/files/packs/{meeting}", persona -> pdf);
        markers.put("/files/packs/{other}", persona -> pdf);
        markers.put("/files/actions/{evidence}", persona -> pdf);
        markers.put("/files/actions/{otherEvidence}", persona -> pdf);
        markers.put("/minutes/{minutesMeeting}.pdf", persona -> pdf);
        markers.put("/minutes/{otherMinutesMeeting}.pdf", persona -> pdf);
        markers.put("/public/minutes/{minutesMeeting}.pdf", persona -> pdf);
        markers.put("/personal-data/{self}.json", persona -> "\"identity\"");
        markers.put("/personal-data/{stranger}.json", persona -> "\"identity\"");
        markers.put("/personal-data/{self}.pdf", persona -> pdf);
        markers.put("/personal-data/{stranger}.pdf", persona -> pdf);
    }

    private String address(String template, String persona) {
        MatrixWorld w = world;
        return template.substring(1)
                .replace("{meeting}", String.valueOf(w.meetingId))
                .replace("{other}", String.valueOf(w.otherId))
                .replace("{me}", String.valueOf(noticeOf(persona)))
                .replace("{fellow}", String.valueOf(w.fellowId))
                .replace("{stranger}", String.valueOf(w.strangerId))
                .replace("{organisation}", String.valueOf(w.organisationId))
                .replace("{token}", w.answerToken)
                .replace("{confidentialDocument}", String.valueOf(w.confidentialAttachmentId))
                .replace("{openDocument}", String.valueOf(w.openAttachmentId))
                .replace("{otherDocument}", String.valueOf(w.otherAttachmentId))
                .replace("{self}", String.valueOf(world.personIds.get(personaOrParticipant(persona))))
                .replace("{ownAction}", String.valueOf(w.ownActionId))
                .replace("{foreignAction}", String.valueOf(w.foreignActionId))
                .replace("{otherAction}", String.valueOf(w.otherActionId))
                .replace("{contribution}", String.valueOf(w.contributionId))
                .replace("{contributionFile}", String.valueOf(w.contributionFileId))
                .replace("{secretContributionFile}", String.valueOf(w.secretContributionFileId))
                .replace("{confidentialContributionFile}", String.valueOf(w.confidentialContributionFileId))
                .replace("{otherContributionFile}", String.valueOf(w.otherContributionFileId))
                .replace("{evidence}", String.valueOf(w.evidenceId))
                .replace("{otherEvidence}", String.valueOf(w.otherEvidenceId))
                .replace("{minutesMeeting}", String.valueOf(w.minutesMeetingId))
                .replace("{otherMinutesMeeting}", String.valueOf(w.otherMinutesMeetingId))
                .replace("{consultation}", String.valueOf(w.consultationId))
                .replace("{publicConsultation}", String.valueOf(w.publicConsultationId));
    }

    /** What is wrong with the response for the documented cell, or null when it is as documented. */
    private static String problem(String expected, HttpResponse<byte[]> response, String marker) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        int status = response.statusCode();
        boolean loginPage = body.contains("j_security_check");
        String leak = leak(body, marker);
        switch (expected) {
            case "200":
                if (status != 200 || (loginPage && marker != null)) {
                    return "was " + status + (loginPage ? " (the login page)" : "");
                }
                return marker == null || body.contains(marker) ? null : "the page does not show " + marker;
            case "hidden":
                if (status != 200 || loginPage) {
                    return "was " + status + (loginPage ? " (the login page)" : "");
                }
                String hidden = marker != null ? marker : world.meetingTitle;
                return body.contains(hidden) ? "the page shows " + hidden : null;
            case "403":
            case "404":
                if (status != Integer.parseInt(expected)) {
                    return "was " + status + (loginPage ? " (the login page)" : "");
                }
                return leak;
            case "login":
                if (status != 200 || !loginPage) {
                    return "was " + status + " without the login form";
                }
                return leak;
            default:
                return "no such cell for an address";
        }
    }

    /** Any of the fixture's data on a page that refused: none may show. */
    private static String leak(String body, String marker) {
        for (String data : new String[] {
            world.meetingTitle, world.otherTitle, world.strangerName, world.strangerInterestText, marker
        }) {
            if (data != null && body.contains(data)) {
                return "yet the page shows " + data;
            }
        }
        return null;
    }

    // --- the fixture -----------------------------------------------------------------------------------

    private void setUp() throws Exception {
        if (world != null) {
            return;
        }
        MatrixWorld w = fixtures.matrixWorld();
        Map<String, SecurityIdentity> logins = new LinkedHashMap<>();
        for (String persona : MatrixWorld.PERSONAS) {
            logins.put(persona, AsUser.login(w.logins.get(persona), Fixtures.PASSWORD));
        }
        logins.put("anonymous", SecurityDomain.getCurrent().getAnonymousSecurityIdentity());
        SecurityIdentity secretariat = logins.get("secretariat");
        Prepared p = new Prepared();
        p.pdf = pdf();
        w.confidentialAttachmentId = AsUser.call(
                secretariat,
                () -> agenda.attach(
                        w.meetingId, w.confidentialItemId, "confidentiel.pdf", new ByteArrayInputStream(p.pdf)));
        w.openAttachmentId = AsUser.call(
                secretariat,
                () -> agenda.attach(w.meetingId, w.openItemId, "ouvert.pdf", new ByteArrayInputStream(p.pdf)));
        w.otherAttachmentId = AsUser.call(
                secretariat,
                () -> agenda.attach(w.otherId, w.otherItemId, "autre.pdf", new ByteArrayInputStream(p.pdf)));
        p.draftForm = AsUser.call(secretariat, () -> preparation.draft(w.draftId));
        p.openItemForm = AsUser.call(secretariat, () -> agenda.draft(w.meetingId, w.openItemId));
        p.otherItemForm = AsUser.call(secretariat, () -> agenda.draft(w.otherId, w.otherItemId));
        p.strangerForm = AsUser.call(secretariat, () -> interests.form(w.strangerInterestId));
        p.meetingVersion = fixtures.version(w.meetingId);
        p.draftVersion = fixtures.version(w.draftId);
        p.participantInvitationVersion =
                fixtures.versionOf(Invitation.class, w.invitationIds.get(w.personIds.get("participant")));
        for (String persona : MatrixWorld.PERSONAS) {
            p.interestVersions.put(persona, fixtures.versionOf(DeclaredInterest.class, w.interestIds.get(persona)));
        }
        p.strangerInterestVersion = fixtures.versionOf(DeclaredInterest.class, w.strangerInterestId);
        String recipient = Fixtures.unique("matrix").toLowerCase() + "@it.concerto.example";
        fixtures.mail(recipient, "Matrice");
        p.mailId = fixtures.latestMailId(recipient);
        laterFeatures(w, p, logins);
        identities = logins;
        prepared = p;
        world = w;
    }

    /**
     * The objects of contributions, action items and minutes that only their services can make (they keep
     * files): contributions submitted by their authors and accepted, evidence, minutes sent for review and a
     * comment on them.
     */
    private void laterFeatures(MatrixWorld w, Prepared p, Map<String, SecurityIdentity> logins) throws Exception {
        SecurityIdentity secretariat = logins.get("secretariat");
        SecurityIdentity stranger = AsUser.login(w.strangerLogin, Fixtures.PASSWORD);
        // Submissions closed a week before the fixture meeting: the secretariat reopens them for the invitees.
        Instant until = Instant.now().plus(Duration.ofDays(2));
        for (String persona : List.of("chair", "participant", "expert", "observer")) {
            AsUser.call(
                    secretariat, () -> run(() -> contributions.reopen(w.meetingId, w.personIds.get(persona), until)));
        }
        w.contributionTitle = Fixtures.unique("Contribution à tous");
        w.secretContributionTitle = Fixtures.unique("Contribution au secrétariat");
        w.contributionId = AsUser.call(
                logins.get("participant"),
                () -> contributions.submit(
                        w.meetingId, submission(w.contributionTitle, Visibility.PARTICIPANTS), files(p.pdf)));
        w.secretContributionId = AsUser.call(
                logins.get("expert"),
                () -> contributions.submit(
                        w.meetingId, submission(w.secretContributionTitle, Visibility.SECRETARIAT), files(p.pdf)));
        p.pendingContributionId = AsUser.call(
                logins.get("participant"),
                () -> contributions.submit(
                        w.meetingId,
                        submission(Fixtures.unique("Contribution en attente"), Visibility.PARTICIPANTS),
                        files(p.pdf)));
        w.confidentialContributionTitle = Fixtures.unique("Contribution sur le point confidentiel");
        SubmissionDraft onConfidentialItem = submission(w.confidentialContributionTitle, Visibility.PARTICIPANTS);
        onConfidentialItem.setItemId(w.confidentialItemId);
        w.confidentialContributionId = AsUser.call(
                logins.get("participant"), () -> contributions.submit(w.meetingId, onConfidentialItem, files(p.pdf)));
        w.otherContributionId = AsUser.call(
                stranger,
                () -> contributions.submit(
                        w.otherId,
                        submission(Fixtures.unique("Contribution d'ailleurs"), Visibility.PARTICIPANTS),
                        files(p.pdf)));
        for (Long id : List.of(
                w.contributionId, w.secretContributionId, w.confidentialContributionId, w.otherContributionId)) {
            Visibility visibility =
                    id.equals(w.secretContributionId) ? Visibility.SECRETARIAT : Visibility.PARTICIPANTS;
            long version = fixtures.versionOf(Contribution.class, id);
            AsUser.call(secretariat, () -> run(() -> contributions.accept(id, version, visibility)));
        }
        w.contributionFileId = AsUser.call(secretariat, () -> contributions
                .versions(w.contributionId)
                .get(0)
                .getFiles()
                .get(0)
                .getId());
        w.secretContributionFileId = AsUser.call(secretariat, () -> contributions
                .versions(w.secretContributionId)
                .get(0)
                .getFiles()
                .get(0)
                .getId());
        w.confidentialContributionFileId = AsUser.call(secretariat, () -> contributions
                .versions(w.confidentialContributionId)
                .get(0)
                .getFiles()
                .get(0)
                .getId());
        w.otherContributionFileId = AsUser.call(secretariat, () -> contributions
                .versions(w.otherContributionId)
                .get(0)
                .getFiles()
                .get(0)
                .getId());
        p.contributionVersion = fixtures.versionOf(Contribution.class, w.contributionId);
        p.pendingContributionVersion = fixtures.versionOf(Contribution.class, p.pendingContributionId);
        p.otherContributionVersion = fixtures.versionOf(Contribution.class, w.otherContributionId);
        // Action items: evidence of the stranger's organisation's actions, here and in the other meeting.
        w.evidenceId = AsUser.call(
                secretariat,
                () -> actions.addEvidence(w.foreignActionId, "preuve.pdf", new ByteArrayInputStream(p.pdf)));
        w.otherEvidenceId = AsUser.call(
                secretariat, () -> actions.addEvidence(w.otherActionId, "preuve.pdf", new ByteArrayInputStream(p.pdf)));
        p.ownActionForm = AsUser.call(secretariat, () -> actions.form(w.ownActionId));
        p.ownActionVersion = fixtures.versionOf(ActionItem.class, w.ownActionId);
        p.foreignActionVersion = fixtures.versionOf(ActionItem.class, w.foreignActionId);
        p.otherActionVersion = fixtures.versionOf(ActionItem.class, w.otherActionId);
        // Minutes: both held meetings' drafts sent for review; the participant comments on the personas' one.
        Instant deadline = Instant.now().plus(Duration.ofDays(7));
        for (Long id : List.of(w.minutesMeetingId, w.otherMinutesMeetingId)) {
            AsUser.call(secretariat, () -> {
                minutes.start(id);
                return minutes.openReview(id, deadline);
            });
        }
        SectionView section = AsUser.call(
                secretariat,
                () -> minutes.view(w.minutesMeetingId).getSections().get(0));
        SectionView otherSection = AsUser.call(
                secretariat,
                () -> minutes.view(w.otherMinutesMeetingId).getSections().get(0));
        w.sectionId = section.getId();
        p.sectionVersion = section.getVersion();
        w.otherSectionId = otherSection.getId();
        p.otherSectionVersion = otherSection.getVersion();
        AsUser.call(
                logins.get("participant"),
                () -> run(() -> minutes.comment(w.minutesMeetingId, w.sectionId, "Remarque de la matrice")));
        var comment = AsUser.call(secretariat, () -> minutes.view(w.minutesMeetingId)
                .getSections()
                .get(0)
                .getComments()
                .get(0));
        w.commentId = comment.getId();
        // Resolved at once, so that nothing stands in the way of the approval the matrix tries.
        AsUser.call(
                secretariat,
                () -> run(() -> minutes.resolve(
                        w.minutesMeetingId,
                        comment.getId(),
                        comment.getVersion(),
                        CommentResolution.TAKEN_INTO_ACCOUNT,
                        null)));
        p.commentVersion = AsUser.call(secretariat, () -> minutes.view(w.minutesMeetingId)
                        .getSections()
                        .get(0)
                        .getComments()
                        .get(0))
                .getVersion();
        // A meeting pack, built in the background as the secretariat would.
        AsUser.call(secretariat, () -> packs.build(w.meetingId));
        for (int i = 0;
                i < 120
                        && !AsUser.call(secretariat, () -> packs.state(w.meetingId))
                                .isReady();
                i++) {
            Thread.sleep(250);
        }
        p.strangerVersion = fixtures.versionOf(org.concerto.participant.Person.class, w.strangerId);
    }

    private static SubmissionDraft submission(String title, Visibility visibility) {
        SubmissionDraft draft = new SubmissionDraft();
        draft.setTitle(title);
        draft.setVisibility(visibility);
        draft.setKind(VersionKind.MAIN);
        draft.setStatementHtml("<p>Position de la matrice</p>");
        draft.setNoInterests(true);
        return draft;
    }

    private static List<IncomingFile> files(byte[] pdf) {
        return List.of(new IncomingFile("position.pdf", new ByteArrayInputStream(pdf)));
    }

    private static SecurityMatrix matrix() {
        try (InputStream in = PermissionMatrixIT.class.getClassLoader().getResourceAsStream("security.md")) {
            assertThat(in).as("docs/security.md travels with the tests").isNotNull();
            return SecurityMatrix.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- small helpers ---------------------------------------------------------------------------------

    private Long me(String persona) {
        return world.personIds.get(personaOrParticipant(persona));
    }

    /** Anonymous has no person: its calls name the participant's things (they must be refused anyway). */
    private static String personaOrParticipant(String persona) {
        return persona.equals("anonymous") ? "participant" : persona;
    }

    /** Whose notice a persona asks for: their own; the secretariat (not invited) and anonymous ask for the participant's. */
    private Long noticeOf(String persona) {
        return persona.equals("secretariat") || persona.equals("anonymous")
                ? world.personIds.get("participant")
                : world.personIds.get(persona);
    }

    private static MeetingRole roleOf(String persona) {
        return switch (persona) {
            case "chair" -> MeetingRole.CHAIR;
            case "participant" -> MeetingRole.PARTICIPANT;
            case "expert" -> MeetingRole.EXPERT;
            case "observer" -> MeetingRole.OBSERVER;
            default -> null;
        };
    }

    private static Object expect(Object actual, Object expected) {
        if (!java.util.Objects.equals(actual, expected)) {
            throw new AssertionError("expected " + expected + " but was " + actual);
        }
        return actual;
    }

    private static Object run(Runnable call) {
        call.run();
        return null;
    }

    /** The persona's own person (anonymous: the participant's). */
    private Long self(String persona) {
        return world.personIds.get(personaOrParticipant(persona));
    }

    private static ActionSearch actionSearch(String text) {
        ActionSearch search = new ActionSearch();
        search.setText(text);
        return search;
    }

    private static SectionText sectionText() {
        SectionText text = new SectionText();
        text.setSummary("Résumé de la matrice");
        return text;
    }

    private static Object read(InputStream stream) throws IOException {
        try (InputStream in = stream) {
            return new String(in.readNBytes(5), StandardCharsets.US_ASCII).equals("%PDF-");
        }
    }

    private static Object read(FileContent content) throws IOException {
        try (InputStream in = content.getStream()) {
            return new String(in.readNBytes(5), StandardCharsets.US_ASCII).equals("%PDF-");
        }
    }

    private static MeetingSearch search(String text) {
        MeetingSearch search = new MeetingSearch();
        search.setText(text);
        return search;
    }

    private static MeetingDraft newMeeting() {
        MeetingDraft draft = new MeetingDraft();
        Instant start = Instant.now().plus(Duration.ofDays(40));
        draft.setTitle(Fixtures.unique("Matrice créée"));
        draft.setStartsAt(start);
        draft.setEndsAt(start.plus(Duration.ofHours(1)));
        draft.setFormat(MeetingFormat.IN_PERSON);
        draft.setVenue("Salle 4");
        return draft;
    }

    private static AgendaItemDraft newItem() {
        AgendaItemDraft item = new AgendaItemDraft();
        item.setTitle("Point ajouté");
        item.setKind(AgendaItemKind.INFORMATION);
        item.setPlannedMinutes(10);
        return item;
    }

    private static InterestForm newInterest() {
        InterestForm form = new InterestForm();
        form.setOtherParty("Laboratoire de la matrice");
        form.setNature(InterestNature.SPEAKING_FEES);
        form.setDescription("Intervention");
        form.setStartsOn(LocalDate.now().minusMonths(3));
        return form;
    }

    private static PersonForm newPerson() {
        PersonForm form = new PersonForm();
        form.setFirstName("Nouvelle");
        form.setLastName(Fixtures.unique("Personne"));
        form.setEmail(Fixtures.unique("nouvelle").toLowerCase() + "@it.concerto.example");
        form.setLanguage(Language.FR);
        return form;
    }

    private static OrganisationForm newOrganisation() {
        OrganisationForm form = new OrganisationForm();
        form.setName(Fixtures.unique("Organisme"));
        form.setCategory(StakeholderCategory.OTHER);
        return form;
    }

    private static byte[] csv() {
        return ("prenom;nom;email\nImport;" + Fixtures.unique("Matrice") + ";"
                        + Fixtures.unique("import").toLowerCase() + "@it.concerto.example\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] pdf() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(new PdfWriter(bytes))) {
            document.addNewPage();
        }
        return bytes.toByteArray();
    }

    /** The entries of the application's web module inside the built EAR, by path. */
    private static Map<String, byte[]> webArchiveEntries() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream ear =
                new ZipInputStream(Files.newInputStream(Path.of(System.getProperty("concerto.ear"))))) {
            for (ZipEntry entry = ear.getNextEntry(); entry != null; entry = ear.getNextEntry()) {
                if (entry.getName().endsWith(".war")) {
                    ZipInputStream war = new ZipInputStream(new ByteArrayInputStream(ear.readAllBytes()));
                    for (ZipEntry file = war.getNextEntry(); file != null; file = war.getNextEntry()) {
                        entries.put(file.getName(), war.readAllBytes());
                    }
                }
            }
        }
        return entries;
    }

    /** The class files of the EJB module inside the built EAR. */
    private static List<String> ejbJarEntries() throws IOException {
        List<String> classes = new ArrayList<>();
        try (ZipInputStream ear =
                new ZipInputStream(Files.newInputStream(Path.of(System.getProperty("concerto.ear"))))) {
            for (ZipEntry entry = ear.getNextEntry(); entry != null; entry = ear.getNextEntry()) {
                if (entry.getName().endsWith(".jar") && !entry.getName().contains("/")) {
                    ZipInputStream jar = new ZipInputStream(new ByteArrayInputStream(ear.readAllBytes()));
                    for (ZipEntry file = jar.getNextEntry(); file != null; file = jar.getNextEntry()) {
                        if (file.getName().startsWith("org/concerto/")
                                && file.getName().endsWith(".class")) {
                            classes.add(file.getName());
                        }
                    }
                }
            }
        }
        return classes;
    }

    private static boolean contains(byte[] haystack, String needle) {
        return indexOf(haystack, needle.getBytes(StandardCharsets.UTF_8)) >= 0;
    }

    /** A class constant names exactly this class: its UTF-8 entry, length first, in the constant pool. */
    private static boolean containsClassConstant(byte[] classFile, String binaryName) {
        byte[] name = binaryName.getBytes(StandardCharsets.UTF_8);
        byte[] entry = new byte[name.length + 3];
        entry[0] = 1;
        entry[1] = (byte) (name.length >> 8);
        entry[2] = (byte) name.length;
        System.arraycopy(name, 0, entry, 3, name.length);
        return indexOf(classFile, entry) >= 0;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
