package vn.dti.dashboard.audit;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dti.dashboard.security.UserScope;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.api.ApiException;

/**
 * The audit trail's public API: record an action (any feature, as the signed-in user or as a named one), and
 * read the trail (ADMIN). Records join the caller's transaction, so an entry is stored together with the
 * change it describes or not at all. There is deliberately no method to change or remove an entry.
 */
@Service
public class AuditLog {

    /** Action and object type names: upper case, digits and underscores ({@code SUBMISSION_ACCEPTED}). */
    static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    /** The largest page the view and the API hand out. */
    public static final int MAX_PAGE_SIZE = 500;
    /** Who acted when no person did (the demo import at start-up). */
    public static final String SYSTEM = "system";

    private final AuditRepository entries;
    private final UserScope scope;
    private final Clock clock;
    private final Messages messages;

    AuditLog(AuditRepository entries, UserScope scope, Clock clock, Messages messages) {
        this.entries = entries;
        this.scope = scope;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * Records an action of the signed-in user, now.
     *
     * @param action     upper-case name, e.g. {@code EXPORT}
     * @param objectType upper-case name of what it concerned, e.g. {@code SUBMISSION}; null for none
     * @param objectId   which one (an id, a file name, a month)
     * @param detail     the rest in plain words; never a password or a file's content
     */
    @Transactional
    public void record(String action, @Nullable String objectType, @Nullable String objectId, @Nullable String detail,
            AuditResult result) {
        String username = scope.currentUsername();
        recordAs(username.isEmpty() ? SYSTEM : username, action, objectType, objectId, detail, result);
    }

    /** Records an action of the named user (a failed sign-in names whoever was typed), now. */
    @Transactional
    public void recordAs(String username, String action, @Nullable String objectType, @Nullable String objectId,
            @Nullable String detail, AuditResult result) {
        recordAll(List.of(new Record(username, action, objectType, objectId, detail, result)));
    }

    /** One entry to record with {@link #recordAll}. */
    public record Record(String username, String action, @Nullable String objectType, @Nullable String objectId,
            @Nullable String detail, AuditResult result) {
    }

    /** Records several entries at once, in one batch (a workbook of many unit reports). */
    @Transactional
    public void recordAll(List<Record> records) {
        var now = clock.instant();
        entries.insert(records.stream().map(r -> new AuditRepository.NewEntry(now, cut(r.username(), 100),
                name(r.action()), r.objectType() == null ? null : name(r.objectType()), cutOrNull(r.objectId(), 255),
                cutOrNull(r.detail(), 2000), r.result())).toList());
    }

    /**
     * Entries matching the filters, newest first, one page at a time.
     *
     * @throws ApiException 400 for a page below 0, a size outside 1 to {@value #MAX_PAGE_SIZE}, or days reversed
     */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public AuditPage search(AuditQuery query, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.badRequest(messages.vi("audit.search.bad-page", MAX_PAGE_SIZE));
        }
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            throw ApiException.badRequest(messages.vi("audit.search.bad-range"));
        }
        return new AuditPage(entries.find(query, (long) page * size, size), page, size, entries.count(query));
    }

    /** Every action name present in the trail, for the view's filter. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<String> actions() {
        return entries.actions();
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an audit name: " + name);
        }
        return name;
    }

    private static String cut(String text, int max) {
        String clean = text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
    }

    private static @Nullable String cutOrNull(@Nullable String text, int max) {
        return text == null ? null : cut(text, max);
    }
}
