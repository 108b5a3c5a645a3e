package vn.dti.dashboard.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A locked month: submissions for it are refused until an administrator unlocks it. */
@Entity
@Table(name = "reporting_period_lock")
class PeriodLock {

    @Id
    private String period;

    @Column(name = "locked_by", nullable = false)
    private String lockedBy;

    @Column(name = "locked_at", nullable = false)
    private Instant lockedAt;

    @Column(nullable = false)
    private String reason;

    protected PeriodLock() {
        this("", "", Instant.EPOCH, "");
    }

    PeriodLock(String period, String lockedBy, Instant lockedAt, String reason) {
        this.period = period;
        this.lockedBy = lockedBy;
        this.lockedAt = lockedAt;
        this.reason = reason;
    }

    String getPeriod() {
        return period;
    }

    String getLockedBy() {
        return lockedBy;
    }

    Instant getLockedAt() {
        return lockedAt;
    }

    String getReason() {
        return reason;
    }
}
