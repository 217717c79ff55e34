package org.concerto.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.concerto.shared.Localizable;

/**
 * Everything the minutes say, as plain data: rendered to PDF without a database, compared between versions
 * and hashed (by the minutes feature). Built in one place, {@code org.concerto.minutes.MinutesAssembler}, from what
 * Concerto knows and what the secretariat wrote.
 *
 * @param stage          where the minutes are, by name (DRAFT, IN_REVIEW, APPROVED): the embedded data says it and
 *                       {@code documents.minutes.stage.*} words it
 * @param approved       approved minutes: no DRAFT mark, the approval and the hash printed, a verification note
 * @param version        the version number printed on the cover (1, 2, …)
 * @param contentHash    SHA-256 of the canonical text of this content ({@code org.concerto.minutes.MinutesText}), printed on approved minutes
 * @param presences      the kinds of presence in the order the attendance summary counts them, even those nobody has
 * @param approvedBy     who approved (approved minutes only)
 * @param correction     why this approved version corrects an earlier one, or null
 * @param publicVersion  the version for the public: confidential items and unconsented patients' names left out
 * @param actions        every action item decided (the actions table); the minutes fill them from the recorded action items
 * @param annexes        the contributions and documents annexed (the annex list); the minutes fill them from the accepted contributions
 */
public record MinutesContent(
        DocumentMeeting meeting,
        String stage,
        boolean approved,
        int version,
        Instant issuedAt,
        String contentHash,
        String approvedBy,
        Instant approvedAt,
        String correction,
        boolean publicVersion,
        List<Localizable> presences,
        List<Attendee> attendance,
        List<AgendaLine> agenda,
        List<Section> sections,
        List<Action> actions,
        List<Annex> annexes) {

    public MinutesContent {
        presences = List.copyOf(presences);
        attendance = List.copyOf(attendance);
        agenda = List.copyOf(agenda);
        sections = List.copyOf(sections);
        actions = List.copyOf(actions);
        annexes = List.copyOf(annexes);
    }

    /** The same content with its hash, once computed over the canonical text. */
    public MinutesContent withHash(String hash) {
        return new MinutesContent(
                meeting,
                stage,
                approved,
                version,
                issuedAt,
                hash,
                approvedBy,
                approvedAt,
                correction,
                publicVersion,
                presences,
                attendance,
                agenda,
                sections,
                actions,
                annexes);
    }

    /** One invitee, their role and whether they came; {@code status} null when nothing was recorded. */
    public record Attendee(String name, String organisation, Localizable role, Localizable status) {}

    /** One agenda item's part of the minutes. {@code votes} is null when there was no vote. */
    public record Section(
            int number,
            String title,
            boolean confidential,
            String summary,
            List<Position> positions,
            String decision,
            Votes votes,
            List<String> recused,
            List<Action> actions) {

        public Section {
            positions = List.copyOf(positions);
            recused = List.copyOf(recused);
            actions = List.copyOf(actions);
        }
    }

    /** What one organisation said on an item. */
    public record Position(String organisation, String statement) {}

    /** A vote: counts and, when the minority asked for it, its opinion. */
    public record Votes(int inFavour, int against, int abstentions, String minorityOpinion) {}

    /** Who must do what by when; {@code item} is the agenda item's number, 0 when none. */
    public record Action(int item, String description, String owner, LocalDate due, String status) {}

    /** A document annexed to the minutes: a written contribution or a document of the meeting pack. */
    public record Annex(int number, String title, String author, int item) {}

    /** The recusals of every item, in agenda order, for the recusals table. */
    public List<String[]> recusals() {
        return sections.stream()
                .flatMap(s ->
                        s.recused().stream().map(name -> new String[] {String.valueOf(s.number()), s.title(), name}))
                .toList();
    }
}
