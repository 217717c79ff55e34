package org.concerto.meeting;

import java.io.Serializable;
import java.time.Instant;

/** A meeting offered as a choice (the series a meeting joins): enough to recognise it without a second look-up. */
public class MeetingOption implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String title;
    private final Instant startsAt;

    public MeetingOption(Long id, String title, Instant startsAt) {
        this.id = id;
        this.title = title;
        this.startsAt = startsAt;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }
}
