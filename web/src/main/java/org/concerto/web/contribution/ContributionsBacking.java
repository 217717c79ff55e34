package org.concerto.web.contribution;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.concerto.contribution.ContributionRow;
import org.concerto.contribution.ContributionService;
import org.concerto.contribution.PackService;
import org.concerto.contribution.PackState;
import org.concerto.contribution.SubmissionState;
import org.concerto.web.Notices;
import org.concerto.web.meeting.MeetingViewBacking;

/**
 * The contributions section of the meeting page: the deadline, the caller's own contributions, the
 * accepted ones by agenda item with their files, and the meeting pack (its build followed by polling).
 */
@Named
@ViewScoped
public class ContributionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingViewBacking view;

    @Inject
    private ContributionService contributions;

    @Inject
    private PackService packs;

    @Inject
    private Notices notices;

    private List<ContributionRow> readable;
    private List<ContributionRow> mine;
    private SubmissionState submission;
    private PackState pack;

    private long meetingId() {
        return view.getMeeting().getId();
    }

    private void load() {
        if (readable == null) {
            readable = contributions.readable(meetingId());
            mine = contributions.mine(meetingId());
            submission = contributions.submissionState(meetingId());
            pack = packs.state(meetingId());
        }
    }

    /** Accepted contributions grouped by section (the whole meeting first, then items in agenda order). */
    public List<Group> getGroups() {
        load();
        Map<Integer, Group> groups = new LinkedHashMap<>();
        for (ContributionRow row : readable) {
            groups.computeIfAbsent(
                            row.getItemNumber() == null ? 0 : row.getItemNumber(),
                            k -> new Group(row.getItemNumber(), row.getItemTitle()))
                    .rows
                    .add(row);
        }
        return new ArrayList<>(groups.values());
    }

    public List<ContributionRow> getMine() {
        load();
        return mine;
    }

    public SubmissionState getSubmission() {
        load();
        return submission;
    }

    public PackState getPack() {
        load();
        return pack;
    }

    public void withdraw(long contributionId, long version) {
        contributions.withdraw(contributionId, version);
        notices.done("notice.contribution.withdrawn");
        readable = null;
    }

    public void buildPack() {
        packs.build(meetingId());
        notices.done("notice.pack.started");
        readable = null;
    }

    /** Polled while a pack is being built. */
    public void refreshPack() {
        PackState before = pack;
        pack = packs.state(meetingId());
        if (before != null && before.isUnderWay() && !pack.isUnderWay() && pack.isReady()) {
            notices.done("notice.pack.ready");
        }
    }

    /** Contributions under one heading. */
    public static class Group implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Integer itemNumber;
        private final String itemTitle;
        private final List<ContributionRow> rows = new ArrayList<>();

        Group(Integer itemNumber, String itemTitle) {
            this.itemNumber = itemNumber;
            this.itemTitle = itemTitle;
        }

        public Integer getItemNumber() {
            return itemNumber;
        }

        public String getItemTitle() {
            return itemTitle;
        }

        public List<ContributionRow> getRows() {
            return rows;
        }

        public boolean isWholeMeeting() {
            return Objects.isNull(itemNumber);
        }
    }
}
