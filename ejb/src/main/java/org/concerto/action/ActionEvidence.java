package org.concerto.action;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.concerto.files.StoredFile;
import org.concerto.shared.AbstractEntity;

/** A file an owner gives to show an action is done (a supply report, a letter), with its fingerprint and who gave it. */
@Entity
@Table(name = "action_evidence")
public class ActionEvidence extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id", nullable = false)
    private ActionItem action;

    /** This table was made before contributions' files: it keeps the content type rather than the kind's name. */
    @Embedded
    @AttributeOverride(name = "kind", column = @Column(name = "content_type", nullable = false, length = 100))
    @Convert(attributeName = "kind", converter = StoredFile.KindAsContentType.class)
    private StoredFile file;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    protected ActionEvidence() {
        // for JPA
    }

    ActionEvidence(ActionItem action, StoredFile file, Instant uploadedAt, String uploadedBy) {
        this.action = Objects.requireNonNull(action);
        this.file = Objects.requireNonNull(file);
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public ActionItem getAction() {
        return action;
    }

    public StoredFile getFile() {
        return file;
    }
}
