package org.concerto.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.concerto.participant.Person;
import org.concerto.shared.AbstractEntity;
import org.concerto.shared.BusinessException;
import org.concerto.shared.FieldName;
import org.concerto.shared.Texts;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A participant's comment on one section of the draft minutes, and how the secretariat resolved it: taken into
 * account, or not, always with a reason when not.
 */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
@Table(name = "minutes_comment")
public class MinutesComment extends AbstractEntity {

    public static final int BODY_LENGTH = 4000;
    public static final int REASON_LENGTH = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id", nullable = false)
    private MinutesSection section;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(nullable = false, length = 200)
    private String author;

    @NotBlank @Size(max = BODY_LENGTH) @Column(nullable = false, length = BODY_LENGTH)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private CommentResolution resolution;

    @Size(max = REASON_LENGTH) @Column(length = REASON_LENGTH)
    private String reason;

    @Column(name = "resolved_by", length = 200)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected MinutesComment() {
        // for JPA
    }

    MinutesComment(MinutesSection section, Person person, String author, String body, Clock clock) {
        section.getMinutes().requireCommentable(clock);
        this.section = Objects.requireNonNull(section);
        this.person = person;
        this.author = Objects.requireNonNull(author);
        this.body = Texts.required(body, "comment", BODY_LENGTH);
        this.createdAt = clock.instant();
    }

    /** Resolves the comment; "not taken into account" needs a reason. Frozen minutes take no resolution any more. */
    public void resolve(CommentResolution resolution, String reason, String by, Clock clock) {
        if (section.getMinutes().isFrozen()) {
            throw new BusinessException("error.minutes.frozen");
        }
        if (resolution == null) {
            throw new BusinessException("error.required", new FieldName("resolution"));
        }
        String checked = Texts.optional(reason, "reason", REASON_LENGTH);
        if (resolution == CommentResolution.NOT_TAKEN_INTO_ACCOUNT && checked == null) {
            throw new BusinessException("error.minutes.reasonRequired");
        }
        this.resolution = resolution;
        this.reason = checked;
        this.resolvedBy = by;
        this.resolvedAt = clock.instant();
    }

    public MinutesSection getSection() {
        return section;
    }

    public Person getPerson() {
        return person;
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

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
