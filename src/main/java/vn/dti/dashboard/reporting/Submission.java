package vn.dti.dashboard.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One version of a unit's report for a month. Never updated after it is stored: a correction is the next
 * version, and the newest version counts.
 */
@Entity
@Table(name = "submission")
class Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Column(nullable = false)
    private String period;

    @Column(nullable = false)
    private int version;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "file_name")
    private @Nullable String fileName;

    private @Nullable String sha256;

    @Column(name = "stored_file")
    private @Nullable String storedFile;

    @Column(name = "sheet_name")
    private @Nullable String sheetName;

    @Column(name = "values_count", nullable = false)
    private int valuesCount;

    @Column(name = "warnings_count", nullable = false)
    private int warningsCount;

    protected Submission() {
        this.unitCode = "";
        this.period = "";
        this.submittedBy = "";
        this.submittedAt = Instant.EPOCH;
        this.channel = Channel.UPLOAD;
    }

    Submission(long unitId, String unitCode, String period, int version, Submitter submitter,
            @Nullable StoredUpload file, @Nullable String sheetName, int valuesCount, int warningsCount) {
        this.unitId = unitId;
        this.unitCode = unitCode;
        this.period = period;
        this.version = version;
        this.submittedBy = submitter.username();
        this.submittedAt = submitter.at();
        this.channel = submitter.channel();
        this.fileName = file == null ? null : file.fileName();
        this.sha256 = file == null ? null : file.sha256();
        this.storedFile = file == null ? null : file.storedPath();
        this.sheetName = sheetName;
        this.valuesCount = valuesCount;
        this.warningsCount = warningsCount;
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("submission not stored yet");
        }
        return id;
    }

    long getUnitId() {
        return unitId;
    }

    String getUnitCode() {
        return unitCode;
    }

    String getPeriod() {
        return period;
    }

    int getVersion() {
        return version;
    }

    String getSubmittedBy() {
        return submittedBy;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Channel getChannel() {
        return channel;
    }

    @Nullable String getFileName() {
        return fileName;
    }

    @Nullable String getSha256() {
        return sha256;
    }

    @Nullable String getStoredFile() {
        return storedFile;
    }

    int getValuesCount() {
        return valuesCount;
    }

    int getWarningsCount() {
        return warningsCount;
    }
}
