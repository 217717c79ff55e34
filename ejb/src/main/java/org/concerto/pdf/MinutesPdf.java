package org.concerto.pdf;

import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Table;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concerto.shared.Localizable;
import org.concerto.shared.Messages;

/**
 * The minutes (compte rendu) as an archival document, in French (the regulator's language of record): a
 * cover with the meeting's details and the status of the document, the attendance, the agenda, one section
 * per item, then the record of decisions, the actions table, the recusals and the annexes. PDF/A-3A, with the
 * decisions and actions embedded as JSON; every page of a draft carries the DRAFT mark.
 */
public final class MinutesPdf {

    public static final Locale LANGUAGE = Locale.FRENCH;
    public static final String DATA_FILE = "decisions-actions.json";

    private MinutesPdf() {}

    public static byte[] render(MinutesContent content) {
        DocumentMeeting meeting = content.meeting();
        DocumentFormats formats = new DocumentFormats(LANGUAGE);
        String title = Messages.get(LANGUAGE, titleKey(content)) + " – " + meeting.title();
        OfficialDocument doc = new OfficialDocument(
                LANGUAGE,
                title,
                meeting.regulator(),
                Sections.footer(LANGUAGE, titleKey(content), meeting, formats) + " · "
                        + Messages.format(LANGUAGE, "documents.minutes.version", content.version()),
                meeting.illustrative(),
                PdfAConformance.PDF_A_3A);
        doc.header(Messages.get(LANGUAGE, titleKey(content)) + " · " + meeting.regulator());
        if (!content.approved()) {
            doc.watermark(Messages.get(LANGUAGE, "documents.minutes.watermark"));
        }
        cover(doc, content, formats);
        doc.newPage();
        attendance(doc, content);
        doc.heading2(doc.label("documents.agenda.title"));
        Sections.agendaTable(doc, meeting, content.agenda(), formats);
        for (MinutesContent.Section section : content.sections()) {
            section(doc, section, formats);
        }
        decisions(doc, content);
        actions(doc, content.actions(), formats, true);
        recusals(doc, content);
        annexes(doc, content);
        doc.attach(DATA_FILE, Messages.get(LANGUAGE, "documents.minutes.data"), "application/json", json(content));
        return doc.finish();
    }

    private static String titleKey(MinutesContent content) {
        return content.approved() ? "documents.minutes.title" : "documents.minutes.draftTitle";
    }

