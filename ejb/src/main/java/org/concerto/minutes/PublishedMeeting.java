package org.concerto.minutes;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A meeting on the public page: what, when, its public agenda, a link to its public minutes. */
public class PublishedMeeting implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String title;
    private final String subject;
    private final Instant startsAt;
    private final Instant publishedAt;
    private final boolean illustrative;
    private final List<String> agenda = new ArrayList<>();

    public PublishedMeeting(
            Long id, String title, String subject, Instant startsAt, Instant publishedAt, boolean illustrative) {
        this.id = id;
        this.title = title;
        this.subject = subject;
        this.startsAt = startsAt;
        this.publishedAt = publishedAt;
        this.illustrative = illustrative;
    }

    void addItem(String item) {
        agenda.add(item);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public List<String> getAgenda() {
        return agenda;
    }
}
