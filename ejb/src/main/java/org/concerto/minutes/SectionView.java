package org.concerto.minutes;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One section as the minutes page shows it: its text and version, the recusals, the comments, the kept conflicts. */
public class SectionView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final long version;
    private final int number;
    private final String title;
    private final boolean confidential;
    private final SectionText text;
    private final List<String> recused;
    private final List<CommentRow> comments;
    private final List<ConflictRow> conflicts;
    private final Instant updatedAt;
    private final String updatedBy;

    public SectionView(
            Long id,
            long version,
            int number,
            String title,
            boolean confidential,
            SectionText text,
            List<String> recused,
            List<CommentRow> comments,
            List<ConflictRow> conflicts,
            Instant updatedAt,
            String updatedBy) {
        this.id = id;
        this.version = version;
        this.number = number;
        this.title = title;
        this.confidential = confidential;
        this.text = text;
        this.recused = List.copyOf(recused);
        this.comments = List.copyOf(comments);
        this.conflicts = List.copyOf(conflicts);
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public boolean isConfidential() {
        return confidential;
    }

    /** A copy: the page edits it freely. */
    public SectionText getText() {
        return text.copy();
    }

    public List<String> getRecused() {
        return recused;
    }

    public String getRecusedNames() {
        return String.join(", ", recused);
    }

    public List<CommentRow> getComments() {
        return comments;
    }

    public long getOpenComments() {
        return comments.stream().filter(c -> c.getResolution() == null).count();
    }

    public List<ConflictRow> getConflicts() {
        return conflicts;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public boolean isWritten() {
        return text.getSummary() != null
                || text.getDecision() != null
                || !text.getPositions().isEmpty();
    }
}
