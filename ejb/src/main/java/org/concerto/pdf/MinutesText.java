package org.concerto.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The minutes as text: the canonical form that is hashed (and so proves, once printed, that two files say the
 * same thing), the sections compared between versions, and the JSON of decisions and actions embedded in the PDF.
 */
public final class MinutesText {

    private MinutesText() {
    }

    /** One heading and its text, as versions are compared. */
    public record Part(String heading, String text) {
    }

    /** The written parts of the minutes, item by item, in a stable order. */
    public static List<Part> parts(MinutesContent content) {
        List<Part> parts = new ArrayList<>();
        for (MinutesContent.Section section : content.sections()) {
            StringBuilder text = new StringBuilder();
            line(text, "Synthèse", section.summary());
            for (MinutesContent.Position position : section.positions()) {
                line(text, position.organisation(), position.statement());
            }
            line(text, "Décision", section.decision());
            if (section.votes() != null) {
                MinutesContent.Votes votes = section.votes();
                line(text, "Vote", votes.inFavour() + " / " + votes.against() + " / " + votes.abstentions());
                line(text, "Opinion minoritaire", votes.minorityOpinion());
            }
            for (String recused : section.recused()) {
                line(text, "Déport", recused);
            }
            for (MinutesContent.Action action : section.actions()) {
                line(text, "Action", action.description() + " (" + action.owner() + ", " + action.due() + ")");
            }
            parts.add(new Part(section.number() + ". " + section.title(), text.toString().strip()));
        }
        return parts;
    }

    private static void line(StringBuilder text, String label, String value) {
        if (value != null && !value.isBlank()) {
            text.append(label).append(" : ").append(value.strip()).append('\n');
        }
    }

    /** What is hashed: the meeting, the attendance, every part, the actions and the annexes, in a fixed order. */
    public static String canonical(MinutesContent content) {
        StringBuilder text = new StringBuilder();
        DocumentMeeting meeting = content.meeting();
        text.append(meeting.id()).append('|').append(meeting.title()).append('|').append(meeting.startsAt()).append('\n');
        text.append("version ").append(content.version()).append(content.publicVersion() ? " public" : "").append('\n');
        for (MinutesContent.Attendee attendee : content.attendance()) {
            text.append(attendee.name()).append('|').append(attendee.organisation()).append('|').append(attendee.role())
                    .append('|').append(attendee.status()).append('\n');
        }
        for (Part part : parts(content)) {
            text.append("## ").append(part.heading()).append('\n').append(part.text()).append('\n');
        }
        for (MinutesContent.Action action : content.actions()) {
            text.append(action.item()).append('|').append(action.description()).append('|').append(action.owner()).append('|')
                    .append(action.due()).append('\n');
        }
        for (MinutesContent.Annex annex : content.annexes()) {
            text.append(annex.number()).append('|').append(annex.title()).append('|').append(annex.author()).append('\n');
        }
        if (content.correction() != null) {
            text.append("correction|").append(content.correction()).append('\n');
        }
        return text.toString();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The decisions and actions as JSON (UTF-8), embedded in the PDF/A-3 for machines. */
    static byte[] json(MinutesContent content) {
        StringBuilder json = new StringBuilder("{\n  \"meeting\": ").append(string(content.meeting().title()))
                .append(",\n  \"date\": ").append(string(DocumentFormats.isoDate(content.meeting().startsAt())))
                .append(",\n  \"version\": ").append(content.version())
                .append(",\n  \"status\": ").append(string(content.stage().name()))
                .append(",\n  \"decisions\": [");
        String separator = "\n    ";
        for (MinutesContent.Section section : content.sections()) {
            if (section.decision() == null && section.votes() == null) {
                continue;
            }
            json.append(separator).append("{\"item\": ").append(section.number()).append(", \"title\": ").append(string(section.title()))
                    .append(", \"decision\": ").append(string(section.decision()));
            if (section.votes() != null) {
                json.append(", \"votes\": {\"for\": ").append(section.votes().inFavour()).append(", \"against\": ")
                        .append(section.votes().against()).append(", \"abstentions\": ").append(section.votes().abstentions())
                        .append(", \"minorityOpinion\": ").append(string(section.votes().minorityOpinion())).append('}');
            }
            json.append('}');
            separator = ",\n    ";
        }
        json.append("\n  ],\n  \"actions\": [");
        separator = "\n    ";
        for (MinutesContent.Action action : content.actions()) {
            json.append(separator).append("{\"item\": ").append(action.item()).append(", \"action\": ").append(string(action.description()))
                    .append(", \"owner\": ").append(string(action.owner())).append(", \"due\": ")
                    .append(string(action.due() == null ? null : action.due().toString())).append(", \"status\": ")
                    .append(string(action.status())).append('}');
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
