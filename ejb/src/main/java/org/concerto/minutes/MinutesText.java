package org.concerto.minutes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.concerto.pdf.DocumentMeeting;
import org.concerto.pdf.MinutesContent;

/**
 * The minutes as text: the canonical form that is hashed (and so proves, once printed, that two files say the
 * same thing) and the sections compared between versions.
 */
public final class MinutesText {

    private MinutesText() {}

    /** One heading and its text, as versions are compared. */
    public record Part(String heading, String text) {}

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
            parts.add(new Part(
                    section.number() + ". " + section.title(), text.toString().strip()));
        }
        return parts;
    }

    private static void line(StringBuilder text, String label, String value) {
        if (value != null && !value.isBlank()) {
            text.append(label).append(" : ").append(value.strip()).append('\n');
        }
    }

    /**
     * What is hashed: the meeting, the attendance, every part, the actions and the annexes, in a fixed order. Role and
     * presence print as their constants' names (CHAIR, PRESENT), as they always have, so a hash never depends on wording.
     */
    public static String canonical(MinutesContent content) {
        StringBuilder text = new StringBuilder();
        DocumentMeeting meeting = content.meeting();
        text.append(meeting.id())
                .append('|')
                .append(meeting.title())
                .append('|')
                .append(meeting.startsAt())
                .append('\n');
        text.append("version ")
                .append(content.version())
                .append(content.publicVersion() ? " public" : "")
                .append('\n');
        for (MinutesContent.Attendee attendee : content.attendance()) {
            text.append(attendee.name())
                    .append('|')
                    .append(attendee.organisation())
                    .append('|')
                    .append(attendee.role())
                    .append('|')
                    .append(attendee.status())
                    .append('\n');
        }
        for (Part part : parts(content)) {
            text.append("## ")
                    .append(part.heading())
                    .append('\n')
                    .append(part.text())
                    .append('\n');
        }
        for (MinutesContent.Action action : content.actions()) {
            text.append(action.item())
                    .append('|')
                    .append(action.description())
                    .append('|')
                    .append(action.owner())
                    .append('|')
                    .append(action.due())
                    .append('\n');
        }
        for (MinutesContent.Annex annex : content.annexes()) {
            text.append(annex.number())
                    .append('|')
                    .append(annex.title())
                    .append('|')
                    .append(annex.author())
                    .append('\n');
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
}
