package org.concerto.minutes;

import java.io.Serializable;
import java.time.Instant;

/** A comment on a section, with its resolution. */
public class CommentRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final long version;
    private final String author;
    private final String body;
    private final Instant createdAt;
    private final CommentResolution resolution;
    private final String reason;
    private final String resolvedBy;

    public CommentRow(
            Long id,
            long version,
            String author,
            String body,
            Instant createdAt,
            CommentResolution resolution,
            String reason,
            String resolvedBy) {
        this.id = id;
        this.version = version;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
        this.resolution = resolution;
        this.reason = reason;
        this.resolvedBy = resolvedBy;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public CommentResolution getResolution() {
        return resolution;
    }

    public String getReason() {
        return reason;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }
}
