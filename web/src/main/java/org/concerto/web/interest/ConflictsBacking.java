package org.concerto.web.interest;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concerto.interest.ConflictRow;
import org.concerto.interest.DecisionOutcome;
import org.concerto.interest.InterestService;
import org.concerto.interest.ItemConflicts;
import org.concerto.meeting.MeetingDetails;
import org.concerto.web.CurrentUser;
import org.concerto.web.LocaleBacking;
import org.concerto.web.Notices;
import org.concerto.web.meeting.MeetingViewBacking;

/**
 * The conflicts-of-interest panel of /meeting/view.xhtml and the marker on flagged agenda items. The
 * secretariat sees every flag with its tie and records decisions; invitees see the recusals only.
 */
@Named
@ViewScoped
public class ConflictsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InterestService interests;

    @Inject
    private MeetingViewBacking view;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Notices notices;

    @Inject
    private LocaleBacking language;

    private List<ItemConflicts> conflicts;
    /** The comment typed next to each flagged person, by row key. */
    private final Map<String, String> comments = new HashMap<>();

    public List<ItemConflicts> getConflicts() {
        MeetingDetails meeting = view.getMeeting();
        if (conflicts == null && meeting != null) {
            conflicts = interests.conflicts(meeting.getId());
            conflicts.forEach(
                    item -> item.getRows().forEach(row -> comments.putIfAbsent(row.getKey(), row.getComment())));
        }
        return conflicts;
    }

    /** The bundle key of the marker an agenda item carries, or null when there is nothing to mark. */
    public String marker(long itemId) {
        List<ItemConflicts> all = getConflicts();
        if (all == null || all.stream().noneMatch(item -> item.getItemId() == itemId)) {
            return null;
        }
        return currentUser.isSecretariat() ? "interest.flag" : "interest.recusal";
    }

    public void decide(ConflictRow row, DecisionOutcome outcome) {
        try {
            interests.decide(
                    view.getMeeting().getId(),
                    row.getItemId(),
                    row.getPersonId(),
                    outcome,
                    comments.get(row.getKey()),
                    row.getDecisionVersion());
            notices.done("notice.interest.decided", row.getPersonName());
        } finally {
            // Decided or refused (someone decided first), the rows are read again.
            conflicts = null;
            comments.clear();
        }
    }

    public String period(LocalDate start, LocalDate end) {
        return DeclarationsBacking.period(language.getLocale(), start, end);
    }

    public DecisionOutcome[] getOutcomes() {
        return DecisionOutcome.values();
    }

    public Map<String, String> getComments() {
        return comments;
    }
}