    private static void cover(OfficialDocument doc, MinutesContent content, DocumentFormats formats) {
        DocumentMeeting meeting = content.meeting();
        doc.letterhead(meeting.regulator());
        doc.heading1(doc.label(titleKey(content)));
        doc.lead(meeting.title());
        Sections.meetingFacts(doc, meeting, formats);
        if (meeting.purpose() != null) {
            doc.heading2(doc.label("field.purpose"));
            doc.paragraph(meeting.purpose());
        }
        doc.heading2(doc.label("documents.minutes.status"));
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {doc.label("documents.minutes.version.label"), String.valueOf(content.version())});
        facts.add(new String[] {doc.label("field.status"), doc.label("documents.minutes.stage." + content.stage())});
        facts.add(new String[] {doc.label("documents.minutes.issued"), formats.longDate(content.issuedAt())});
        if (content.approved() && content.approvedAt() != null) {
            facts.add(new String[] {
                doc.label("documents.minutes.approved"),
                doc.format("documents.minutes.approvedBy", formats.longDate(content.approvedAt()), content.approvedBy())
            });
        }
        if (content.correction() != null) {
            facts.add(new String[] {doc.label("documents.minutes.correction"), content.correction()});
        }
        if (content.contentHash() != null) {
            facts.add(new String[] {doc.label("documents.minutes.hash"), content.contentHash()});
        }
        doc.facts(facts);
        if (content.publicVersion()) {
            doc.paragraph(doc.label("documents.minutes.publicNote"));
        }
        doc.paragraph(doc.label(content.approved() ? "documents.minutes.verifyNote" : "documents.minutes.draftNote"));
        if (content.approved()) {
            doc.paragraph(verificationUrl());
        }
    }

    private static void attendance(OfficialDocument doc, MinutesContent content) {
        doc.heading2(doc.label("documents.minutes.attendance"));
        Map<Localizable, Integer> counts = new LinkedHashMap<>();
        int unknown = 0;
        for (MinutesContent.Attendee attendee : content.attendance()) {
            if (attendee.status() == null) {
                unknown++;
            } else {
                counts.merge(attendee.status(), 1, Integer::sum);
            }
        }
        StringBuilder summary = new StringBuilder();
        for (Localizable status : content.presences()) {
            summary.append(summary.isEmpty() ? "" : " · ")
                    .append(status.toString(LANGUAGE))
                    .append(" : ")
                    .append(counts.getOrDefault(status, 0));
        }
        if (unknown > 0) {
            summary.append(" · ")
                    .append(Messages.get(LANGUAGE, "documents.minutes.notRecorded"))
                    .append(" : ")
                    .append(unknown);
        }
        doc.paragraph(summary.toString());
        if (content.attendance().isEmpty()) {
            return;
        }
        Table table = doc.longTable(
                new float[] {30, 34, 18, 18},
                doc.label("documents.attendance.name"),
                doc.label("field.organisation"),
                doc.label("documents.attendance.role"),
                doc.label("documents.minutes.presence"));
        int rows = 0;
        for (MinutesContent.Attendee attendee : content.attendance()) {
            table.addCell(doc.cell(attendee.name()));
            table.addCell(doc.cell(attendee.organisation()));
            table.addCell(
                    doc.cell(attendee.role() == null ? "" : attendee.role().toString(LANGUAGE)));
            table.addCell(doc.cell(
                    attendee.status() == null
                            ? doc.label("documents.minutes.notRecorded")
                            : attendee.status().toString(LANGUAGE)));
            doc.rowAdded(table, ++rows);
        }
        doc.complete(table);
    }

    private static void section(OfficialDocument doc, MinutesContent.Section section, DocumentFormats formats) {
        doc.heading2(doc.format("documents.minutes.item", section.number(), section.title()));
        if (section.confidential()) {
            doc.add(doc.small(doc.label("agenda.confidential"), OfficialDocument.ALERT)
                    .setFont(doc.bold()));
        }
        doc.heading3(doc.label("documents.minutes.summary"));
        doc.paragraph(section.summary() == null ? doc.label("documents.minutes.nothing") : section.summary());
        if (!section.positions().isEmpty()) {
            doc.heading3(doc.label("documents.minutes.positions"));
            Table table = doc.table(
                    new float[] {28, 72}, doc.label("field.organisation"), doc.label("documents.minutes.position"));
            for (MinutesContent.Position position : section.positions()) {
                table.addCell(doc.bodyCell().add(doc.strong(position.organisation())));
                table.addCell(doc.cell(position.statement()));
            }
            doc.add(table);
        }
        if (section.decision() != null) {
            doc.heading3(doc.label("documents.minutes.decision"));
            doc.paragraph(section.decision());
        }
        if (section.votes() != null) {
            doc.heading3(doc.label("documents.minutes.votes"));
            MinutesContent.Votes votes = section.votes();
            Table table = doc.table(
                    new float[] {34, 33, 33},
                    doc.label("documents.minutes.inFavour"),
                    doc.label("documents.minutes.against"),
                    doc.label("documents.minutes.abstentions"));
            table.addCell(doc.cell(String.valueOf(votes.inFavour())));
            table.addCell(doc.cell(String.valueOf(votes.against())));
            table.addCell(doc.cell(String.valueOf(votes.abstentions())));
            doc.add(table);
            if (votes.minorityOpinion() != null) {
                doc.paragraph(doc.label("documents.minutes.minority") + " : " + votes.minorityOpinion());
            }
        }
        if (!section.recused().isEmpty()) {
            doc.heading3(doc.label("documents.minutes.recusals"));
            doc.paragraph(doc.format("documents.minutes.recusedText", String.join(", ", section.recused())));
        }
        if (!section.actions().isEmpty()) {
            doc.heading3(doc.label("documents.minutes.actionsDecided"));
            actions(doc, section.actions(), formats, false);
        }
    }

    private static void decisions(OfficialDocument doc, MinutesContent content) {
        doc.heading2(doc.label("documents.minutes.decisions"));
        Table table = doc.table(
                new float[] {8, 36, 56},
                doc.label("agenda.number"),
                doc.label("documents.agenda.item"),
                doc.label("documents.minutes.decision"));
        boolean any = false;
        for (MinutesContent.Section section : content.sections()) {
            if (section.decision() == null) {
                continue;
            }
            any = true;
            table.addCell(doc.cell(String.valueOf(section.number())));
            table.addCell(doc.cell(section.title()));
            Cell decision = doc.cell(section.decision());
            if (section.votes() != null) {
                decision.add(doc.small(
                        doc.format(
                                "documents.minutes.voteLine",
                                section.votes().inFavour(),
                                section.votes().against(),
                                section.votes().abstentions()),
                        OfficialDocument.MUTED));
            }
            table.addCell(decision);
        }
        if (any) {
            doc.add(table);
        } else {
            doc.paragraph(doc.label("documents.minutes.noDecision"));
        }
    }

    private static void actions(
            OfficialDocument doc, List<MinutesContent.Action> actions, DocumentFormats formats, boolean table) {
        if (table) {
            doc.heading2(doc.label("documents.minutes.actions"));
        }
        if (actions.isEmpty()) {
            doc.paragraph(doc.label("documents.minutes.noAction"));
            return;
        }
        Table rows = doc.longTable(
                new float[] {6, 44, 24, 14, 12},
                doc.label("agenda.number"),
                doc.label("documents.minutes.action"),
                doc.label("documents.minutes.owner"),
                doc.label("documents.minutes.due"),
                doc.label("documents.minutes.item.short"));
        int number = 1;
        for (MinutesContent.Action action : actions) {
            rows.addCell(doc.cell(String.valueOf(number)));
            rows.addCell(doc.cell(action.description()));
            rows.addCell(doc.cell(action.owner()));
            rows.addCell(doc.cell(
                    action.due() == null
                            ? ""
                            : formats.longDate(action.due()
                                    .atStartOfDay(org.concerto.shared.Zones.DEFAULT)
                                    .toInstant())));
            rows.addCell(doc.cell(action.item() == 0 ? "" : String.valueOf(action.item())));
            doc.rowAdded(rows, number++);
        }
        doc.complete(rows);
    }

    private static void recusals(OfficialDocument doc, MinutesContent content) {
        doc.heading2(doc.label("documents.minutes.recusals"));
        List<String[]> recusals = content.recusals();
        if (recusals.isEmpty()) {
            doc.paragraph(doc.label("documents.minutes.noRecusal"));
            return;
        }
        Table table = doc.table(
                new float[] {8, 56, 36},
                doc.label("agenda.number"),
                doc.label("documents.agenda.item"),
                doc.label("documents.minutes.recused"));
        for (String[] recusal : recusals) {
            table.addCell(doc.cell(recusal[0]));
            table.addCell(doc.cell(recusal[1]));
            table.addCell(doc.cell(recusal[2]));
        }
        doc.add(table);
    }

    private static void annexes(OfficialDocument doc, MinutesContent content) {
        doc.heading2(doc.label("documents.minutes.annexes"));
        if (content.annexes().isEmpty()) {
            doc.paragraph(doc.label("documents.minutes.noAnnex"));
            return;
        }
        Table table = doc.table(
                new float[] {10, 50, 28, 12},
                doc.label("documents.minutes.annex"),
                doc.label("field.title"),
                doc.label("documents.minutes.author"),
                doc.label("documents.minutes.item.short"));
        for (MinutesContent.Annex annex : content.annexes()) {
            table.addCell(doc.cell(String.valueOf(annex.number())));
            table.addCell(doc.cell(annex.title()));
            table.addCell(doc.cell(annex.author()));
            table.addCell(doc.cell(annex.item() == 0 ? "" : String.valueOf(annex.item())));
        }
        doc.add(table);
    }

    /** Where anyone checks a file: the public verification page. */
    private static String verificationUrl() {
        return org.concerto.shared.Settings.publicUrl() + "public/verify.xhtml";
    }

    /** The decisions and actions as JSON (UTF-8), embedded in the PDF/A-3 for machines. */
    static byte[] json(MinutesContent content) {
        StringBuilder json = new StringBuilder("{\n  \"meeting\": ")
                .append(string(content.meeting().title()))
                .append(",\n  \"date\": ")
                .append(string(DocumentFormats.isoDate(content.meeting().startsAt())))
                .append(",\n  \"version\": ")
                .append(content.version())
                .append(",\n  \"status\": ")
                .append(string(content.stage()))
                .append(",\n  \"decisions\": [");
        String separator = "\n    ";
        for (MinutesContent.Section section : content.sections()) {
            if (section.decision() == null && section.votes() == null) {
                continue;
            }
            json.append(separator)
                    .append("{\"item\": ")
                    .append(section.number())
                    .append(", \"title\": ")
                    .append(string(section.title()))
                    .append(", \"decision\": ")
                    .append(string(section.decision()));
            if (section.votes() != null) {
                json.append(", \"votes\": {\"for\": ")
                        .append(section.votes().inFavour())
                        .append(", \"against\": ")
                        .append(section.votes().against())
                        .append(", \"abstentions\": ")
                        .append(section.votes().abstentions())
                        .append(", \"minorityOpinion\": ")
                        .append(string(section.votes().minorityOpinion()))
                        .append('}');
            }
            json.append('}');
            separator = ",\n    ";
        }
        json.append("\n  ],\n  \"actions\": [");
        separator = "\n    ";
        for (MinutesContent.Action action : content.actions()) {
            json.append(separator)
                    .append("{\"item\": ")
                    .append(action.item())
                    .append(", \"action\": ")
                    .append(string(action.description()))
                    .append(", \"owner\": ")
                    .append(string(action.owner()))
                    .append(", \"due\": ")
                    .append(string(action.due() == null ? null : action.due().toString()))
                    .append(", \"status\": ")
                    .append(string(action.status()))
                    .append('}');
            separator = ",\n    ";
        }
        json.append("\n  ]\n}\n");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
