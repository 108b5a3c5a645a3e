package vn.dti.dashboard.audit;

import java.util.List;

/** One page of audit entries, newest first, with the number of entries matching the filters. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
