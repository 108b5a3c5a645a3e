package vn.dti.dashboard.backup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dti.dashboard.shared.api.ApiError;

/** {@code POST /api/v1/backups} (ADMIN): an online backup of the embedded database and the report files. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Backups", description = "Online backups of the embedded H2 database (ADMIN)")
class BackupController {

    record BackupJson(String file, long bytes, Instant createdAt, int reportFiles) {
    }

    private final BackupService backups;

    BackupController(BackupService backups) {
        this.backups = backups;
    }

    @PostMapping("/backups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Take an online backup now (ADMIN)",
            description = "Writes <data dir>/backups/dti-backup-<time>.zip: the H2 database as of now (users go on "
                    + "working) and the stored report files. Restore: unzip into an empty data directory "
                    + "(scripts/restore-h2.sh). On PostgreSQL use pg_dump.",
            responses = {
                @ApiResponse(responseCode = "201", description = "Written", content = @Content(examples = @ExampleObject(
                        "{\"file\":\"dti-backup-20261204-121500.zip\",\"bytes\":52428800,"
                                + "\"createdAt\":\"2026-12-04T05:15:00Z\",\"reportFiles\":3418}"))),
                @ApiResponse(responseCode = "403", description = "Not an ADMIN",
                        content = @Content(schema = @Schema(implementation = ApiError.class))),
                @ApiResponse(responseCode = "409", description = "The database is not H2 (use pg_dump)",
                        content = @Content(schema = @Schema(implementation = ApiError.class)))})
    BackupJson create() {
        BackupService.Backup backup = backups.create();
        return new BackupJson(backup.fileName(), backup.bytes(), backup.createdAt(), backup.reportFiles());
    }
}
