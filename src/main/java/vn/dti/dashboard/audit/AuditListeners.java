package vn.dti.dashboard.audit;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.dti.dashboard.reporting.Channel;
import vn.dti.dashboard.reporting.DemoReportsImported;
import vn.dti.dashboard.reporting.PeriodLockChanged;
import vn.dti.dashboard.reporting.SubmissionAccepted;
import vn.dti.dashboard.reporting.SubmissionRefused;
import vn.dti.dashboard.reporting.SubmissionsAccepted;
import vn.dti.dashboard.security.AccountChanged;
import vn.dti.dashboard.security.AccountLocked;
import vn.dti.dashboard.shared.ClockConfiguration;

/**
 * Turns other features' events into audit entries. Changes (submissions stored, locks, accounts) are recorded
 * inside the transaction that made them, so the entry and the change commit together; refusals and failed
 * sign-ins in a transaction of their own, since nothing else commits for them.
 *
 * <p>Sign-ins: one entry per sign-in through the login page. HTTP Basic API calls authenticate on every
 * request, so their successes are not recorded one by one (what they change is); their failures are.
 * Demo reports imported at start-up are one entry, not 3,418.
 */
@Component
class AuditListeners {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ClockConfiguration.VIETNAM);

    private final AuditLog audit;

    AuditListeners(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signedIn(InteractiveAuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.recordAs(username, AuditActions.LOGIN, "ACCOUNT", username, from(event.getAuthentication().getDetails()),
                AuditResult.SUCCESS);
    }

    /** Before the lockout counts the same failure, so the trail reads "failed, failed, …, locked". */
    @EventListener
    @Order(0)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signInFailed(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        String why = switch (event) {
            case AuthenticationFailureBadCredentialsEvent e -> "sai tên đăng nhập hoặc mật khẩu";
            case AuthenticationFailureLockedEvent e -> "tài khoản đang bị khóa";
            case AuthenticationFailureDisabledEvent e -> "tài khoản đã bị vô hiệu hóa";
            default -> event.getException().getClass().getSimpleName();
        };
        String from = from(event.getAuthentication().getDetails());
        audit.recordAs(username, AuditActions.LOGIN_FAILED, "ACCOUNT", username,
                from.isEmpty() ? why : why + "; " + from, AuditResult.FAILURE);
    }

    @EventListener
    public void locked(AccountLocked event) {
        audit.recordAs(event.username(), AuditActions.ACCOUNT_LOCKED, "ACCOUNT", event.username(),
                "khóa đến " + TIME.format(event.lockedUntil()) + " sau " + event.failedLogins()
                        + " lần đăng nhập sai liên tiếp", AuditResult.FAILURE);
    }

    @EventListener
    public void accountChanged(AccountChanged event) {
        String action = switch (event.change()) {
            case CREATED -> AuditActions.ACCOUNT_CREATED;
            case ROLE_CHANGED -> AuditActions.ROLE_CHANGED;
            case DISABLED -> AuditActions.ACCOUNT_DISABLED;
            case ENABLED -> AuditActions.ACCOUNT_ENABLED;
            case UNLOCKED -> AuditActions.ACCOUNT_UNLOCKED;
            case PASSWORD_RESET -> AuditActions.PASSWORD_RESET;
            case PASSWORD_CHANGED -> AuditActions.PASSWORD_CHANGED;
        };
        audit.recordAs(event.actor().isEmpty() ? AuditLog.SYSTEM : event.actor(), action, "ACCOUNT", event.username(),
                event.detail().isEmpty() ? null : event.detail(), AuditResult.SUCCESS);
    }

    /** One entry per stored unit report, in the transaction that stored it. */
    @EventListener
    public void accepted(SubmissionsAccepted event) {
        SubmissionsAccepted.Provenance provenance = event.provenance();
        if (provenance == null || provenance.channel() == Channel.DEMO) {
            return;
        }
        List<AuditLog.Record> records = new ArrayList<>();
        for (SubmissionAccepted s : event.submissions()) {
            StringBuilder detail = new StringBuilder("đơn vị ").append(s.unitCode()).append(" [id ").append(s.unitId())
                    .append("], kỳ ").append(s.period()).append(", phiên bản ").append(s.version())
                    .append(", ").append(s.indicatorCodes().size()).append(" chỉ tiêu, kênh ")
                    .append(provenance.channel().name());
            if (provenance.fileName() != null) {
                detail.append(", tệp ").append(provenance.fileName());
            }
            if (provenance.sha256() != null) {
                detail.append(", sha256 ").append(provenance.sha256());
            }
            records.add(new AuditLog.Record(provenance.submittedBy(), AuditActions.SUBMISSION_ACCEPTED, "SUBMISSION",
                    String.valueOf(s.submissionId()), detail.toString(), AuditResult.SUCCESS));
        }
        audit.recordAll(records);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(SubmissionRefused event) {
        StringBuilder detail = new StringBuilder(event.refusal().error()).append(" (").append(event.refusal().status())
                .append("): ").append(event.message()).append("; kênh ").append(event.channel().name());
        if (event.sha256() != null) {
            detail.append(", sha256 ").append(event.sha256());
        }
        audit.recordAs(event.username().isEmpty() ? AuditLog.SYSTEM : event.username(), AuditActions.SUBMISSION_REFUSED,
                event.fileName() == null ? "FORM" : "FILE", event.fileName(), detail.toString(), AuditResult.FAILURE);
    }

    /** Inside the import's transaction: a previewed (rolled back) import leaves no entry. */
    @EventListener
    public void unitsImported(vn.dti.dashboard.hierarchy.HierarchyChanged event) {
        audit.record(AuditActions.UNITS_IMPORTED, "UNITS", null,
                "created " + event.created() + ", updated " + event.updated(), AuditResult.SUCCESS);
    }

    @EventListener
    public void targetsChanged(vn.dti.dashboard.targets.TargetsChanged event) {
        audit.recordAs(event.username(), event.action(), "TARGET", event.subject(), event.detail(),
                AuditResult.SUCCESS);
    }

    @EventListener
    public void catalogueChanged(vn.dti.dashboard.indicators.CatalogueChanged event) {
        audit.recordAs(event.username().isEmpty() ? AuditLog.SYSTEM : event.username(), event.action(), "INDICATOR",
                event.code(), event.detail(), AuditResult.SUCCESS);
    }

    @EventListener
    public void deadlineChanged(vn.dti.dashboard.rollup.ReportingDeadlineChanged event) {
        audit.recordAs(event.username(), AuditActions.DEADLINE_CHANGED, "PROVINCE", event.provinceCode(),
                (event.previousDay() == null ? "mặc định" : "ngày " + event.previousDay()) + " → ngày " + event.day()
                        + ": " + event.reason(), AuditResult.SUCCESS);
    }

    @EventListener
    public void periodLock(PeriodLockChanged event) {
        audit.recordAs(event.username(), event.locked() ? AuditActions.PERIOD_LOCKED : AuditActions.PERIOD_UNLOCKED,
                "PERIOD", event.period(), event.reason(), AuditResult.SUCCESS);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void demoImported(DemoReportsImported event) {
        audit.recordAs(AuditLog.SYSTEM, AuditActions.DEMO_REPORTS_IMPORTED, "DEMO", null,
                event.workbooks() + " tệp báo cáo mẫu", AuditResult.SUCCESS);
    }

    private static String from(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? "từ " + web.getRemoteAddress() : "";
    }
}
