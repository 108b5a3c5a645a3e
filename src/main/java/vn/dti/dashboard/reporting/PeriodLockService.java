package vn.dti.dashboard.reporting;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dti.dashboard.shared.period.ReportingPeriod;

/**
 * Closing a month: once locked, submissions for it are refused (409) until an administrator unlocks it with
 * a reason. The admin screens come with the roles issue; the lock itself holds from here on.
 */
@Service
@Transactional
public class PeriodLockService {

    /** A locked month, who locked it, when and why. */
    public record Lock(String period, String lockedBy, Instant lockedAt, String reason) {
    }

    private final PeriodLockRepository locks;
    private final Clock clock;
    private final SecurityContextHolderStrategy security;

    PeriodLockService(PeriodLockRepository locks, Clock clock, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.locks = locks;
        this.clock = clock;
        this.security = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Transactional(readOnly = true)
    public Optional<Lock> lockOf(ReportingPeriod month) {
        return locks.findById(month.toString()).map(PeriodLockService::lock);
    }

    @Transactional(readOnly = true)
    public List<Lock> locks() {
        return locks.findAll().stream().map(PeriodLockService::lock).sorted((a, b) -> b.period().compareTo(a.period()))
                .toList();
    }

    @RolesAllowed("ADMIN")
    public Lock lock(ReportingPeriod month, String reason) {
        if (!month.isMonth()) {
            throw new IllegalArgumentException("only months are locked: " + month);
        }
        String user = security.getContext().getAuthentication().getName();
        PeriodLock lock = locks.findById(month.toString())
                .orElseGet(() -> locks.save(new PeriodLock(month.toString(), user, clock.instant(), reason.strip())));
        return lock(lock);
    }

    @RolesAllowed("ADMIN")
    public void unlock(ReportingPeriod month, String reason) {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("an unlock needs a reason");
        }
        locks.deleteById(month.toString());
    }

    private static Lock lock(PeriodLock lock) {
        return new Lock(lock.getPeriod(), lock.getLockedBy(), lock.getLockedAt(), lock.getReason());
    }
}
