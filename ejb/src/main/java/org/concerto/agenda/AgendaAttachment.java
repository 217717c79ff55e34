package org.concerto.agenda;

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
import org.concerto.meeting.AgendaItem;
import org.concerto.shared.AbstractEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A document attached to an agenda item (slides, a report), with its fingerprint and who gave it. */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "agenda_attachment")
public class AgendaAttachment extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false)
    private AgendaItem item;

    /** This table was made before contributions' files: it keeps the content type rather than the kind's name. */
    @Embedded
    @AttributeOverride(name = "kind", column = @Column(name = "content_type", nullable = false, length = 100))
    @Convert(attributeName = "kind", converter = StoredFile.KindAsContentType.class)
    private StoredFile file;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    protected AgendaAttachment() {
        // for JPA
    }

    AgendaAttachment(AgendaItem item, StoredFile file, Instant uploadedAt, String uploadedBy) {
        this.item = Objects.requireNonNull(item);
        this.file = Objects.requireNonNull(file);
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public AgendaItem getItem() {
        return item;
    }

    public StoredFile getFile() {
        return file;
    }
}
