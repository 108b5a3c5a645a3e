package vn.dti.dashboard.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A figure of a submission: the unit's own value of one indicator, and the sheet and cell it was read
 * from. Read through JPA; written in JDBC batches by {@link SubmissionStore} (identity keys stop
 * Hibernate from batching inserts, and the demo import writes a hundred thousand of them).
 */
@Entity
@Table(name = "report_value")
class ReportValue {

    @Id
    private @Nullable Long id;

    @Column(name = "submission_id", nullable = false)
    private long submissionId;

    @Column(name = "indicator_code", nullable = false)
    private String indicatorCode;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "sheet_name")
    private @Nullable String sheetName;

    @Column(name = "cell_ref")
    private @Nullable String cellRef;

    protected ReportValue() {
        this.indicatorCode = "";
        this.amount = BigDecimal.ZERO;
    }

    long getSubmissionId() {
        return submissionId;
    }

    String getIndicatorCode() {
        return indicatorCode;
    }

    BigDecimal getAmount() {
        return amount;
    }

    @Nullable String getSheetName() {
        return sheetName;
    }

    @Nullable String getCellRef() {
        return cellRef;
    }
}
