package org.concerto.contribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.concerto.meeting.Meeting;
import org.concerto.shared.AbstractEntity;

/**
 * One build of a meeting's pack (dossier de séance): queued, running with its progress, then done with
 * its file, or failed. Invitees download the newest one that is done.
 */
@Entity
@Table(name = "meeting_pack")
public class MeetingPack extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PackStatus status = PackStatus.QUEUED;

    @Column(name = "steps_done", nullable = false)
    private int stepsDone;

    @Column(name = "steps_total", nullable = false)
    private int stepsTotal;

    @Column(name = "storage_key", length = 36)
    private String storageKey;

    @Column(name = "size_bytes")
    private Long size;

    @Column(length = 64)
    private String sha256;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(length = 500)
    private String failure;

    protected MeetingPack() {
        // for JPA
    }

    MeetingPack(Meeting meeting, String requestedBy, Instant now) {
        this.meeting = Objects.requireNonNull(meeting);
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    void start(int steps) {
        status = PackStatus.RUNNING;
        stepsTotal = steps;
        stepsDone = 0;
    }

    void progress(int done) {
        stepsDone = Math.min(done, stepsTotal);
    }

    void finish(String key, long bytes, String fingerprint, Instant now) {
        status = PackStatus.DONE;
        stepsDone = stepsTotal;
        storageKey = key;
        size = bytes;
        sha256 = fingerprint;
        finishedAt = now;
    }

    void fail(String reason, Instant now) {
        status = PackStatus.FAILED;
        failure = reason == null ? null : reason.substring(0, Math.min(reason.length(), 500));
        finishedAt = now;
    }

    /** How far the build is, from 0 to 100. */
    public int percent() {
        if (status == PackStatus.DONE) {
            return 100;
        }
        return stepsTotal == 0 ? 0 : stepsDone * 100 / stepsTotal;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public PackStatus getStatus() {
        return status;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public Long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
