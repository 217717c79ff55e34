package org.concerto.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.concerto.contribution.Contribution;
import org.concerto.contribution.ContributionVersion;
import org.concerto.contribution.Disclosure;
import org.concerto.contribution.Statement;
import org.concerto.contribution.VersionKind;
import org.concerto.contribution.Visibility;
import org.concerto.files.FileKind;
import org.concerto.files.StoredFile;
import org.concerto.files.UploadInspection;
import org.concerto.meeting.AgendaItem;
import org.concerto.meeting.Meeting;
import org.concerto.participant.Person;
import org.concerto.shared.Zones;

/**
 * Invented contributions for the demo (illustrative, like everything beyond the public notice): the
 * patients' association, the expert group and the manufacturer before 12 September 2019, one of them
 * confidential with a redacted public version; one for the preparatory meeting; one under review for
 * the follow-up. Their files are real DOCX documents that go through the same checks as any upload.
 */
@Dependent
public class DemoContributions {

    private static final String MENTION =
            "Exemple fictif à titre d'illustration : ce texte n'est pas une prise de position réelle.";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UploadInspection uploads;

    void load(Map<String, Person> people) {
        em.flush();
        Meeting preparatory = meeting("Réunion préparatoire");
        Meeting founding = meeting("Arrêt de fabrication");
        Meeting followUp = meeting("Suivi des patients");

        Contribution patients = contribution(
                founding,
                item(founding, "Témoignages"),
                people.get("mariet"),
                true,
                "Position de l'AVPI : continuité de traitement pour les patients porteurs",
                Visibility.PARTICIPANTS,
                at(2019, 9, 2, 10));
        version(
                patients,
                VersionKind.MAIN,
                "<p>" + MENTION + "</p><p>L'association demande que chaque patient porteur de la pompe MIP "
                        + "garde un accès aux consommables jusqu'à la fin de vie de sa pompe, et qu'un <strong>interlocuteur unique</strong> "
                        + "soit désigné dans chaque centre implanteur.</p><ul><li>information écrite des patients avant fin 2019</li>"
                        + "<li>suivi des patients sans alternative comparable</li></ul>",
                new Disclosure(true, null),
                at(2019, 9, 2, 10),
                List.of(docx(
                        "position-AVPI-2019-09.docx",
                        "Position de l'AVPI (exemple fictif)",
                        MENTION,
                        "Continuité des consommables jusqu'à la fin de vie des pompes implantées.")));
        accepted(patients, at(2019, 9, 4, 9));

        Contribution experts = contribution(
                founding,
                item(founding, "Retour d'expérience"),
                people.get("annesophie"),
                true,
                "Retour d'expérience des centres EVADIAC",
                Visibility.PUBLIC,
                at(2019, 9, 3, 16));
        version(
                experts,
                VersionKind.MAIN,
                "<p>" + MENTION + "</p><p>Les centres signalent des patients pour lesquels aucune "
                        + "alternative comparable n'a été trouvée ; ils proposent un registre commun de suivi.</p>",
                new Disclosure(
                        false,
                        "Exemple fictif : participation à des congrès pris en charge par plusieurs fabricants de pompes."),
                at(2019, 9, 3, 16),
                List.of());
        accepted(experts, at(2019, 9, 4, 9));

        Contribution manufacturer = contribution(
                founding,
                item(founding, "Recherche d'un industriel"),
                people.get("thomas"),
                true,
                "Medtronic: status of the search for a company to take over the activity",
                Visibility.SECRETARIAT,
                at(2019, 9, 5, 18));
        version(
                manufacturer,
                VersionKind.MAIN,
                "<p>Illustrative example, not a real statement.</p><p>Confidential: names of the "
                        + "companies contacted and the state of each discussion.</p>",
                new Disclosure(false, "Illustrative: the author is employed by the manufacturer."),
                at(2019, 9, 5, 18),
                List.of(docx(
                        "takeover-search-confidential.docx",
                        "Takeover search (illustrative)",
                        "Illustrative example.",
                        "Confidential list of contacted companies.")));
        version(
                manufacturer,
                VersionKind.PUBLIC_REDACTED,
                "<p>Illustrative example, not a real statement.</p><p>The manufacturer "
                        + "is in discussion with several companies; their names are withheld.</p>",
                new Disclosure(false, "Illustrative: the author is employed by the manufacturer."),
                at(2019, 9, 6, 9),
                List.of());
        accepted(manufacturer, at(2019, 9, 9, 9));

        Contribution timetable = contribution(
                preparatory,
                item(preparatory, "Calendrier"),
                people.get("laurent"),
                true,
                "Calendrier de disponibilité de la pompe MIP",
                Visibility.PARTICIPANTS,
                at(2019, 7, 18, 11));
        version(
                timetable,
                VersionKind.MAIN,
                null,
                new Disclosure(false, "Exemple fictif : salarié du fabricant."),
                at(2019, 7, 18, 11),
                List.of(docx(
                        "calendrier-MIP.docx",
                        "Calendrier de disponibilité (exemple fictif)",
                        MENTION,
                        "Disponibilité de la pompe jusqu'en juin 2020.")));
        accepted(timetable, at(2019, 7, 19, 9));

        Instant now = Instant.now();
        Contribution questions = contribution(
                followUp,
                null,
                people.get("mariet"),
                true,
                "Questions des patients pour le point d'étape",
                Visibility.PARTICIPANTS,
                now);
        version(
                questions,
                VersionKind.MAIN,
                "<p>" + MENTION + "</p><p>Où en est la reprise de l'activité ? Les patients "
                        + "souhaitent un calendrier d'information.</p>",
                new Disclosure(true, null),
                now,
                List.of());
        em.flush();
    }

    private Meeting meeting(String titleStart) {
        return em.createQuery("select m from Meeting m where m.title like :t", Meeting.class)
                .setParameter("t", titleStart + "%")
                .getSingleResult();
    }

    private static AgendaItem item(Meeting meeting, String titleStart) {
        return meeting.getAgenda().stream()
                .filter(i -> i.getTitle().startsWith(titleStart))
                .findFirst()
                .orElseThrow();
    }

    private Contribution contribution(
            Meeting meeting,
            AgendaItem item,
            Person author,
            boolean onBehalf,
            String title,
            Visibility visibility,
            Instant when) {
        Contribution contribution = new Contribution(
                meeting, item, author, onBehalf ? author.getOrganisation() : null, title, visibility, when);
        em.persist(contribution);
        return contribution;
    }

    private static void version(
            Contribution contribution,
            VersionKind kind,
            String html,
            Disclosure disclosure,
            Instant when,
            List<StoredFile> files) {
        ContributionVersion version =
                contribution.addVersion(kind, Statement.of(html), disclosure, "demo", when, false);
        version.attach(files);
    }

    private static void accepted(Contribution contribution, Instant when) {
        contribution.accept(null, "secretariat", when);
        contribution.markDistributed(when);
    }

    /** A small real DOCX (WordprocessingML), checked and kept like any upload. */
    private StoredFile docx(String name, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">")
                    .append(paragraph.replace("&", "&amp;").replace("<", "&lt;"))
                    .append("</w:t></w:r></w:p>");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/word/document.xml\" "
                            + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                            + "Target=\"word/document.xml\"/></Relationships>");
            entry(
                    zip,
                    "word/document.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                            + body
                            + "</w:body></w:document>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uploads.accept(new ByteArrayInputStream(bytes.toByteArray()), name, FileKind.DOCUMENTS);
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static Instant at(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, Zones.DEFAULT).toInstant();
    }
}
