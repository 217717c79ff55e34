package org.concerto.contribution;

import java.time.Instant;

/** What the meeting page shows of the pack: the build under way with its progress, and the newest pack to download. */
public class PackState {

    private final PackStatus status;
    private final int percent;
    private final Instant readyAt;
    private final Long readySize;

    PackState(PackStatus status, int percent, Instant readyAt, Long readySize) {
        this.status = status;
        this.percent = percent;
        this.readyAt = readyAt;
        this.readySize = readySize;
    }

    /** The newest build's state; null when no pack was ever asked for. */
    public PackStatus getStatus() {
        return status;
    }

    public boolean isUnderWay() {
        return status != null && status.isUnderWay();
    }

    public boolean isFailed() {
        return status == PackStatus.FAILED;
    }

    public int getPercent() {
        return percent;
    }

    /** When the newest finished pack was made; null when there is none to download. */
    public Instant getReadyAt() {
        return readyAt;
    }

    public boolean isReady() {
        return readyAt != null;
    }

    public long getReadyKilobytes() {
        return readySize == null ? 0 : (readySize + 1023) / 1024;
    }
}
