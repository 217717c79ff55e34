package org.concerto.consultation;

import java.time.Instant;

/** A consultation in a list: its dates, its phase at the time of reading, and how many responses it has. */
public class ConsultationRow {

    private final Long id;
    private final String title;
    private final String summary;
    private final Audience audience;
    private final ConsultationStatus status;
    private final Instant opensAt;
    private final Instant closesAt;
    private final boolean illustrative;
    private Phase phase;
    private long submitted;
    private long drafts;

    public ConsultationRow(
            Long id,
            String title,
            String summary,
            Audience audience,
            ConsultationStatus status,
            Instant opensAt,
            Instant closesAt,
            boolean illustrative) {
        this.id = id;
        this.title = title;
        this.summary = summary;
        this.audience = audience;
        this.status = status;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.illustrative = illustrative;
    }

    void at(Instant now) {
        this.phase = Phase.of(status, opensAt, closesAt, now);
    }

    void count(ResponseState state, long count) {
        if (state == ResponseState.SUBMITTED) {
            submitted = count;
        } else if (state == ResponseState.DRAFT) {
            drafts = count;
        }
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public Audience getAudience() {
        return audience;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public Phase getPhase() {
        return phase;
    }

    public long getSubmitted() {
        return submitted;
    }

    public long getDrafts() {
        return drafts;
    }
}
