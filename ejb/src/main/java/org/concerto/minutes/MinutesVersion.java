package org.concerto.minutes;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.concerto.pdf.MinutesContent;
import org.concerto.shared.AbstractEntity;

/**
 * One kept version of the minutes: the draft sent for review, a draft saved as a version during the review, the
 * approved minutes, each correction. Its text is kept part by part for comparison; approved versions also keep
 * the sealed PDF (and the public one), whose SHA-256 the verification page looks up.
 */
@Entity
@Table(name = "minutes_version")
public class MinutesVersion extends AbstractEntity {

    /** The reason of a correction, or the note of a version kept by hand. */
    public static final int REASON_LENGTH = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "minutes_id", nullable = false)
    private Minutes minutes;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Minutes.Stage stage;

    /** Why this version exists: the correction's reason, or what the secretariat noted. */
    @Size(max = REASON_LENGTH) @Column(length = REASON_LENGTH)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "file_hash", length = 64)
    private String fileHash;

    @Column(name = "public_file_hash", length = 64)
    private String publicFileHash;

    @Basic(fetch = FetchType.LAZY)
    private byte[] pdf;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "public_pdf")
    private byte[] publicPdf;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "minutes_version_part", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<Part> parts = new ArrayList<>();

    protected MinutesVersion() {
        // for JPA
    }

    MinutesVersion(
            Minutes minutes,
            int number,
            Minutes.Stage stage,
            MinutesContent content,
            String reason,
            String createdBy,
            Instant at) {
        this.minutes = Objects.requireNonNull(minutes);
        this.number = number;
        this.stage = stage;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = at;
        this.contentHash = content.contentHash();
        for (MinutesText.Part part : MinutesText.parts(content)) {
            parts.add(new Part(part.heading(), part.text()));
        }
    }

    /** The sealed PDF of approved minutes, and the public one, with their SHA-256. */
    void keepFiles(byte[] sealed, byte[] sealedPublic) {
        this.pdf = sealed.clone();
        this.fileHash = MinutesText.sha256(sealed);
        this.publicPdf = sealedPublic.clone();
        this.publicFileHash = MinutesText.sha256(sealedPublic);
    }

    public Minutes getMinutes() {
        return minutes;
    }

    public int getNumber() {
        return number;
    }

    public Minutes.Stage getStage() {
        return stage;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getFileHash() {
        return fileHash;
    }

    public String getPublicFileHash() {
        return publicFileHash;
    }

    public byte[] getPdf() {
        return pdf == null ? null : pdf.clone();
    }

    public byte[] getPublicPdf() {
        return publicPdf == null ? null : publicPdf.clone();
    }

    public List<Part> getParts() {
        return Collections.unmodifiableList(parts);
    }

    /** One heading and its text in a kept version. */
    @Embeddable
    public static class Part {

        @Column(nullable = false, length = 400)
        private String heading;

        @Column(name = "body", nullable = false, length = 16000)
        private String text;

        protected Part() {
            // for JPA
        }

        Part(String heading, String text) {
            this.heading = heading.length() > 400 ? heading.substring(0, 400) : heading;
            this.text = text;
        }

        public String getHeading() {
            return heading;
        }

        public String getText() {
            return text;
        }
    }
}
