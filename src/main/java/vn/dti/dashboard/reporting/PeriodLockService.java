package vn.dti.dashboard.reporting;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dti.dashboard.security.UserScope;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.api.ApiException;
import vn.dti.dashboard.shared.period.ReportingPeriod;

/**
 * Closing a month: once locked, submissions for it are refused for everyone (409, ADMIN included) until an
 * ADMIN unlocks it. Locking and unlocking both need a reason, which the audit trail keeps with who and when
 * ({@link PeriodLockChanged}); the lock row itself only says who locked it last and why.
 */
@Service
@Transactional
public class PeriodLockService {

    /** Longest reason kept (the column's size). */
    public static final int MAX_REASON = 500;

    /** A locked month, who locked it, when and why. */
    public record Lock(String period, String lockedBy, Instant lockedAt, String reason) {
    }

    private final PeriodLockRepository locks;
    private final Clock clock;
    private final UserScope scope;
    private final ApplicationEventPublisher events;
    private final Messages messages;

    PeriodLockService(PeriodLockRepository locks, Clock clock, UserScope scope, ApplicationEventPublisher events,
            Messages messages) {
        this.locks = locks;
        this.clock = clock;
        this.scope = scope;
        this.events = events;
        this.messages = messages;
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

    /** Locks the month (a month already locked stays as it was locked). */
    @RolesAllowed("ADMIN")
    public Lock lock(ReportingPeriod month, String reason) {
        return lock(month, reason, Messages.VIETNAMESE);
    }

    @RolesAllowed("ADMIN")
    public Lock lock(ReportingPeriod month, String reason, Locale locale) {
        String why = checked(month, reason, locale);
        Optional<PeriodLock> existing = locks.findById(month.toString());
        if (existing.isPresent()) {
            return lock(existing.get());
        }
        String user = scope.currentUsername();
        PeriodLock lock = locks.save(new PeriodLock(month.toString(), user, clock.instant(), why));
        events.publishEvent(new PeriodLockChanged(month.toString(), true, user, why));
        return lock(lock);
    }

    /** Opens the month again for submissions; the reason goes to the audit trail. */
    @RolesAllowed("ADMIN")
    public void unlock(ReportingPeriod month, String reason) {
        unlock(month, reason, Messages.VIETNAMESE);
    }

    @RolesAllowed("ADMIN")
    public void unlock(ReportingPeriod month, String reason, Locale locale) {
        String why = checked(month, reason, locale);
        if (locks.existsById(month.toString())) {
            locks.deleteById(month.toString());
            events.publishEvent(new PeriodLockChanged(month.toString(), false, scope.currentUsername(), why));
        }
    }

    private String checked(ReportingPeriod month, String reason, Locale locale) {
        if (!month.isMonth()) {
            throw ApiException.badRequest(messages.get(locale, "reporting.lock.only-months", month));
        }
        String why = reason.strip();
        if (why.isEmpty()) {
            throw ApiException.badRequest(messages.get(locale, "reporting.lock.reason-needed"));
        }
        if (why.length() > MAX_REASON) {
            throw ApiException.badRequest(messages.get(locale, "reporting.lock.reason-too-long", MAX_REASON));
        }
        return why;
    }

    private static Lock lock(PeriodLock lock) {
        return new Lock(lock.getPeriod(), lock.getLockedBy(), lock.getLockedAt(), lock.getReason());
    }
}
